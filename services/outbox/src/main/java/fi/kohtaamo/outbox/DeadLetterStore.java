package fi.kohtaamo.outbox;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * The dead letters a service's consumers owe, on a connection the caller owns: recorded when an
 * event goes to the dead-letter topic, handled when the same event is later processed (after a
 * replay). Unhandled ones are what operators are alerted to, however old.
 */
public final class DeadLetterStore {

    private final String table;
    private final String inboxTable;

    public DeadLetterStore(String schema) {
        this.table = Tables.qualified(schema, "dead_letter");
        this.inboxTable = Tables.qualified(schema, "inbox_event");
    }

    /** @param eventId null when the message was not a readable event */
    public void record(Connection connection, String consumer, UUID eventId, String eventType, String topic,
                       int partition, long offset, String reason) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("insert into " + table
                + " (consumer, event_id, event_type, topic, kafka_partition, kafka_offset, reason) values (?, ?, ?, ?, ?, ?, ?)")) {
            insert.setString(1, consumer);
            insert.setObject(2, eventId);
            insert.setString(3, eventType);
            insert.setString(4, topic);
            insert.setInt(5, partition);
            insert.setLong(6, offset);
            insert.setString(7, reason.substring(0, Math.min(reason.length(), 2000)));
            insert.executeUpdate();
        }
    }

    /** The events were processed: their dead letters (if any) are handled. */
    public void markHandled(Connection connection, UUID... eventIds) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement(
                "update " + table + " set handled_at = now() where event_id = any(?) and handled_at is null")) {
            update.setArray(1, connection.createArrayOf("uuid", eventIds));
            update.executeUpdate();
        }
    }

    /** Unhandled dead letters by consumer and event type ("unreadable" for messages that were no event). */
    public List<Unhandled> countUnhandled(Connection connection) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("select consumer, coalesce(event_type, 'unreadable'), count(*)"
                + " from " + table + " where handled_at is null group by 1, 2");
             ResultSet rows = select.executeQuery()) {
            List<Unhandled> counts = new ArrayList<>();
            while (rows.next()) {
                counts.add(new Unhandled(rows.getString(1), rows.getString(2), rows.getLong(3)));
            }
            return counts;
        }
    }

    /**
     * Forgets inbox records and handled dead letters older than {@code age}; returns how many inbox
     * records went. An event redelivered after that would take effect again, so {@code age} must
     * exceed the longest redelivery window.
     */
    public int purgeOlderThan(Connection connection, Duration age) throws SQLException {
        // Dead letters are few; inbox records are one for each event consumed, so a batch at a time.
        try (PreparedStatement letters = connection.prepareStatement(
                "delete from " + table + " where handled_at < now() - make_interval(secs => ?)")) {
            letters.setDouble(1, age.toSeconds());
            letters.executeUpdate();
        }
        return OldRows.delete(connection, inboxTable, "processed_at", age, OldRows.BATCH);
    }

    public record Unhandled(String consumer, String eventType, long count) {
    }
}
