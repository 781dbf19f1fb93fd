package fi.kohtaamo.knowledge.service;

import fi.kohtaamo.caller.Caller;
import fi.kohtaamo.problem.ProblemException;
import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/**
 * Full-text search over published articles with PostgreSQL's own {@code finnish}, {@code swedish}
 * and {@code english} configurations, ranked with the title above the body, with highlighted
 * snippets, filters, "did you mean" (pg_trgm) and prefix matching.
 *
 * <p>A query word is stemmed by its language's Snowball stemmer and matched both exactly and as a
 * prefix of a slightly shortened stem. Finnish inflection changes the end of a stem
 * (lupahakemus → lupahakemuks-, rakennuslupa → rakennusluv-), which the shortened prefix
 * bridges; the same prefix lets the start of a compound (rakennus) find the compound
 * (rakennuslupahakemus).
 */
@ApplicationScoped
public class Search {

    private static final Map<String, String> CONFIGS = Map.of("fi", "finnish", "sv", "swedish", "en", "english");
    private static final int MAX_WORDS = 8;
    /** At most this many matches per stage and language are ranked: a word in most articles costs no more than a rare one. */
    static final int CANDIDATES = 500;
    /** Body-only matches are ranked from fewer candidates: their whole text is read to rank them. */
    static final int BODY_CANDIDATES = 200;
    /** A query word's prefix expands to at most this many published lexemes, the most frequent first. */
    static final int EXPANSIONS = 20;

    private final AgroalDataSource dataSource;
    private final SearchTerms searchTerms;

    public Search(AgroalDataSource dataSource, SearchTerms searchTerms) {
        this.dataSource = dataSource;
        this.searchTerms = searchTerms;
    }

    /** What to search and where. {@code audience} null: both (staff only); PUBLIC for everyone else. */
    public record Query(String text, String language, UUID serviceId, String group, String audience, int limit, int offset) {
    }

    public record Hit(UUID articleId, String language, String title, String snippet, String audience, double rank) {
    }

    public record Result(List<Hit> hits, boolean more, String didYouMean) {
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
        try {
            return withIndexes(connection -> {
                Map<String, String> tsqueries = tsqueries(connection, words, languages, " & ");
                List<Hit> hits = tsqueries.isEmpty() ? List.of()
                        : run(connection, tsqueries, query, audience, query.limit() + 1, query.offset(), null);
                boolean more = hits.size() > query.limit();
                String didYouMean = null;
                if (hits.isEmpty() && query.offset() == 0) {
                    didYouMean = suggestion(connection, words, languages, query, audience);
                }
                return new Result(more ? hits.subList(0, query.limit()) : hits, more, didYouMean);
            });
        } catch (SQLException e) {
            throw new IllegalStateException("search failed", e);
        }
    }

    /**
     * Articles that may answer what a client is writing: any of its words, public articles only
     * (internal ones too for staff), those linked to the service first.
     */
    public List<Hit> suggestions(String text, String language, UUID serviceId, int limit, Caller caller) {
        List<String> words = words(text);
        if (words.isEmpty()) {
            return List.of();
        }
        Visibility audience = KnowledgeRoles.isStaff(caller) ? new Visibility(null, caller.organisation()) : new Visibility("PUBLIC", null);
        try {
            return withIndexes(connection -> {
                Map<String, String> tsqueries = tsqueries(connection, words, List.of(language), " | ");
                if (tsqueries.isEmpty()) {
                    return List.<Hit>of();
                }
                return run(connection, tsqueries, new Query(text, language, null, null, audience.only(), limit, 0), audience, limit,
                        0, serviceId);
            });
        } catch (SQLException e) {
            throw new IllegalStateException("suggestions failed", e);
        }
    }

    /** Work on one connection in a read-only transaction that keeps the planner on the text indexes. */
    private interface SearchWork<T> {
        T run(Connection connection) throws SQLException;
    }

