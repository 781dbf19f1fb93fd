package fi.kohtaamo.knowledge.service;

import fi.kohtaamo.caller.Caller;
import fi.kohtaamo.knowledge.analysis.TextAnalysis;
import fi.kohtaamo.problem.ProblemException;
import io.agroal.api.AgroalDataSource;
import io.quarkus.agroal.DataSource;
import jakarta.enterprise.context.ApplicationScoped;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

/**
 * Full-text search over published articles in PostgreSQL, over the terms {@link TextAnalysis}
 * computed at publication (stems, base forms and compound parts from Voikko and Hunspell, forms
 * without diacritics), ranked with the title above the body, with highlighted snippets, filters,
 * "did you mean" (pg_trgm) and prefix matching.
 *
 * <p>Texts with all the query's words come first (title matches, then body matches; a compound
 * word first as itself, then by all its parts, then by some part); when they do not fill the page, texts with some of the words follow, those with more of the words first, and
 * the answer names the words that none of the page's texts has. A query word also matches as a
 * prefix of its slightly shortened stem, which bridges inflection the dictionaries do not know
 * and lets the start of a compound find it.
 */
@ApplicationScoped
public class Search {

    private static final int MAX_WORDS = 8;
    /**
     * At most this many matches per stage and language are ranked: a word in most articles costs no
     * more than a rare one. Each is a table row to fetch and a text vector to unpack for ranking, the
     * bulk of a search's database time: 500 title and 200 body candidates cost three times as much
     * as 100 each (docs/performance.md) for an order among equal matches that says little.
     */
    static final int CANDIDATES = 100;
    /** A query word's prefix expands to at most this many published lexemes, the most frequent first. */
    static final int EXPANSIONS = 20;

    private final AgroalDataSource dataSource;
    private final SearchTerms searchTerms;
    private final TextAnalysis analysis;
    private final SearchResults results;

    public Search(@DataSource("search") AgroalDataSource dataSource, SearchTerms searchTerms, TextAnalysis analysis,
                  SearchResults results) {
        this.dataSource = dataSource;
        this.results = results;
        this.searchTerms = searchTerms;
        this.analysis = analysis;
    }

    /** What to search and where. {@code audience} null: both (staff only); PUBLIC for everyone else. */
    public record Query(String text, String language, UUID serviceId, String group, String audience, int limit, int offset) {
    }

    public record Hit(UUID articleId, String language, String title, String snippet, String audience, double rank) {
    }

    /** {@code missingWords}: the query's words that none of the page's texts has (when some of the words matched). */
    public record Result(List<Hit> hits, boolean more, String didYouMean, List<String> missingWords) {
    }

    /**
     * Per language, each query word's terms (see {@link SearchTerms}), empty for a stop word, in
     * the order of the words.
     */
    private record Terms(List<String> words, Map<String, List<SearchTerms.Term>> byLanguage) {

        boolean isEmpty() {
            return byLanguage.isEmpty();
        }

        /** Per language, the tsquery that finds texts by its words' terms at a level ({@link SearchTerms.Levels#at}) joined by the operator. */
        Map<String, String> matched(String operator, int level) {
            return joined(operator, level, SearchTerms.Term::matched);
        }

        /** Per language, the tsquery that ranks texts by its words' terms at a level, every form of a word in it. */
        Map<String, String> ranked(String operator, int level) {
            return joined(operator, level, SearchTerms.Term::ranked);
        }

        private Map<String, String> joined(String operator, int level, Function<SearchTerms.Term, SearchTerms.Levels> levels) {
            Map<String, String> result = new LinkedHashMap<>();
            byLanguage.forEach((language, terms) -> result.put(language, String.join(operator, at(terms, level, levels))));
            return result;
        }

        /** A language's non-empty word terms at a level. */
        static List<String> at(List<SearchTerms.Term> terms, int level, Function<SearchTerms.Term, SearchTerms.Levels> levels) {
            return terms.stream().filter(term -> !term.isEmpty()).map(term -> levels.apply(term).at(level)).toList();
        }

