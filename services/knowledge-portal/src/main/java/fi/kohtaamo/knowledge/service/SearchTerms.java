package fi.kohtaamo.knowledge.service;

import io.quarkus.cache.CacheKey;
import io.quarkus.cache.CacheResult;
import jakarta.enterprise.context.ApplicationScoped;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A query word's tsquery term in one language: its Snowball stem, or'ed with the
 * {@value Search#EXPANSIONS} most frequent published lexemes that start with the shortened stem
 * ({@link Search#prefix}). Cached per language and word (cache {@code search-terms}, a few
 * minutes): words repeat in queries, and a lexeme published meanwhile is only missed as an
 * expansion until the entry expires, never as the word itself.
 *
 * <p>A miss is looked up on the search's own connection, never on a second one from the pool:
 * a request that held one connection while waiting for another would, under concurrency, leave
 * every request holding one and waiting until the pool's acquisition timeout.
 */
@ApplicationScoped
public class SearchTerms {

    private static final Map<String, String> STEMMERS = Map.of("fi", "finnish_stem", "sv", "swedish_stem", "en", "english_stem");
    /** The highest code point: every lexeme that starts with a prefix sorts below prefix + this. */
    private static final String MAX = new String(Character.toChars(Character.MAX_CODE_POINT));

    /** The term, or an empty string for a stop word; the connection is the caller's and stays open. */
    @CacheResult(cacheName = "search-terms")
    public String term(@CacheKey String language, @CacheKey String word, Connection connection) {
        try (PreparedStatement stems = connection.prepareStatement("select ts_lexize(cast(? as regdictionary), ?)");
             PreparedStatement expansions = connection.prepareStatement(
                     "select lexeme from search_lexeme where language = ? and lexeme ~>=~ ? and lexeme ~<~ ?"
                             + " order by docs desc, lexeme limit " + Search.EXPANSIONS)) {
            stems.setString(1, STEMMERS.get(language));
            stems.setString(2, word);
            String stem;
            try (ResultSet rows = stems.executeQuery()) {
                rows.next();
                Array lexemes = rows.getArray(1);
                String[] found = lexemes == null ? new String[0] : (String[]) lexemes.getArray();
                if (found.length == 0) {
                    return "";
                }
                stem = found[0];
            }
            List<String> alternatives = new ArrayList<>();
            alternatives.add(stem);
            String prefix = Search.prefix(stem, language);
            expansions.setString(1, language);
            expansions.setString(2, prefix);
            expansions.setString(3, prefix + MAX);
            try (ResultSet rows = expansions.executeQuery()) {
                while (rows.next()) {
                    if (!rows.getString(1).equals(stem)) {
                        alternatives.add(rows.getString(1));
                    }
                }
            }
            return Search.term(alternatives);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot look up the terms of a query word", e);
        }
    }
}
