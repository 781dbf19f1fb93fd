package fi.kohtaamo.outbox;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.sql.Connection;
import java.sql.SQLException;

/**
 * Idempotent consumption for a service: call {@link #firstDelivery} at the start of the
 * transaction that applies an event, and apply it only when it answers true.
 */
@ApplicationScoped
public class Inbox {

    private final AgroalDataSource dataSource;
    private final ObjectMapper mapper;
    private final InboxStore store;

    public Inbox(AgroalDataSource dataSource, ObjectMapper mapper, OutboxConfig config) {
        this.dataSource = dataSource;
        this.mapper = mapper;
        this.store = new InboxStore(config.schema());
    }

    public CloudEvent parse(String json) {
        return CloudEvent.parse(mapper, json);
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public boolean firstDelivery(String consumer, CloudEvent event) {
        try (Connection connection = dataSource.getConnection()) {
            return store.firstDelivery(connection, consumer, event);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot record event " + event.id() + " in the inbox", e);
        }
    }
}
