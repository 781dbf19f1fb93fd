package fi.kohtaamo.outbox;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;

/**
 * The consumer side: records that a consumer has applied an event, in the caller's transaction.
 * {@link #firstDelivery} answers false for an event already recorded, so a redelivered event
 * has no second effect; when the effect's transaction rolls back, so does the record.
 */
public final class InboxStore {

    private final String table;

    public InboxStore(String schema) {
        this.table = Tables.qualified(schema, "inbox_event");
    }

    public boolean firstDelivery(Connection connection, String consumer, CloudEvent event) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(
                "insert into " + table + " (consumer, event_id, event_type) values (?, ?, ?) on conflict do nothing")) {
            insert.setString(1, consumer);
            insert.setObject(2, event.id());
            insert.setString(3, event.type());
            return insert.executeUpdate() == 1;
        }
    }
}
