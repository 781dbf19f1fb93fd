package fi.kohtaamo.knowledge.service;

import fi.kohtaamo.knowledge.analysis.TextAnalysis;
import io.quarkus.cache.CacheKey;
import io.quarkus.cache.CacheResult;
import jakarta.enterprise.context.ApplicationScoped;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * A query word's tsquery term in one language: its terms from {@link TextAnalysis} (stem, base
 * forms, compound parts, forms with and without diacritics), or'ed with the
 * {@value Search#EXPANSIONS} most frequent published lexemes that start with its shortened stem
 * ({@link Search#prefix}), with and without diacritics. A word that matches no published lexeme
 * that way (a typo) borrows the terms of the most similar published word (pg_trgm, similarity at
 * least {@value #TYPO_SIMILARITY}). Cached per language and word (cache {@code search-terms}, a few
 * minutes): words repeat in queries, and a lexeme published meanwhile is only missed as an
 * expansion until the entry expires, never as the word itself.
 *
 * <p>A miss is looked up on the search's own connection, never on a second one from the pool:
 * a request that held one connection while waiting for another would, under concurrency, leave
 * every request holding one and waiting until the pool's acquisition timeout.
 */
@ApplicationScoped
public class SearchTerms {

    /** The highest code point: every lexeme that starts with a prefix sorts below prefix + this. */
    private static final String MAX = new String(Character.toChars(Character.MAX_CODE_POINT));
    static final double TYPO_SIMILARITY = 0.5;

    private final TextAnalysis analysis;

    public SearchTerms(TextAnalysis analysis) {
        this.analysis = analysis;
    }

    /** The term, or an empty string for a stop word; the connection is the caller's and stays open. */
    @CacheResult(cacheName = "search-terms")
    public String term(@CacheKey String language, @CacheKey String word, Connection connection) {
        Set<String> alternatives = new LinkedHashSet<>(analysis.queryTerms(language, word));
        if (alternatives.isEmpty()) {
            return "";
        }
        try {
            String stem = TextAnalysis.stem(language, word);
            boolean expanded = false;
            for (String prefix : new LinkedHashSet<>(List.of(Search.prefix(stem, language), Search.prefix(TextAnalysis.fold(stem), language)))) {
                expanded |= expand(connection, language, prefix, alternatives);
            }
            if (!expanded && !published(connection, language, alternatives)) {
                String similar = similarWord(connection, language, word);
                if (similar != null) {
                    alternatives.addAll(analysis.queryTerms(language, similar));
                }
            }
            return Search.term(List.copyOf(alternatives));
        } catch (SQLException e) {
            throw new IllegalStateException("cannot look up the terms of a query word", e);
        }
    }

    /** Adds the most frequent published lexemes that start with the prefix; whether the prefix had any. */
    private static boolean expand(Connection connection, String language, String prefix, Set<String> alternatives) throws SQLException {
        boolean added = false;
        try (PreparedStatement expansions = connection.prepareStatement(
                "select lexeme from search_lexeme where language = ? and lexeme ~>=~ ? and lexeme ~<~ ?"
                        + " order by docs desc, lexeme limit " + Search.EXPANSIONS)) {
            expansions.setString(1, language);
            expansions.setString(2, prefix);
            expansions.setString(3, prefix + MAX);
            try (ResultSet rows = expansions.executeQuery()) {
                while (rows.next()) {
                    alternatives.add(rows.getString(1));
                    added = true;
                }
            }
        }
        return added;
    }

    private static boolean published(Connection connection, String language, Set<String> terms) throws SQLException {
        try (PreparedStatement known = connection.prepareStatement(
                "select 1 from search_lexeme where language = ? and lexeme = any(?) limit 1")) {
            known.setString(1, language);
            known.setArray(2, connection.createArrayOf("text", terms.toArray()));
            try (ResultSet rows = known.executeQuery()) {
                return rows.next();
            }
        }
    }

    private static String similarWord(Connection connection, String language, String word) throws SQLException {
        try (PreparedStatement similar = connection.prepareStatement("select word from search_word where language = ? and word % ?"
                + " and similarity(word, ?) >= " + TYPO_SIMILARITY + " order by similarity(word, ?) desc, word limit 1")) {
            similar.setString(1, language);
            similar.setString(2, word);
            similar.setString(3, word);
            similar.setString(4, word);
            try (ResultSet rows = similar.executeQuery()) {
                return rows.next() ? rows.getString(1) : null;
            }
        }
    }
}
