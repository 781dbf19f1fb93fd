package fi.kohtaamo.feedback;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import fi.kohtaamo.feedback.domain.ContactFact;
import fi.kohtaamo.feedback.domain.KnownService;
import fi.kohtaamo.testsupport.KafkaTestClient;
import io.quarkus.narayana.jta.QuarkusTransaction;
import org.awaitility.Awaitility;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/** The producers' documented example events, made into this test's services and contacts. */
final class Fixtures {

    static final Path ROUTING_EVENTS = Path.of("../contact-routing/events");
    static final Path CATALOGUE_EVENTS = Path.of("../service-catalogue/events");

    private final ObjectMapper mapper;
    private final KafkaTestClient kafka;

    Fixtures(ObjectMapper mapper, String bootstrapServers) {
        this.mapper = mapper;
        this.kafka = new KafkaTestClient(bootstrapServers);
    }

    KafkaTestClient kafka() {
        return kafka;
    }

    /** A service of the organisation published in the catalogue, once feedback knows it. */
    UUID service(String organisation, String group) throws Exception {
        ObjectNode event = read(CATALOGUE_EVENTS.resolve("service.published.v1.example.json"));
        UUID id = UUID.randomUUID();
        event.put("id", UUID.randomUUID().toString()).put("subject", id.toString()).put("time", Instant.now().toString());
        ((ObjectNode) event.get("data")).put("serviceId", id.toString()).put("organisation", organisation)
                .put("group", group).put("code", "test-" + id);
        kafka.publish("kohtaamo.catalogue.v1", id.toString(), event.toString());
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> QuarkusTransaction.requiringNew()
                .call(() -> KnownService.findById(id) != null));
        return id;
    }

    /** A contact resolved in routing: its received and resolved events. */
    UUID resolvedContact(UUID serviceId, String organisation, UUID clientId, String language) throws Exception {
        return resolvedContact(serviceId, organisation, clientId, language, Map.of());
    }

    /** The same, with extra Kafka headers on both events (e.g. the traceparent routing's relay sends). */
    UUID resolvedContact(UUID serviceId, String organisation, UUID clientId, String language, Map<String, String> headers)
            throws Exception {
        UUID contact = UUID.randomUUID();
        Instant received = Instant.now().minusSeconds(3600);
        ObjectNode receivedEvent = read(ROUTING_EVENTS.resolve("contact.received.v1.example.json"));
        receivedEvent.put("id", UUID.randomUUID().toString()).put("subject", contact.toString());
        ObjectNode data = (ObjectNode) receivedEvent.get("data");
        data.put("contactId", contact.toString()).put("serviceId", serviceId.toString()).put("organisation", organisation)
                .put("language", language).put("receivedAt", received.toString());
        if (clientId == null) {
            data.putNull("clientId");
        } else {
            data.put("clientId", clientId.toString());
        }
        kafka.publish("kohtaamo.contacts.v1", contact.toString(), receivedEvent.toString(), headers);
        ObjectNode resolved = read(ROUTING_EVENTS.resolve("contact.resolved.v1.example.json"));
        resolved.put("id", UUID.randomUUID().toString()).put("subject", contact.toString());
        ObjectNode lifecycle = (ObjectNode) resolved.get("data");
        lifecycle.put("contactId", contact.toString()).put("serviceId", serviceId.toString())
                .put("organisation", organisation).put("language", language).put("receivedAt", received.toString())
                .put("occurredAt", Instant.now().toString()).put("resolvedAt", Instant.now().toString());
        if (clientId == null) {
            lifecycle.putNull("clientId");
        } else {
            lifecycle.put("clientId", clientId.toString());
        }
        kafka.publish("kohtaamo.contacts.v1", contact.toString(), resolved.toString(), headers);
        return contact;
    }

    static ContactFact fact(UUID contactId) {
        return QuarkusTransaction.requiringNew().call(() -> ContactFact.<ContactFact>findById(contactId));
    }

    private ObjectNode read(Path file) throws Exception {
        return (ObjectNode) mapper.readTree(Files.readString(file));
    }
}
