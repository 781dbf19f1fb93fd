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
 * SQL over the outbox table, on a connection the caller owns (and whose transaction it owns).
 * Plain JDBC so that it joins whatever transaction the connection is in: the JTA transaction
 * of a service's use case, or the relay's own.
 */
public final class OutboxStore {

    private final String table;

    public OutboxStore(String schema) {
        this.table = Tables.qualified(schema, "outbox_event");
    }

    public void append(Connection connection, String topic, CloudEvent event, String json) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(
                "insert into " + table + " (event_id, topic, aggregate_id, event_type, payload, traceparent)"
                        + " values (?, ?, ?, ?, ?, ?)")) {
            insert.setObject(1, event.id());
            insert.setString(2, topic);
            insert.setString(3, event.subject());
            insert.setString(4, event.type());
            insert.setString(5, json);
            insert.setString(6, event.traceparent());
            insert.executeUpdate();
        }
    }

    /**
     * Locks up to {@code limit} due rows that no other relay holds, and returns those that may be
     * published now: a row is held back while an earlier unpublished row of its aggregate lies
     * outside this batch (locked by another relay, waiting for its retry, or parked), so that one
     * aggregate's events reach Kafka in the order they were written.
     */
    public List<PendingEvent> claim(Connection connection, int limit) throws SQLException {
        String sql = """
                with batch as (
                    select seq from %1$s o
                    where published_at is null and parked_at is null and next_attempt_at <= now()
                      -- a row behind a parked or retrying one of its aggregate cannot go yet: it
                      -- takes no place in the batch, or enough of them would stop every other row
                      and not exists (
                          select 1 from %1$s blocking
                          where blocking.aggregate_id = o.aggregate_id
                            and blocking.published_at is null
                            and blocking.seq < o.seq
                            and (blocking.parked_at is not null or blocking.next_attempt_at > now()))
                    order by seq
                    limit ?
                    for update skip locked
                )
                select o.seq, o.event_id, o.topic, o.aggregate_id, o.payload, o.attempts, o.traceparent
                from %1$s o
                where o.seq in (select seq from batch)
                  and not exists (
                      select 1 from %1$s earlier
                      where earlier.aggregate_id = o.aggregate_id
                        and earlier.published_at is null
                        and earlier.seq < o.seq
                        and earlier.seq not in (select seq from batch))
                order by o.seq
                """.formatted(table);
        try (PreparedStatement select = connection.prepareStatement(sql)) {
            select.setInt(1, limit);
            List<PendingEvent> events = new ArrayList<>();
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    events.add(new PendingEvent(rows.getLong(1), rows.getObject(2, UUID.class), rows.getString(3),
                            rows.getString(4), rows.getString(5), rows.getInt(6), rows.getString(7)));
                }
            }
            return events;
        }
    }

    public void markPublished(Connection connection, List<Long> seqs) throws SQLException {
        if (seqs.isEmpty()) {
            return;
        }
        try (PreparedStatement update = connection.prepareStatement(
                "update " + table + " set published_at = now(), last_error = null where seq = any(?)")) {
            update.setArray(1, connection.createArrayOf("bigint", seqs.toArray()));
            update.executeUpdate();
        }
    }

    public void markFailed(Connection connection, long seq, Duration retryAfter, String error) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement(
                "update " + table + " set attempts = attempts + 1, last_error = ?,"
                        + " next_attempt_at = now() + make_interval(secs => ?) where seq = ?")) {
            update.setString(1, error == null ? "unknown" : error.substring(0, Math.min(error.length(), 2000)));
            update.setDouble(2, retryAfter.toMillis() / 1000.0);
            update.setLong(3, seq);
            update.executeUpdate();
        }
    }

    /** Parks a row that can never be published: no relay claims it again, its aggregate's later rows wait. */
    public void park(Connection connection, long seq, String error) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement(
                "update " + table + " set attempts = attempts + 1, last_error = ?, parked_at = now() where seq = ?")) {
            update.setString(1, error == null ? "unknown" : error.substring(0, Math.min(error.length(), 2000)));
            update.setLong(2, seq);
            update.executeUpdate();
        }
    }

    public long countParked(Connection connection) throws SQLException {
        try (PreparedStatement count = connection.prepareStatement(
                "select count(*) from " + table + " where parked_at is not null and published_at is null");
             ResultSet rows = count.executeQuery()) {
            rows.next();
            return rows.getLong(1);
        }
    }

    public long countPending(Connection connection) throws SQLException {
        try (PreparedStatement count = connection.prepareStatement(
                "select count(*) from " + table + " where published_at is null");
             ResultSet rows = count.executeQuery()) {
            rows.next();
            return rows.getLong(1);
        }
    }

    /** Deletes the rows published longer than {@code age} ago, a batch at a time; returns how many. */
    public int deletePublishedBefore(Connection connection, Duration age) throws SQLException {
        return deletePublishedBefore(connection, age, OldRows.BATCH);
    }

    int deletePublishedBefore(Connection connection, Duration age, int batch) throws SQLException {
        return OldRows.delete(connection, table, "published_at", age, batch);
    }

    String deletePublishedBatch() {
        return OldRows.deleteBatch(table, "published_at");
    }

    /** {@code traceparent}: the trace of the request that wrote the event, or null. */
    public record PendingEvent(long seq, UUID eventId, String topic, String aggregateId, String payload, int attempts,
                               String traceparent) {
    }
}
