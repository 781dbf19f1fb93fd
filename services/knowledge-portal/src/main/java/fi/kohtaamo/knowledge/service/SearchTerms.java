package fi.kohtaamo.knowledge.service;

import fi.kohtaamo.knowledge.analysis.TextAnalysis;
import io.quarkus.cache.Cache;
import io.quarkus.cache.CacheKey;
import io.quarkus.cache.CacheName;
import io.quarkus.cache.CacheResult;
import io.quarkus.cache.CaffeineCache;
import jakarta.enterprise.context.ApplicationScoped;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
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
    private final CaffeineCache cache;

    public SearchTerms(TextAnalysis analysis, @CacheName("search-terms") Cache cache) {
        this.analysis = analysis;
        this.cache = cache.as(CaffeineCache.class);
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

    /**
     * Each word's own terms in each language, without a typo's correction ({@link #corrected}), in
     * the order of the words: from the cache, and those it lacks looked up together, in one
     * statement for all their prefix expansions and, only for words that have none, one for
     * whether any of their terms is published. A query of new words in three languages thus costs
     * two round trips, not one or two for every word, language and prefix. The connection is the
     * caller's and stays open.
     */
    public Map<String, List<Term>> terms(List<String> languages, List<String> words, Connection connection) {
        Map<Key, Term> found = new HashMap<>();
        List<Key> missing = new ArrayList<>();
        for (String language : languages) {
            for (String word : words) {
                Key key = new Key(language, word);
                CompletableFuture<Term> cached = cache.getIfPresent(key);
                if (cached == null) {
                    missing.add(key);
                } else {
                    found.put(key, cached.join());
                }
            }
        }
        if (!missing.isEmpty()) {
            try {
                Map<Key, Found> looked = lookUp(missing, connection);
                looked.forEach((key, terms) -> {
                    Term term = terms.term();
                    found.put(key, term);
                    cache.put(key, CompletableFuture.completedFuture(term));
                });
            } catch (SQLException e) {
                throw new IllegalStateException("cannot look up the terms of query words", e);
            }
        }
        Map<String, List<Term>> result = new LinkedHashMap<>();
        for (String language : languages) {
            result.put(language, words.stream().map(word -> found.get(new Key(language, word))).toList());
        }
        return result;
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
            if (similar == null) {
                return Optional.empty();
            }
            Key key = new Key(language, word);
            Found own = lookUp(List.of(key), connection).get(key);
            if (own.whole().isEmpty()) {
                return Optional.of(Term.STOP_WORD);
            }
            TextAnalysis.WordTerms borrowed = analysis.queryTerms(language, similar);
            own.whole().addAll(borrowed.whole());
            own.parts().addAll(borrowed.parts());
            return Optional.of(new Found(own.whole(), own.parts(), true).term());
        } catch (SQLException e) {
            throw new IllegalStateException("cannot look up a word similar to a query word", e);
        }
    }

    /** A word in a language: the cache's key. */
    private record Key(String language, String word) {
    }

    /** A word's terms as they are being looked up: both sets empty for a stop word. */
    private record Found(Set<String> whole, Set<String> parts, boolean published) {

        Term term() {
            if (whole.isEmpty()) {
                return Term.STOP_WORD;
            }
            Set<String> compoundParts = new LinkedHashSet<>(parts);
            compoundParts.removeAll(whole);
            return Term.of(whole, compoundParts, published);
        }
    }

    /**
     * The words' terms from {@link TextAnalysis} with the {@value Search#EXPANSIONS} most frequent
     * published lexemes that start with each of their prefixes (the stem's and its form without
     * diacritics, {@link Search#prefix}), and whether any of them is published.
     */
    private Map<Key, Found> lookUp(List<Key> keys, Connection connection) throws SQLException {
        List<Set<String>> whole = new ArrayList<>();
        List<Set<String>> parts = new ArrayList<>();
        List<Object> prefixWord = new ArrayList<>();
        List<String> prefixLanguage = new ArrayList<>();
        List<String> prefixStart = new ArrayList<>();
        List<String> prefixEnd = new ArrayList<>();
        for (int i = 0; i < keys.size(); i++) {
            Key key = keys.get(i);
            TextAnalysis.WordTerms own = analysis.queryTerms(key.language(), key.word());
            whole.add(new LinkedHashSet<>(own.whole()));
            parts.add(new LinkedHashSet<>(own.parts()));
            if (own.whole().isEmpty()) {
                continue;
            }
            String stem = TextAnalysis.stem(key.language(), key.word());
            for (String prefix : new LinkedHashSet<>(List.of(Search.prefix(stem, key.language()),
                    Search.prefix(TextAnalysis.fold(stem), key.language())))) {
                prefixWord.add(i);
                prefixLanguage.add(key.language());
                prefixStart.add(prefix);
                prefixEnd.add(prefix + MAX);
            }
        }
        Set<Integer> published = new HashSet<>();
        if (!prefixWord.isEmpty()) {
            // each prefix's lexemes in the order of the prefixes, the most frequent first
            try (PreparedStatement expansions = connection.prepareStatement(
                    "select p.word, e.lexeme from unnest(cast(? as int[]), cast(? as text[]), cast(? as text[]), cast(? as text[]))"
                            + " with ordinality as p(word, language, low, high, n)"
                            + " cross join lateral (select lexeme, docs from search_lexeme s where s.language = p.language"
                            + " and s.lexeme ~>=~ p.low and s.lexeme ~<~ p.high order by s.docs desc, s.lexeme limit "
                            + Search.EXPANSIONS + ") e order by p.n, e.docs desc, e.lexeme")) {
                expansions.setArray(1, connection.createArrayOf("int4", prefixWord.toArray()));
                expansions.setArray(2, connection.createArrayOf("text", prefixLanguage.toArray()));
                expansions.setArray(3, connection.createArrayOf("text", prefixStart.toArray()));
                expansions.setArray(4, connection.createArrayOf("text", prefixEnd.toArray()));
                try (ResultSet rows = expansions.executeQuery()) {
                    while (rows.next()) {
                        int word = rows.getInt(1);
                        whole.get(word).add(rows.getString(2));
                        published.add(word);
                    }
                }
            }
        }
        publishedWithoutExpansions(keys, whole, parts, published, connection);
        Map<Key, Found> found = new HashMap<>();
        for (int i = 0; i < keys.size(); i++) {
            found.put(keys.get(i), new Found(whole.get(i), parts.get(i), published.contains(i)));
        }
        return found;
    }

    /** Adds to {@code published} the words without expansions of which some term is published. */
    private static void publishedWithoutExpansions(List<Key> keys, List<Set<String>> whole, List<Set<String>> parts,
                                                   Set<Integer> published, Connection connection) throws SQLException {
        List<Object> termWord = new ArrayList<>();
        List<String> termLanguage = new ArrayList<>();
        List<String> termLexeme = new ArrayList<>();
        for (int i = 0; i < keys.size(); i++) {
            if (published.contains(i)) {
                continue;
            }
            Set<String> terms = new LinkedHashSet<>(whole.get(i));
            terms.addAll(parts.get(i));
            for (String term : terms) {
                termWord.add(i);
                termLanguage.add(keys.get(i).language());
                termLexeme.add(term);
            }
        }
        if (termWord.isEmpty()) {
            return;
        }
        try (PreparedStatement known = connection.prepareStatement(
                "select distinct p.word from unnest(cast(? as int[]), cast(? as text[]), cast(? as text[])) as p(word, language, lexeme)"
                        + " where exists (select 1 from search_lexeme s where s.language = p.language and s.lexeme = p.lexeme)")) {
            known.setArray(1, connection.createArrayOf("int4", termWord.toArray()));
            known.setArray(2, connection.createArrayOf("text", termLanguage.toArray()));
            known.setArray(3, connection.createArrayOf("text", termLexeme.toArray()));
            try (ResultSet rows = known.executeQuery()) {
                while (rows.next()) {
                    published.add(rows.getInt(1));
                }
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