    /**
     * With a LIMIT over a text match, the planner may prefer reading the whole table in the hope
     * of meeting enough matches early, which for a rare word means reading all of it; inside the
     * search's own transaction sequential scans are off.
     */
    private <T> T withIndexes(SearchWork<T> work) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try {
                try (java.sql.Statement statement = connection.createStatement()) {
                    statement.execute("set local enable_seqscan = off");
                    // plans for the actual words: a generic plan misjudges how many texts a term matches
                    statement.execute("set local plan_cache_mode = force_custom_plan");
                }
                return work.run(connection);
            } finally {
                connection.rollback();
                connection.setAutoCommit(true);
            }
        }
    }

    static List<String> words(String text) {
        if (text == null) {
            return List.of();
        }
        return Arrays.stream(text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+"))
                .filter(word -> !word.isEmpty() && word.length() <= 40).distinct().limit(MAX_WORDS).toList();
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

    /** The tsquery text per language: each word's term (see {@link SearchTerms}), joined by the operator. */
    private Map<String, String> tsqueries(Connection connection, List<String> words, List<String> languages,
                                          String operator) {
        Map<String, String> result = new LinkedHashMap<>();
        for (String language : languages) {
            List<String> terms = words.stream().map(word -> searchTerms.term(language, word, connection)).filter(t -> !t.isEmpty()).toList();
            if (!terms.isEmpty()) {
                result.put(language, String.join(operator, terms));
            }
        }
        return result;
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

    private static String quote(String lexeme) {
        return lexeme.replace("'", "''").replace("\\", "\\\\");
    }

    /**
     * Title matches first, ranked; body-only matches after them, ranked, fetched only when the
     * title matches do not fill the page; snippets for the page's rows only.
     */
    private static List<Hit> run(Connection connection, Map<String, String> tsqueries, Query query, Visibility audience, int limit,
                                 int offset, UUID boostService) throws SQLException {
        int wanted = offset + limit;
        List<Row> rows = stage(connection, tsqueries, query, audience, wanted, boostService, true);
        if (rows.size() < wanted) {
            rows.addAll(stage(connection, tsqueries, query, audience, wanted - rows.size(), boostService, false));
        }
        List<Row> page = rows.subList(Math.min(offset, rows.size()), Math.min(wanted, rows.size()));
        Map<UUID, String> snippets = snippets(connection, tsqueries, page);
        return page.stream().map(row -> new Hit(row.articleId(), row.language(), row.title(),
                highlight(snippets.get(row.translationId())), row.audience(), row.rank())).toList();
    }

    private record Row(UUID translationId, UUID articleId, String language, String title, String audience, double rank) {
    }

    /**
     * One stage. Titles: translations whose title matches, ranked by the title alone (short
     * vectors kept in the row). Bodies: translations whose title does not match, ranked by the
     * whole text with the title weighted above the body. For a word found in most articles only
     * the first {@value #CANDIDATES} title matches and {@value #BODY_CANDIDATES} body matches are ranked, which bounds its cost; the
     * order among that many equally matching articles says little anyway.
     */
    private static List<Row> stage(Connection connection, Map<String, String> tsqueries, Query query, Visibility visibility,
                                   int limit, UUID boostService, boolean titles) throws SQLException {
        StringBuilder sql = new StringBuilder();
        List<Object> parameters = new ArrayList<>();
        String serviceId = query.serviceId() == null ? null : query.serviceId().toString();
        for (Map.Entry<String, String> entry : tsqueries.entrySet()) {
            if (!sql.isEmpty()) {
                sql.append(" union all ");
            }
            // "language || ''": with a LIMIT the planner would otherwise walk the (article, language)
            // index hoping to meet matches early, reading every text of the language for a rare word
            String filters = " t.published_version is not null and t.language || '' = ?"
                    + " and (cast(? as text) is null or t.audience = ?)"
                    // internal articles only of the reader's own organisation (Caller.readsInternalOf)
                    + " and (t.audience = 'PUBLIC' or exists (select 1 from article a where a.id = t.article_id"
                    + " and a.organisation = cast(? as text)))"
                    + " and (cast(? as varchar) is null or cast(? as varchar) = any(t.service_ids))"
                    + " and (cast(? as varchar) is null or cast(? as varchar) = any(t.service_groups) or exists ("
                    + "   select 1 from known_service s where s.service_group = ? and cast(s.id as varchar) = any(t.service_ids)))";
            List<Object> filterParameters = Arrays.asList(entry.getKey(), visibility.only(), visibility.only(), visibility.internalOf(), serviceId, serviceId,
                    query.group(), query.group(), query.group());
            String boost = " * (case when cast(? as varchar) = any(c.service_ids) then 2 else 1 end)";
            if (titles) {
                sql.append("(select c.id, c.article_id, c.language, c.published_title, c.audience,"
                        + " ts_rank(c.title_vector, to_tsquery('simple', ?))").append(boost).append(" as rank"
                        + " from (select t.* from translation t where t.title_vector @@ to_tsquery('simple', ?) and")
                        .append(filters).append(" limit ").append(CANDIDATES).append(") c"
                        + " order by rank desc, c.id limit ?)");
                parameters.add(entry.getValue());
                parameters.add(boostService == null ? null : boostService.toString());
                parameters.add(entry.getValue());
            } else {
                sql.append("(select c.id, c.article_id, c.language, c.published_title, c.audience,"
                        + " ts_rank('{0.1, 0.2, 0.4, 1.0}', c.search_vector, to_tsquery('simple', ?), 1)").append(boost)
                        .append(" as rank from (select t.* from translation t where"
                        + " t.search_vector @@ to_tsquery('simple', ?) and not t.title_vector @@ to_tsquery('simple', ?) and")
                        .append(filters).append(" limit ").append(BODY_CANDIDATES).append(") c"
                        + " order by rank desc, c.id limit ?)");
                parameters.add(entry.getValue());
                parameters.add(boostService == null ? null : boostService.toString());
                parameters.add(entry.getValue());
                parameters.add(entry.getValue());
            }
            parameters.addAll(filterParameters);
            parameters.add(limit);
        }
        sql.insert(0, "select * from (").append(") hits order by rank desc, id limit ?");
        parameters.add(limit);
        List<Row> rows = new ArrayList<>();
        try (PreparedStatement statement = connection.prepareStatement(sql.toString())) {
            for (int i = 0; i < parameters.size(); i++) {
                statement.setObject(i + 1, parameters.get(i));
            }
            try (ResultSet result = statement.executeQuery()) {
                while (result.next()) {
                    rows.add(new Row(result.getObject(1, UUID.class), result.getObject(2, UUID.class), result.getString(3),
                            result.getString(4), result.getString(5), Math.round(result.getDouble(6) * 10000) / 10000.0));
                }
            }
        }
        return rows;
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
                Map<String, String> tsqueries = tsqueries(connection, corrected, List.of(language), " & ");
                if (!tsqueries.isEmpty() && !run(connection, tsqueries, query, audience, 1, 0, null).isEmpty()) {
                    return String.join(" ", corrected);
                }
            }
        }
        return null;
    }
}
