package fi.kohtaamo.registry;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import fi.kohtaamo.testsupport.KafkaTestClient;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.persistence.EntityManager;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import static org.awaitility.Awaitility.await;

/**
 * Contact routing's events as routing writes them: each is its own example
 * (contact.received.v1.example.json) with the ids, organisation and time a test needs, so that the
 * registry's consumer is tested against the producer's contract, not a hand-written copy.
 */
final class RoutingEvents {

    static final ObjectMapper JSON = new ObjectMapper();
    private static final Path EXAMPLE = Path.of("../contact-routing/events/contact.received.v1.example.json");

    private final String bootstrapServers;
    private final EntityManager entityManager;

    RoutingEvents(String bootstrapServers, EntityManager entityManager) {
        this.bootstrapServers = bootstrapServers;
        this.entityManager = entityManager;
    }

    /** Routing's event of {@code type} about a contact, at {@code at}. */
    static ObjectNode contact(String type, String contactId, String clientId, String organisation, Instant at) {
        ObjectNode event;
        try {
            event = (ObjectNode) JSON.readTree(Files.readString(EXAMPLE));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        event.put("id", UUID.randomUUID().toString());
        event.put("type", type);
        event.put("subject", contactId);
        event.put("time", at.toString());
        ObjectNode data = (ObjectNode) event.get("data");
        data.put("contactId", contactId);
        data.put("clientId", clientId);
        data.put("organisation", organisation);
        data.put("receivedAt", at.toString());
        return event;
    }

    void publish(ObjectNode event) {
        new KafkaTestClient(bootstrapServers).publish("kohtaamo.contacts.v1", event.path("subject").asText(), event.toString());
    }

    /** Publishes and waits until the registry has taken the event in (its inbox holds it). */
    void publishAndAwait(ObjectNode event) {
        publish(event);
        awaitProcessed(event.path("id").asText());
    }

    void awaitProcessed(String eventId) {
        await().atMost(30, TimeUnit.SECONDS).until(() -> processed(eventId) > 0);
    }

    long processed(String eventId) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) entityManager.createNativeQuery(
                        "select count(*) from registry.inbox_event where consumer = 'client-registry.contact-links'"
                                + " and event_id = cast(?1 as uuid)")
                .setParameter(1, eventId).getSingleResult()).longValue());
    }

    /** A new contact of {@code organisation} about {@code clientId}, taken in by the registry; the contact's id. */
    String linkedContact(String clientId, String organisation) {
        String contactId = UUID.randomUUID().toString();
        publishAndAwait(contact("fi.kohtaamo.contact.received.v1", contactId, clientId, organisation, Instant.now()));
        return contactId;
    }
}
