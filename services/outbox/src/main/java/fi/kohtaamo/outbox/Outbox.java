package fi.kohtaamo.outbox;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;

import java.sql.Connection;
import java.sql.SQLException;

/**
 * Emits a service's events: each is written to the outbox in the caller's transaction, so it
 * is published if and only if the state change it describes commits. The commit wakes the relay,
 * so the event is on Kafka moments later.
 */
@ApplicationScoped
public class Outbox {

    private final AgroalDataSource dataSource;
    private final ObjectMapper mapper;
    private final OutboxConfig config;
    private final OutboxStore store;
    private final TransactionSynchronizationRegistry transactions;
    private final OutboxRelayJob relay;
    /** The transaction's resource that says the relay is already to be woken after its commit. */
    private final Object wakeKey = new Object();

    public Outbox(AgroalDataSource dataSource, ObjectMapper mapper, OutboxConfig config,
                  TransactionSynchronizationRegistry transactions, OutboxRelayJob relay) {
        this.dataSource = dataSource;
        this.mapper = mapper;
        this.config = config;
        this.store = new OutboxStore(config.schema());
        this.transactions = transactions;
        this.relay = relay;
    }

    /**
     * @param type    the versioned event type, e.g. {@code fi.kohtaamo.contact.received.v1}
     * @param subject the aggregate id; the Kafka key
     * @param data    the event's data, serialised with the application's ObjectMapper
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public CloudEvent emit(String type, String subject, Object data) {
        // Only to the service's own topic: its Kafka principal may write no other (docs/events.md).
        CloudEvent event = CloudEvent.create(config.source(), type, subject, mapper.valueToTree(data));
        // Inside a JTA transaction Agroal hands out the connection enlisted in it, the same one
        // Hibernate uses, so this insert commits or rolls back with the caller's changes.
        try (Connection connection = dataSource.getConnection()) {
            store.append(connection, config.topic(), event, event.toJson(mapper));
        } catch (SQLException e) {
            throw new IllegalStateException("cannot write event " + type + " to the outbox", e);
        }
        wakeRelayAfterCommit();
        return event;
    }

    /** Once per transaction, however many events it writes; nothing when it rolls back. */
    private void wakeRelayAfterCommit() {
        AfterCommit.once(transactions, wakeKey, relay::wake);
    }

    /** The JSON an event's data would have here (the application's ObjectMapper): for data that is sealed before it is emitted. */
    public byte[] json(Object data) {
        try {
            return mapper.writeValueAsBytes(mapper.valueToTree(data));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalArgumentException("cannot serialise " + data.getClass().getSimpleName(), e);
        }
    }
}
