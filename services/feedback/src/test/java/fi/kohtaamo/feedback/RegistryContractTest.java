package fi.kohtaamo.feedback;

import fi.kohtaamo.testsupport.GreenMailResource;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import fi.kohtaamo.feedback.domain.ContactFact;
import fi.kohtaamo.feedback.domain.Feedback;
import fi.kohtaamo.feedback.domain.FeedbackEntry;
import fi.kohtaamo.registry.contract.ExportSeal;
import fi.kohtaamo.testsupport.KafkaTestClient;
import fi.kohtaamo.testsupport.TestServers;
import fi.kohtaamo.testsupport.KohtaamoServicesResource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.awaitility.Awaitility;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** The client registry's contract through Kafka, read from the registry's documented examples. */
@QuarkusTest
@QuarkusTestResource(value = KohtaamoServicesResource.class, initArgs = @ResourceArg(name = "schema", value = "feedback"))
@QuarkusTestResource(GreenMailResource.class)
class RegistryContractTest {

    private static final Path ROUTING_EVENTS = Path.of("../contact-routing/events");
    private static final Path REGISTRY_EVENTS = Path.of("../client-registry/events");

    @Inject
    ObjectMapper mapper;

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @Test
    void contactFactsNameTheirClientUntilTheClientIsErasedAndFollowAMerge() throws Exception {
        KafkaTestClient kafka = new KafkaTestClient(bootstrapServers);
        UUID erased = UUID.randomUUID();
        UUID duplicate = UUID.randomUUID();
        UUID survivor = UUID.randomUUID();
        UUID erasedContact = contact(kafka, erased);
        UUID duplicateContact = contact(kafka, duplicate);
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> fact(erasedContact) != null && fact(duplicateContact) != null);
        assertThat(fact(erasedContact).clientId).isEqualTo(erased);

        ObjectNode erasure = example("client.erased.v1.example.json", erased);
        ((ObjectNode) erasure.get("data")).put("clientId", erased.toString());
        kafka.publish("kohtaamo.clients.v1", erased.toString(), erasure.toString());
        ObjectNode merge = example("client.merged.v1.example.json", duplicate);
        ((ObjectNode) merge.get("data")).put("survivorId", survivor.toString()).put("mergedId", duplicate.toString());
        kafka.publish("kohtaamo.clients.v1", duplicate.toString(), merge.toString());

        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> fact(erasedContact).clientId == null
                && survivor.equals(fact(duplicateContact).clientId));
        assertThat(fact(erasedContact).channel).as("the contact still counts").isNotBlank();
    }

    @Test
    void anErasedClientsFeedbackLosesItsTextsNotesAndMails() throws Exception {
        UUID client = UUID.randomUUID();
        UUID erasedFeedback = FeedbackRetentionTest.feedback(Feedback.Status.CLOSED, Instant.now(), client);
        UUID othersFeedback = FeedbackRetentionTest.feedback(Feedback.Status.CLOSED, Instant.now(), UUID.randomUUID());

        ObjectNode erasure = example("client.erased.v1.example.json", client);
        ((ObjectNode) erasure.get("data")).put("clientId", client.toString());
        new KafkaTestClient(bootstrapServers).publish("kohtaamo.clients.v1", client.toString(), erasure.toString());

        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> FeedbackRetentionTest.load(erasedFeedback).erased);
        Feedback erased = FeedbackRetentionTest.load(erasedFeedback);
        assertThat(erased.body).isEqualTo("[erased]");
        assertThat(erased.senderEmail).isNull();
        assertThat(FeedbackRetentionTest.entries(erasedFeedback))
                .filteredOn(entry -> entry.kind == FeedbackEntry.Kind.CLOSED)
                .allSatisfy(entry -> assertThat(entry.details).doesNotContainKey("note"));
        assertThat(FeedbackRetentionTest.mails(erasedFeedback)).as("sent and unsent e-mails").isZero();
        assertThat(FeedbackRetentionTest.mails(othersFeedback)).isEqualTo(2);
        assertThat(FeedbackRetentionTest.entries(othersFeedback))
                .filteredOn(entry -> entry.kind == FeedbackEntry.Kind.CLOSED)
                .allSatisfy(entry -> assertThat(entry.details).containsKey("note"));
    }

    @Test
    void anExportRequestIsAnsweredWithThisServicesPart() throws Exception {
        KafkaTestClient kafka = new KafkaTestClient(bootstrapServers);
        UUID client = UUID.randomUUID();
        UUID contactId = contact(kafka, client);
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> fact(contactId) != null);

        UUID exportId = UUID.randomUUID();
        ObjectNode request = example("client.export-requested.v1.example.json", client);
        ((ObjectNode) request.get("data")).put("clientId", client.toString()).put("exportId", exportId.toString());
        kafka.publish("kohtaamo.clients.v1", client.toString(), request.toString());

        List<ConsumerRecord<String, String>> parts = kafka.await("kohtaamo.feedback.v1",
                record -> exportId.toString().equals(record.key()), 1, Duration.ofSeconds(30));
        JsonNode event = mapper.readTree(parts.get(0).value());
        assertThat(event.path("type").asText()).isEqualTo("fi.kohtaamo.client.export-part.v2");
        assertThat(event.path("data").path("service").asText()).isEqualTo("feedback");
        assertThat(parts.get(0).value()).as("nothing personal in clear on the topic")
                .doesNotContain(contactId.toString(), client.toString());
        JsonNode data = mapper.readTree(ExportSeal.open(TestServers.exportKeys().getPrivate(), event.path("data")));
        assertThat(data.path("contactFacts")).hasSize(1);
        assertThat(data.path("contactFacts").get(0).path("contactId").asText()).isEqualTo(contactId.toString());
    }

    private UUID contact(KafkaTestClient kafka, UUID clientId) throws Exception {
        ObjectNode event = (ObjectNode) mapper.readTree(Files.readString(ROUTING_EVENTS.resolve("contact.received.v1.example.json")));
        UUID contactId = UUID.randomUUID();
        event.put("id", UUID.randomUUID().toString()).put("subject", contactId.toString());
        ((ObjectNode) event.get("data")).put("contactId", contactId.toString()).put("clientId", clientId.toString());
        kafka.publish("kohtaamo.contacts.v1", contactId.toString(), event.toString());
        return contactId;
    }

    private ObjectNode example(String file, UUID subject) throws Exception {
        ObjectNode event = (ObjectNode) mapper.readTree(Files.readString(REGISTRY_EVENTS.resolve(file)));
        return event.put("id", UUID.randomUUID().toString()).put("subject", subject.toString());
    }

    private static ContactFact fact(UUID contactId) {
        return QuarkusTransaction.requiringNew().call(() -> ContactFact.<ContactFact>findById(contactId));
    }
}