        /** Whether some language has two or more words to match partly. */
        boolean partlyMatchable() {
            return byLanguage.values().stream().anyMatch(terms -> terms.stream().filter(term -> !term.isEmpty()).count() > 1);
        }

        /** Whether some word is a compound whose parts match more than the word itself. */
        boolean hasParts() {
            return byLanguage.values().stream().flatMap(List::stream).anyMatch(term -> !term.ranked().anyPart().equals(term.ranked().whole()));
        }
    }

    /** The rows of a page, and whether some of them have only some of the words. */
    private record Page(List<Row> rows, Map<UUID, String> snippets, boolean partial) {
    }

    /** Which articles a reader finds: {@code only} one audience (null: both), internal ones of {@code internalOf} only. */
    private record Visibility(String only, String internalOf) {
    }

    public Result search(Query query, Caller caller) {
        List<String> words = words(query.text());
        if (words.isEmpty()) {
            throw ProblemException.invalid("q", "give at least one word");
        }
        Visibility audience = new Visibility(audience(query.audience(), caller), KnowledgeRoles.isStaff(caller) ? caller.organisation() : null);
        List<String> languages = query.language() == null ? List.of("fi", "sv", "en") : List.of(query.language());
        // the same words, filters, reader's visibility and page: the same answer
        Query asked = new Query(String.join(" ", words), query.language(), query.serviceId(), query.group(), null, query.limit(),
                query.offset());
        return results.get(List.of(asked, audience), () -> search(words, languages, query, audience));
    }

    private Result search(List<String> words, List<String> languages, Query query, Visibility audience) {
        try {
            return onSearchConnection(connection -> answer(connection, words, languages, query, audience));
        } catch (SQLException e) {
            throw new IllegalStateException("search failed", e);
        }
    }

    /**
     * A public search of {@code text} in all languages on this connection, past the answers cache:
     * for {@link SearchWarmUp}, which runs searches on each connection of the pool before the
     * service reports ready.
     */
    Result warmUp(Connection connection, String text) throws SQLException {
        return answer(connection, words(text), List.of("fi", "sv", "en"), new Query(text, null, null, null, null, 10, 0),
                new Visibility("PUBLIC", null));
    }

    private Result answer(Connection connection, List<String> words, List<String> languages, Query query, Visibility audience)
            throws SQLException {
        Terms terms = terms(connection, words, languages);
        Page page = terms.isEmpty() ? new Page(List.of(), Map.of(), false)
                : run(connection, terms, query, audience, query.limit() + 1, query.offset(), null, true);
        List<Hit> hits = hits(page);
        boolean more = hits.size() > query.limit();
        List<Row> shown = more ? page.rows().subList(0, query.limit()) : page.rows();
        List<String> missing = page.partial() ? missing(connection, terms, shown) : List.of();
        String didYouMean = null;
        if (hits.isEmpty() && query.offset() == 0) {
            didYouMean = suggestion(connection, words, languages, query, audience);
        }
        return new Result(more ? hits.subList(0, query.limit()) : hits, more, didYouMean, missing);
    }

    /**
     * Articles that may answer what a client is writing, analysed as a search is: those with all
     * of its words first, then those with most of them; public articles only (internal ones too
     * for staff), those linked to the service first. The first {@value #MAX_WORDS} words that are
     * not stop words count.
     */
    public List<Hit> suggestions(String text, String language, UUID serviceId, int limit, Caller caller) {
        List<String> words = TextAnalysis.words(text).stream().filter(word -> !analysis.isStopWord(language, word))
                .distinct().limit(MAX_WORDS).toList();
        if (words.isEmpty()) {
            return List.of();
        }
        Visibility audience = KnowledgeRoles.isStaff(caller) ? new Visibility(null, caller.organisation()) : new Visibility("PUBLIC", null);
        try {
            return onSearchConnection(connection -> {
                Terms terms = terms(connection, words, List.of(language));
                if (terms.isEmpty()) {
                    return List.<Hit>of();
                }
                return hits(run(connection, terms, new Query(text, language, null, null, audience.only(), limit, 0), audience, limit,
                        0, serviceId, true));
            });
        } catch (SQLException e) {
            throw new IllegalStateException("suggestions failed", e);
        }
    }

