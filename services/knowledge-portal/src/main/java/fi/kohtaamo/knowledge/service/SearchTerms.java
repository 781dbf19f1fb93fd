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
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;

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

    /**
     * A word's tsquery terms: {@code ranked} to rank texts by, with every form of the word, and
     * {@code matched} to find them by, which finds the same texts with fewer terms ({@link
     * #withoutImplied}); each search reads the index once per term, so a word's forms with
     * diacritics would otherwise double what a search of it costs. {@code published}: whether
     * some published text of the language has one of the terms.
     */
    public record Term(Levels ranked, Levels matched, boolean published) {

        static final Term STOP_WORD = new Term(Levels.NONE, Levels.NONE, false);

        boolean isEmpty() {
            return ranked.whole().isEmpty();
        }

        static Term of(Set<String> whole, Set<String> parts, boolean published) {
            return new Term(Levels.of(whole, parts, alternatives -> alternatives),
                    Levels.of(whole, parts, SearchTerms::withoutImplied), published);
        }
    }

    /**
     * A word's tsquery at each level, from the strictest: {@code whole} matches the word itself
     * (its forms, the lexemes its prefix expands to), {@code allParts} also a text with every part
     * of a compound word ("ruoppaus … ilmoitus" for "ruoppausilmoitus"), {@code anyPart} also one
     * with some part alone; the three are equal for a word that is no compound, all empty for a
     * stop word.
     */
    public record Levels(String whole, String allParts, String anyPart) {

        static final Levels NONE = new Levels("", "", "");

        /** The term at a level: 0 whole, 1 all parts, 2 any part. */
        String at(int level) {
            return level == 0 ? whole : level == 1 ? allParts : anyPart;
        }

        /** {@code alternatives}: what of a set of terms or'ed together goes into the query. */
        static Levels of(Set<String> whole, Set<String> parts, UnaryOperator<Set<String>> alternatives) {
            String wholeTerm = Search.term(List.copyOf(alternatives.apply(whole)));
            if (parts.isEmpty()) {
                return new Levels(wholeTerm, wholeTerm, wholeTerm);
            }
            String allParts = wholeTerm.substring(0, wholeTerm.length() - 1) + " | (" + String.join(" & ",
                    parts.stream().map(part -> "'" + Search.quote(part) + "'").toList()) + "))";
            Set<String> any = new LinkedHashSet<>(whole);
            any.addAll(parts);
            return new Levels(wholeTerm, allParts, Search.term(List.copyOf(alternatives.apply(any))));
        }
    }

    /**
     * The alternatives without those that a text has only together with another of them: every
     * term with diacritics is indexed without them too ({@link TextAnalysis#index}), so a text
     * with "työ" also has "tyo", and {@code 'työ' | 'tyo'} finds exactly what {@code 'tyo'} does.
     * Only for terms or'ed together; ranking still counts the exact form.
     */
    static Set<String> withoutImplied(Set<String> alternatives) {
        Set<String> result = new LinkedHashSet<>();
        for (String term : alternatives) {
            String folded = TextAnalysis.fold(term);
            if (folded.equals(term) || !alternatives.contains(folded)) {
                result.add(term);
            }
        }
        return result;
    }

    /** The word's own terms, without a typo's correction ({@link #corrected}); the connection is the caller's and stays open. */
    @CacheResult(cacheName = "search-terms")
    public Term term(@CacheKey String language, @CacheKey String word, Connection connection) {
        return terms(language, word, null, connection);
    }

    /**
     * The word's terms with those of the most similar published word of the language (pg_trgm,
     * similarity at least {@value #TYPO_SIMILARITY}) for a word no published text has: a typo. A
     * search asks only when the word matches in none of the languages searched, so a Finnish word
     * searched in every language is not "corrected" into a Swedish look-alike (and the similarity
     * lookup, the dearest of the lookups, is not made three times). Empty when no word is similar enough.
     */
    @CacheResult(cacheName = "search-typos")
    public Optional<Term> corrected(@CacheKey String language, @CacheKey String word, Connection connection) {
        try {
            String similar = similarWord(connection, language, word);
            return similar == null ? Optional.empty() : Optional.of(terms(language, word, similar, connection));
        } catch (SQLException e) {
            throw new IllegalStateException("cannot look up a word similar to a query word", e);
        }
    }

    private Term terms(String language, String word, String borrowedFrom, Connection connection) {
        TextAnalysis.WordTerms own = analysis.queryTerms(language, word);
        if (own.whole().isEmpty()) {
            return Term.STOP_WORD;
        }
        Set<String> whole = new LinkedHashSet<>(own.whole());
        Set<String> parts = new LinkedHashSet<>(own.parts());
        try {
            String stem = TextAnalysis.stem(language, word);
            boolean published = false;
            for (String prefix : new LinkedHashSet<>(List.of(Search.prefix(stem, language), Search.prefix(TextAnalysis.fold(stem), language)))) {
                published |= expand(connection, language, prefix, whole);
            }
            published = published || published(connection, language, whole) || published(connection, language, parts);
            if (borrowedFrom != null) {
                TextAnalysis.WordTerms borrowed = analysis.queryTerms(language, borrowedFrom);
                whole.addAll(borrowed.whole());
                parts.addAll(borrowed.parts());
                published = true;
            }
            parts.removeAll(whole);
            return Term.of(whole, parts, published);
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
        if (terms.isEmpty()) {
            return false;
        }
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
