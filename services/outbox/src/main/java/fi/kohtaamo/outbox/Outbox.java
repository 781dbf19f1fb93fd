package fi.kohtaamo.outbox;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.sql.Connection;
import java.sql.SQLException;

/**
 * Emits a service's events: each is written to the outbox in the caller's transaction, so it
 * is published if and only if the state change it describes commits.
 */
@ApplicationScoped
public class Outbox {

    private final AgroalDataSource dataSource;
    private final ObjectMapper mapper;
    private final OutboxConfig config;
    private final OutboxStore store;

    public Outbox(AgroalDataSource dataSource, ObjectMapper mapper, OutboxConfig config) {
        this.dataSource = dataSource;
        this.mapper = mapper;
        this.config = config;
        this.store = new OutboxStore(config.schema());
    }

    /**
     * @param type    the versioned event type, e.g. {@code fi.kohtaamo.contact.received.v1}
     * @param subject the aggregate id; the Kafka key
     * @param data    the event's data, serialised with the application's ObjectMapper
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public CloudEvent emit(String type, String subject, Object data) {
        return emit(config.topic(), type, subject, data);
    }

    /**
     * Emits to a topic other than the service's own: for events that belong to a conversation
     * between services, such as the parts of a GDPR export (topic {@code kohtaamo.exports.v1}).
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public CloudEvent emit(String topic, String type, String subject, Object data) {
        CloudEvent event = CloudEvent.create(config.source(), type, subject, mapper.valueToTree(data));
        // Inside a JTA transaction Agroal hands out the connection enlisted in it, the same one
        // Hibernate uses, so this insert commits or rolls back with the caller's changes.
        try (Connection connection = dataSource.getConnection()) {
            store.append(connection, topic, event, event.toJson(mapper));
        } catch (SQLException e) {
            throw new IllegalStateException("cannot write event " + type + " to the outbox", e);
        }
        return event;
    }
}
