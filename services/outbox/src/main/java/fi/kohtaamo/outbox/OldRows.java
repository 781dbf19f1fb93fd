package fi.kohtaamo.outbox;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;

/**
 * Deletes a table's rows older than an age, at most {@code batch} a statement, oldest first, so
 * that a clean-up after a long pause (or of a busy day) neither holds locks on millions of rows at
 * once nor grows the write-ahead log by one huge transaction. On an autocommit connection (the
 * scheduled jobs') each batch commits by itself. The time column must be indexed.
 */
final class OldRows {

    static final int BATCH = 10_000;

    private OldRows() {
    }

    /** The statement that deletes one batch: parameters the age in seconds and the batch size. */
    static String deleteBatch(String table, String timeColumn) {
        return "delete from " + table + " where ctid = any(array(select ctid from " + table + " where " + timeColumn
                + " < now() - make_interval(secs => ?) order by " + timeColumn + " limit ?))";
    }

    static int delete(Connection connection, String table, String timeColumn, Duration age, int batch)
            throws SQLException {
        if (batch < 1) {
            throw new IllegalArgumentException("a batch of " + batch + " rows would never end");
        }
        int total = 0;
        try (PreparedStatement delete = connection.prepareStatement(deleteBatch(table, timeColumn))) {
            delete.setDouble(1, age.toSeconds());
            delete.setInt(2, batch);
            int deleted;
            do {
                deleted = delete.executeUpdate();
                total += deleted;
            } while (deleted == batch);
        }
        return total;
    }
}
