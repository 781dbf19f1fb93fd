package fi.kohtaamo.knowledge.service;

import fi.kohtaamo.knowledge.analysis.TextAnalysis;
import io.agroal.api.AgroalDataSource;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Writes what search finds of a published text: its analysed terms ({@link TextAnalysis}) as
 * PostgreSQL vectors (title and whole text), and the lexemes' counts for prefix expansion. Called
 * at publication in the publishing transaction; texts published without it (before migration V4,
 * or written straight into the database like the benchmark's corpus) are analysed by the
 * scheduled {@link #indexPending} in batches.
 */
@ApplicationScoped
public class SearchIndex {

    private static final Logger LOG = Logger.getLogger(SearchIndex.class);
    /** Texts analysed per transaction by the scheduled indexer. */
    static final int BATCH = 200;

    /** The vectors: exact terms A (title) and B (text), terms without diacritics C (title) and D (text). */
    static final String VECTORS = "index_title = setweight(to_tsvector('simple', ?), 'A') || setweight(to_tsvector('simple', ?), 'C'),"
            + " index_vector = setweight(to_tsvector('simple', ?), 'A') || setweight(to_tsvector('simple', ?), 'B')"
            + " || setweight(to_tsvector('simple', ?), 'C') || setweight(to_tsvector('simple', ?), 'D')";
    /**
     * Counts a newly indexed text's lexemes; in one order for every transaction, so that two
     * publications sharing lexemes take their row locks in the same order (never a deadlock).
     */
    static final String COUNT_LEXEMES = "insert into search_lexeme (language, lexeme, docs)"
            + " select t.language, l.lexeme, count(*) from translation t, unnest(tsvector_to_array(t.index_vector)) l(lexeme)"
            + " where t.id = any(?) group by t.language, l.lexeme order by t.language, l.lexeme"
            + " on conflict (language, lexeme) do update set docs = search_lexeme.docs + excluded.docs";

    private final AgroalDataSource dataSource;
    private final TextAnalysis analysis;
    private final SearchResults results;

    public SearchIndex(AgroalDataSource dataSource, TextAnalysis analysis, SearchResults results) {
        this.dataSource = dataSource;
        this.analysis = analysis;
        this.results = results;
    }

    /** The parameters of {@link #VECTORS} for one text, from {@code index} onwards; returns the next index. */
    int bind(PreparedStatement statement, int index, String language, String title, String text) throws SQLException {
        TextAnalysis.Indexed indexed = analysis.index(language, title, text);
        statement.setString(index, indexed.titleExact());
        statement.setString(index + 1, indexed.titleFolded());
        statement.setString(index + 2, indexed.titleExact());
        statement.setString(index + 3, indexed.bodyExact());
        statement.setString(index + 4, indexed.titleFolded());
        statement.setString(index + 5, indexed.bodyFolded());
        return index + 6;
    }

    /**
     * At publication, in the publishing transaction (whose connection the pool hands out again
     * here): the text's vectors and, when it is published for the first time, its lexemes' counts.
     */
    public void indexPublished(UUID id, String language, String title, String text, boolean count) {
        try (Connection connection = dataSource.getConnection()) {
            try (PreparedStatement update = connection.prepareStatement("update translation set " + VECTORS + " where id = ?")) {
                update.setObject(bind(update, 1, language, title, text), id);
                update.executeUpdate();
            }
            if (count) {
                try (PreparedStatement lexemes = connection.prepareStatement(COUNT_LEXEMES)) {
                    lexemes.setArray(1, connection.createArrayOf("uuid", new Object[] {id}));
                    lexemes.executeUpdate();
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot index a published text for search", e);
        }
    }

    /**
     * Analyses up to {@link #BATCH} published texts that have no vectors yet, in one transaction;
     * returns how many. Only a text still at the version read is written.
     */
    public int indexBatch() throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try {
                record Pending(UUID id, String language, String title, String text, int version) {
                }
                List<Pending> pending = new ArrayList<>();
                try (PreparedStatement select = connection.prepareStatement("select id, language, published_title, published_text,"
                        + " published_version from translation where published_version is not null and index_vector is null"
                        + " order by id limit " + BATCH + " for update skip locked");
                     ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        pending.add(new Pending(rows.getObject(1, UUID.class), rows.getString(2), rows.getString(3), rows.getString(4),
                                rows.getInt(5)));
                    }
                }
                if (pending.isEmpty()) {
                    connection.rollback();
                    return 0;
                }
                try (PreparedStatement update = connection.prepareStatement(
                        "update translation set " + VECTORS + " where id = ? and published_version = ?")) {
                    for (Pending text : pending) {
                        int next = bind(update, 1, text.language(), text.title(), text.text());
                        update.setObject(next, text.id());
                        update.setInt(next + 1, text.version());
                        update.addBatch();
                    }
                    update.executeBatch();
                }
                try (PreparedStatement count = connection.prepareStatement(COUNT_LEXEMES)) {
                    count.setArray(1, connection.createArrayOf("uuid", pending.stream().map(Pending::id).toArray()));
                    count.executeUpdate();
                }
                connection.commit();
                if (!pending.isEmpty()) {
                    results.changed(); // newly analysed texts can be found now
                }
                return pending.size();
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            } finally {
                connection.setAutoCommit(true);
            }
        }
    }

    /** Every few seconds: texts published without vectors are analysed until none is left. */
    @Scheduled(every = "${kohtaamo.knowledge.index-every}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void indexPending() throws SQLException {
        long started = System.nanoTime();
        int total = 0;
        for (int done = indexBatch(); done > 0; done = indexBatch()) {
            total += done;
        }
        if (total > 0) {
            double millis = (System.nanoTime() - started) / 1e6;
            LOG.infof("Search index: analysed %d published texts in %.0f ms (%.2f ms a text)", total, millis, millis / total);
        }
    }
}