    /** Work on one connection of the search pool. */
    private interface SearchWork<T> {
        T run(Connection connection) throws SQLException;
    }

    /**
     * On one connection of the search pool, set up when it was opened (application.properties:
     * sequential scans off, custom plans, no parallel workers, read-only), in autocommit: each
     * statement reads a snapshot of its own, which is all a search needs (a later stage only
     * leaves out what an earlier one's query would match), and no round trip is spent on
     * beginning, setting up or rolling back a transaction.
     */
    private <T> T onSearchConnection(SearchWork<T> work) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            return work.run(connection);
        }
    }

    static List<String> words(String text) {
        return TextAnalysis.words(text).stream().distinct().limit(MAX_WORDS).toList();
    }

    private static String audience(String requested, Caller caller) {
        if (requested != null && !requested.equals("PUBLIC") && !requested.equals("INTERNAL")) {
            throw ProblemException.invalid("audience", "PUBLIC or INTERNAL");
        }
        if (!KnowledgeRoles.isStaff(caller)) {
            if ("INTERNAL".equals(requested)) {
                throw ProblemException.forbidden("Internal articles are for staff");
            }
            return "PUBLIC";
        }
        return requested;
    }

    /**
     * Each word's term per language (see {@link SearchTerms}), corrected as a typo in every language
     * where the word is no stop word when no published text of the languages searched has it; a
     * language where every word is a stop word is left out.
     */
    private Terms terms(Connection connection, List<String> words, List<String> languages) {
        Map<String, List<SearchTerms.Term>> byLanguage = new LinkedHashMap<>();
        searchTerms.terms(languages, words, connection).forEach((language, terms) -> byLanguage.put(language, new ArrayList<>(terms)));
        for (int i = 0; i < words.size(); i++) {
            int word = i;
            if (byLanguage.values().stream().noneMatch(terms -> terms.get(word).published())) {
                byLanguage.forEach((language, terms) -> {
                    if (!terms.get(word).isEmpty()) {
                        searchTerms.corrected(language, words.get(word), connection).ifPresent(corrected -> terms.set(word, corrected));
                    }
                });
            }
        }
        Map<String, List<SearchTerms.Term>> result = new LinkedHashMap<>();
        byLanguage.forEach((language, terms) -> {
            if (terms.stream().anyMatch(term -> !term.isEmpty())) {
                result.put(language, List.copyOf(terms));
            }
        });
        return new Terms(words, result);
    }

    /** {@code ('stem' | 'expansion' | …)}: the stem and the lexemes found for its prefix. */
    static String term(List<String> alternatives) {
        return "(" + String.join(" | ", alternatives.stream().map(lexeme -> "'" + quote(lexeme) + "'").toList()) + ")";
    }

    /**
     * The start a query word's stem shares with its inflected and compound forms: Finnish and
     * Swedish stems of six or seven letters lose one letter, longer ones two (lupahakemuks →
     * lupahakemu, bygglovet → bygglov), keeping at least five; English stems stay whole.
     */
    static String prefix(String stem, String language) {
        int cut = language.equals("en") || stem.length() <= 4 ? 0 : stem.length() <= 7 ? 1 : 2;
        cut = Math.max(0, Math.min(cut, stem.length() - 5));
        return stem.substring(0, stem.length() - cut);
    }

    static String quote(String lexeme) {
        return lexeme.replace("'", "''").replace("\\", "\\\\");
    }

    /** The stages: all words in the title, all words in the text, some of the words. */
    private enum Stage { TITLES, BODIES, PARTIAL }

    /** How strictly a compound word must match: itself, every one of its parts, some part (see {@link SearchTerms.Term}). */
    private static final int LEVELS = 3;

    /**
     * Title matches with all the words first, ranked; body matches with all the words after them;
     * then, for a query with a compound word, the same two with all the compound's parts standing
     * for it, then with some of them ("lupa" for "sijoituslupa": a title about another permit ranks
     * below a text about the one asked); then, when {@code partly} and those do not fill the page,
     * texts with some of the words, most words first. Each stage is fetched only when the ones
     * before do not fill the page; snippets for the page's rows only.
     */
    private static Page run(Connection connection, Terms terms, Query query, Visibility audience, int limit,
                            int offset, UUID boostService, boolean partly) throws SQLException {
        int wanted = offset + limit;
        int levels = terms.hasParts() ? LEVELS : 1;
        Statement statement = new Statement();
        Map<String, String> before = null;
        for (int level = 0; level < levels; level++) {
            Map<String, String> all = terms.matched(" & ", level);
            if (all.equals(before)) {
                continue;
            }
            stage(statement, terms, level, before, query, audience, wanted, boostService, Stage.TITLES);
            stage(statement, terms, level, before, query, audience, wanted, boostService, Stage.BODIES);
            before = all;
        }
        if (partly && terms.partlyMatchable()) {
            stage(statement, terms, LEVELS - 1, null, query, audience, wanted, boostService, Stage.PARTIAL);
        }
        List<Row> rows = statement.rows(connection, wanted);
        List<Row> page = rows.subList(Math.min(offset, rows.size()), Math.min(wanted, rows.size()));
        Map<UUID, String> snippets = snippets(connection, terms.ranked(" | ", LEVELS - 1), page);
        return new Page(page, snippets, page.stream().anyMatch(Row::partial));
    }

    private static List<Hit> hits(Page page) {
        return page.rows().stream().map(row -> new Hit(row.articleId(), row.language(), row.title(),
                highlight(page.snippets().get(row.translationId())), row.audience(), Math.round(row.rank() * 10000) / 10000.0)).toList();
    }

    private record Row(UUID translationId, UUID articleId, String language, String title, String audience, double rank,
                       boolean partial, int stage, long matched) {

        /** The order of a page: stage by stage (the order they were added), within one most words first, best rank first. */
        static final Comparator<Row> ORDER = Comparator.comparingInt(Row::stage)
                .thenComparing(Comparator.comparingLong(Row::matched).reversed())
                .thenComparing(Comparator.comparingDouble(Row::rank).reversed())
                .thenComparing(row -> row.translationId().toString());
    }

    /**
     * The stages of a search as one statement: each stage's best rows, stage after stage, and at
     * most {@code wanted} of them in all. PostgreSQL reads the branches of a {@code union all} in
     * turn and stops when the limit is reached, so a stage is only read when the ones before it
     * do not fill the page, as when each stage was a statement of its own, without their round
     * trips. The rows are put in order here ({@link Row#ORDER}), not trusted to arrive in it.
     */
    private static final class Statement {
        private final StringBuilder sql = new StringBuilder();
        private final List<Object> parameters = new ArrayList<>();
        private final List<Stage> stages = new ArrayList<>();

        /** Adds a stage: its SQL ordered and limited, and its parameters. */
        void add(Stage stage, String stageSql, List<Object> stageParameters, int limit) {
            sql.append(sql.isEmpty() ? "" : " union all ").append("(select ").append(stages.size())
                    .append(" as stage, hits.* from (").append(stageSql).append(") hits order by matched desc, rank desc, id limit ?)");
            parameters.addAll(stageParameters);
            parameters.add(limit);
            stages.add(stage);
        }

        List<Row> rows(Connection connection, int wanted) throws SQLException {
            List<Row> rows = new ArrayList<>();
            if (stages.isEmpty()) {
                return rows;
            }
            try (PreparedStatement statement = connection.prepareStatement("select * from (" + sql + ") stages limit " + wanted)) {
                for (int i = 0; i < parameters.size(); i++) {
                    Object parameter = parameters.get(i);
                    if (parameter instanceof String[] array) {
                        statement.setArray(i + 1, connection.createArrayOf("text", array));
                    } else {
                        statement.setObject(i + 1, parameter);
                    }
                }
                try (ResultSet result = statement.executeQuery()) {
                    while (result.next()) {
                        int stage = result.getInt("stage");
                        rows.add(new Row(result.getObject("id", UUID.class), result.getObject("article_id", UUID.class),
                                result.getString("language"), result.getString("published_title"), result.getString("audience"),
                                result.getDouble("rank"), stages.get(stage) == Stage.PARTIAL, stage,
                                result.getLong("matched")));
                    }
                }
            }
            rows.sort(Row.ORDER);
            return rows;
        }
    }

    /** The query's words that no text of the page has, in the language of that text. */
    private static List<String> missing(Connection connection, Terms terms, List<Row> page) throws SQLException {
        List<String> missing = new ArrayList<>();
        try (PreparedStatement found = connection.prepareStatement(
                "select 1 from translation t where t.id = any(?) and t.index_vector @@ to_tsquery('simple', ?) limit 1")) {
            for (int i = 0; i < terms.words().size(); i++) {
                boolean searched = false;
                boolean present = false;
                for (Map.Entry<String, List<SearchTerms.Term>> language : terms.byLanguage().entrySet()) {
                    String term = language.getValue().get(i).matched().anyPart();
                    List<UUID> ids = page.stream().filter(row -> row.language().equals(language.getKey())).map(Row::translationId).toList();
                    if (term.isEmpty() || ids.isEmpty()) {
                        continue;
                    }
                    searched = true;
                    found.setArray(1, connection.createArrayOf("uuid", ids.toArray()));
                    found.setString(2, term);
                    try (ResultSet rows = found.executeQuery()) {
                        present |= rows.next();
                    }
                }
                if (searched && !present) {
                    missing.add(terms.words().get(i));
                }
            }
        }
        return missing;
    }

    /** A stage's conditions on a language's texts (after "where … and"), the boost of a service's texts, and their parameters. */
    private record Filters(String sql, List<Object> parameters, String boost, List<Object> boostParameters) {
    }

    /**
     * Only the conditions a search has: each one left out when it does not apply keeps the
     * statement short to plan (it is planned for its actual words every time). The language is
     * written "language || ''" as the indexes per language are (V5): so the condition cannot be
     * answered by the (article, language) key's index, which the planner, with a LIMIT, would
     * otherwise walk hoping to meet matches early, reading every text of the language for a rare word.
     */
    private static Filters filters(String language, Map<String, String> before, Query query, Visibility visibility,
                                   UUID boostService) {
        StringBuilder sql = new StringBuilder();
        List<Object> parameters = new ArrayList<>();
        if (before != null) {
            sql.append(" not t.index_vector @@ to_tsquery('simple', ?) and");
            parameters.add(before.get(language));
        }
        sql.append(" t.published_version is not null and t.language || '' = ?");
        parameters.add(language);
        if (visibility.only() != null) {
            sql.append(" and t.audience = ?");
            parameters.add(visibility.only());
        }
        if (visibility.internalOf() == null) {
            sql.append(" and t.audience = 'PUBLIC'");
        } else {
            // internal articles only of the reader's own organisation (Caller.readsInternalOf)
            sql.append(" and (t.audience = 'PUBLIC' or exists (select 1 from article a where a.id = t.article_id and a.organisation = ?))");
            parameters.add(visibility.internalOf());
        }
        if (query.serviceId() != null) {
            sql.append(" and cast(? as varchar) = any(t.service_ids)");
            parameters.add(query.serviceId().toString());
        }
        if (query.group() != null) {
            sql.append(" and (cast(? as varchar) = any(t.service_groups) or exists ("
                    + "select 1 from known_service s where s.service_group = ? and cast(s.id as varchar) = any(t.service_ids)))");
            parameters.addAll(List.of(query.group(), query.group()));
        }
        return boostService == null ? new Filters(sql.toString(), parameters, "", List.of())
                : new Filters(sql.toString(), parameters, " * (case when cast(? as varchar) = any(c.service_ids) then 2 else 1 end)",
                        List.of(boostService.toString()));
    }

    /**
     * One stage. Titles: translations whose title has all the words, ranked by the title alone
     * (short vectors kept in the row). Bodies: translations with all the words whose title does not
     * have them, ranked by the whole text with the title weighted above the body and exact forms
     * above those without diacritics. Partial: translations with some but not all of the words,
     * those with more of the words first. For a word found in most articles only the first
     * {@value #CANDIDATES} title matches and as many body matches are ranked, which
     * bounds its cost; the order among that many equally matching articles says little anyway.
     * {@code level}: how strictly all the words must match ({@link SearchTerms.Levels#at});
     * {@code before}: per language, the stricter tsquery of an earlier pass whose matches are left
     * out, or null. Texts are found by the words' {@code matched} terms, ranked by their {@code
     * ranked} ones (see {@link SearchTerms.Term}).
     */
    private static void stage(Statement statement, Terms terms, int level, Map<String, String> before,
                              Query query, Visibility visibility, int limit, UUID boostService, Stage stage) {
        StringBuilder sql = new StringBuilder();
        List<Object> parameters = new ArrayList<>();
        Map<String, String> all = terms.matched(" & ", level);
        Map<String, String> allRanked = terms.ranked(" & ", level);
        Map<String, String> some = terms.matched(" | ", LEVELS - 1);
        Map<String, String> someRanked = terms.ranked(" | ", LEVELS - 1);
        for (Map.Entry<String, String> entry : all.entrySet()) {
            String language = entry.getKey();
            List<String> wordTerms = Terms.at(terms.byLanguage().get(language), LEVELS - 1, SearchTerms.Term::matched);
            if (stage == Stage.PARTIAL && wordTerms.size() < 2) {
                continue;
            }
            if (!sql.isEmpty()) {
                sql.append(" union all ");
            }
            Filters filters = filters(language, before, query, visibility, boostService);
            String boost = filters.boost();
            switch (stage) {
                case TITLES -> {
                    sql.append("(select c.id, c.article_id, c.language, c.published_title, c.audience,"
                            + " ts_rank(c.index_title, to_tsquery('simple', ?))").append(boost).append(" as rank, ? as matched"
                            + " from (select t.* from translation t where t.index_title @@ to_tsquery('simple', ?) and")
                            .append(filters.sql()).append(" limit ").append(CANDIDATES).append(") c"
                            // titles that match alike (one part of a compound each) are told apart by their whole text
                            + " order by rank desc, ts_rank('{0.1, 0.2, 0.4, 1.0}', c.index_vector, to_tsquery('simple', ?), 1) desc,"
                            + " c.id limit ?)");
                    parameters.add(allRanked.get(language));
                    parameters.addAll(filters.boostParameters());
                    parameters.addAll(Arrays.asList(wordTerms.size(), entry.getValue()));
                }
                case BODIES -> {
                    sql.append("(select c.id, c.article_id, c.language, c.published_title, c.audience,"
                            + " ts_rank('{0.1, 0.2, 0.4, 1.0}', c.index_vector, to_tsquery('simple', ?), 1)").append(boost)
                            .append(" as rank, ? as matched from (select t.* from translation t where"
                            + " t.index_vector @@ to_tsquery('simple', ?) and not t.index_title @@ to_tsquery('simple', ?) and")
                            .append(filters.sql()).append(" limit ").append(CANDIDATES).append(") c"
                            + " order by rank desc, c.id limit ?)");
                    parameters.add(allRanked.get(language));
                    parameters.addAll(filters.boostParameters());
                    parameters.addAll(Arrays.asList(wordTerms.size(), entry.getValue(), entry.getValue()));
                }
                case PARTIAL -> {
                    sql.append("(select c.id, c.article_id, c.language, c.published_title, c.audience,"
                            + " ts_rank('{0.1, 0.2, 0.4, 1.0}', c.index_vector, to_tsquery('simple', ?), 1)").append(boost)
                            .append(" as rank, (select count(*) from unnest(cast(? as text[])) w(term)"
                            + " where c.index_vector @@ to_tsquery('simple', w.term)) as matched"
                            + " from (select t.* from translation t where"
                            + " t.index_vector @@ to_tsquery('simple', ?) and not t.index_vector @@ to_tsquery('simple', ?) and")
                            .append(filters.sql()).append(" limit ").append(CANDIDATES).append(") c"
                            + " order by matched desc, rank desc, c.id limit ?)");
                    parameters.add(someRanked.get(language));
                    parameters.addAll(filters.boostParameters());
                    parameters.addAll(Arrays.asList(wordTerms.toArray(String[]::new), some.get(language), entry.getValue()));
                }
            }
            parameters.addAll(filters.parameters());
            if (stage == Stage.TITLES) {
                parameters.add(someRanked.get(language)); // the whole text's rank between equal titles
            }
            parameters.add(limit);
        }
        if (!sql.isEmpty()) {
            statement.add(stage, sql.toString(), parameters, limit);
        }
    }

    private static Map<UUID, String> snippets(Connection connection, Map<String, String> tsqueries, List<Row> page)
            throws SQLException {
        Map<UUID, String> snippets = new java.util.HashMap<>();
        if (page.isEmpty()) {
            return snippets;
        }
        try (PreparedStatement statement = connection.prepareStatement(
                "select t.id, ts_headline(case t.language when 'fi' then cast('finnish' as regconfig)"
                        + " when 'sv' then cast('swedish' as regconfig) else cast('english' as regconfig) end,"
                        + " t.published_text, to_tsquery('simple', case t.language when 'fi' then ? when 'sv' then ? else ? end),"
                        + " 'StartSel=\u0001,StopSel=\u0002,MaxWords=35,MinWords=15,MaxFragments=2,FragmentDelimiter=\" … \"')"
                        + " from translation t where t.id = any(?)")) {
            statement.setString(1, tsqueries.getOrDefault("fi", "''"));
            statement.setString(2, tsqueries.getOrDefault("sv", "''"));
            statement.setString(3, tsqueries.getOrDefault("en", "''"));
            statement.setArray(4, connection.createArrayOf("uuid", page.stream().map(Row::translationId).toArray()));
            try (ResultSet result = statement.executeQuery()) {
                while (result.next()) {
                    snippets.put(result.getObject(1, UUID.class), result.getString(2));
                }
            }
        }
        return snippets;
    }

    /** The snippet as safe HTML: the text escaped, the matches in {@code <mark>}. */
    static String highlight(String headline) {
        if (headline == null) {
            return "";
        }
        String escaped = headline.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
        return escaped.replace("\u0001", "<mark>").replace("\u0002", "</mark>");
    }

    /** "Did you mean": each unknown word replaced by the most similar published word, if that finds anything. */
    private String suggestion(Connection connection, List<String> words, List<String> languages, Query query,
                                     Visibility audience) throws SQLException {
        for (String language : languages) {
            List<String> corrected = new ArrayList<>();
            boolean changed = false;
            try (PreparedStatement statement = connection.prepareStatement(
                    "select word from search_word where language = ? and word % ? order by similarity(word, ?) desc, word limit 1");
                 PreparedStatement known = connection.prepareStatement(
                         "select 1 from search_word where language = ? and word = ?")) {
                for (String word : words) {
                    known.setString(1, language);
                    known.setString(2, word);
                    boolean exists;
                    try (ResultSet rows = known.executeQuery()) {
                        exists = rows.next();
                    }
                    String replacement = word;
                    if (!exists) {
                        statement.setString(1, language);
                        statement.setString(2, word);
                        statement.setString(3, word);
                        try (ResultSet rows = statement.executeQuery()) {
                            if (rows.next()) {
                                replacement = rows.getString(1);
                                changed = true;
                            }
                        }
                    }
                    corrected.add(replacement);
                }
            }
            if (changed) {
                Terms terms = terms(connection, corrected, List.of(language));
                if (!terms.isEmpty() && !run(connection, terms, query, audience, 1, 0, null, false).rows().isEmpty()) {
                    return String.join(" ", corrected);
                }
            }
        }
        return null;
    }
}
