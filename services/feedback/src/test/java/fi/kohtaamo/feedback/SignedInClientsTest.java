package fi.kohtaamo.feedback;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import fi.kohtaamo.caller.Caller;
import fi.kohtaamo.feedback.domain.Feedback;
import fi.kohtaamo.feedback.domain.KnownClient;
import fi.kohtaamo.feedback.service.Feedbacks;
import fi.kohtaamo.feedback.service.NewFeedback;
import fi.kohtaamo.testsupport.GreenMailResource;
import fi.kohtaamo.registry.contract.ExportSeal;
import fi.kohtaamo.testsupport.KafkaTestClient;
import fi.kohtaamo.testsupport.TestServers;
import fi.kohtaamo.testsupport.KohtaamoServicesResource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.awaitility.Awaitility;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A signed-in citizen's feedback becomes their registry client's by the sign-in subject the
 * registry's events carry, at intake or when the event comes later, whatever the order; then the
 * registry's export and erasure reach it.
 */
@QuarkusTest
@QuarkusTestResource(value = KohtaamoServicesResource.class, initArgs = @ResourceArg(name = "schema", value = "feedback"))
@QuarkusTestResource(GreenMailResource.class)
class SignedInClientsTest {

    private static final Path REGISTRY_EVENTS = Path.of("../client-registry/events");
    private static UUID service;

    @Inject
    ObjectMapper mapper;

    @Inject
    Feedbacks feedbacks;

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @BeforeEach
    void aService() throws Exception {
        if (service == null) {
            service = new Fixtures(mapper, bootstrapServers).service("ely-uusimaa", "ROADS_AND_TRAFFIC");
        }
    }

    @Test
    void aCitizensFeedbackIsTheirClientsAtIntake() throws Exception {
        UUID clientId = UUID.randomUUID();
        registered(clientId, "fb-citizen-at-intake", 1);
        awaitCopy(clientId, "fb-citizen-at-intake");
        assertThat(reload(sendAs("fb-citizen-at-intake", "Tie on kuoppainen")).clientId).isEqualTo(clientId);
    }

    @Test
    void feedbackBeforeTheClientEventIsLinkedWhenTheEventComesAndAnOlderEventChangesNothing() throws Exception {
        UUID feedbackId = sendAs("fb-citizen-later", "Palaute ennen rekisteröintiä");
        assertThat(reload(feedbackId).clientId).isNull();

        UUID clientId = UUID.randomUUID();
        ObjectNode event = registered(clientId, "fb-citizen-later", 2);
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> clientId.equals(reload(feedbackId).clientId));

        KafkaTestClient kafka = new KafkaTestClient(bootstrapServers);
        kafka.publish("kohtaamo.clients.v1", clientId.toString(), event.toString()); // redelivered
        registered(clientId, "fb-someone-earlier", 1); // an older state arriving late
        UUID marker = UUID.randomUUID();
        registered(clientId, "fb-citizen-later", 3, marker); // same key, so applied after the older one
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> copy(clientId).upstream.version() == 3);
        assertThat(reload(sendAs("fb-someone-earlier", "Ei kenenkään asiakkaan")).clientId).isNull();
    }

    @Test
    void staffSendingFeedbackAreNeverLinkedByTheirOwnSubject() throws Exception {
        UUID clientId = UUID.randomUUID();
        registered(clientId, "fb-agent-also-citizen", 1);
        awaitCopy(clientId, "fb-agent-also-citizen");
        UUID logged = feedbacks.receive(new Caller("fb-agent-also-citizen", "a", "ely-uusimaa", Set.of("agent"), false),
                new NewFeedback("COMPLAINT", "Asiakas soitti", "fi", "PHONE", service, null, null, null, null, null)).id;
        assertThat(reload(logged).clientId).isNull();
    }

    @Test
    void anExportAndAnErasureReachASignedInCitizensFeedback() throws Exception {
        UUID clientId = UUID.randomUUID();
        registered(clientId, "fb-citizen-gdpr", 1);
        awaitCopy(clientId, "fb-citizen-gdpr");
        UUID linked = sendAs("fb-citizen-gdpr", "Maija Meikäläinen: aurausta ei tullut");
        // One that raced with the client event, stored without the link: export and erasure still find it.
        UUID raced = sendAs("fb-citizen-gdpr", "Toinen Maijan palaute");
        QuarkusTransaction.requiringNew().run(() -> Feedback.update("clientId = null where id = ?1", raced));

        UUID exportId = UUID.randomUUID();
        ObjectNode request = example("client.export-requested.v1.example.json", clientId);
        ((ObjectNode) request.get("data")).put("clientId", clientId.toString()).put("exportId", exportId.toString());
        KafkaTestClient kafka = new KafkaTestClient(bootstrapServers);
        kafka.publish("kohtaamo.clients.v1", clientId.toString(), request.toString());
        String event = kafka.await("kohtaamo.feedback.v1", record -> exportId.toString().equals(record.key()),
                1, Duration.ofSeconds(30)).get(0).value();
        assertThat(event).as("nothing personal in clear on the topic").doesNotContain("Maija");
        JsonNode part = mapper.readTree(ExportSeal.open(TestServers.exportKeys().getPrivate(), mapper.readTree(event).path("data")));
        assertThat(part.path("feedback").findValuesAsText("text"))
                .containsExactlyInAnyOrder("Maija Meikäläinen: aurausta ei tullut", "Toinen Maijan palaute");

        QuarkusTransaction.requiringNew().run(() -> Feedback.update("clientId = null where id = ?1", raced));
        ObjectNode erasure = example("client.erased.v1.example.json", clientId);
        ((ObjectNode) erasure.get("data")).put("clientId", clientId.toString());
        kafka.publish("kohtaamo.clients.v1", clientId.toString(), erasure.toString());
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> reload(linked).erased && reload(raced).erased);
        Feedback erased = reload(linked);
        assertThat(erased.body).doesNotContain("Maija");
        assertThat(erased.senderSubject).isNull();
        assertThat(erased.clientId).isNull();
        assertThat(copy(clientId)).isNull();
        // A new record for the same person starts clean: nothing erased is linked again.
        assertThat(reload(sendAs("fb-citizen-gdpr", "Uusi palaute")).clientId).isNull();
    }

    private UUID sendAs(String citizen, String text) {
        return feedbacks.receive(new Caller(citizen, citizen, null, Set.of("citizen"), false),
                new NewFeedback("COMPLAINT", text, "fi", null, service, null, null, null, null, null)).id;
    }

    private ObjectNode registered(UUID clientId, String subject, int version) throws Exception {
        return registered(clientId, subject, version, UUID.randomUUID());
    }

    private ObjectNode registered(UUID clientId, String subject, int version, UUID eventId) throws Exception {
        ObjectNode event = example("client.registered.v1.example.json", clientId);
        event.put("id", eventId.toString());
        ((ObjectNode) event.get("data")).put("clientId", clientId.toString()).put("signInSubject", subject)
                .put("version", version);
        new KafkaTestClient(bootstrapServers).publish("kohtaamo.clients.v1", clientId.toString(), event.toString());
        return event;
    }

    private ObjectNode example(String file, UUID subject) throws Exception {
        ObjectNode event = (ObjectNode) mapper.readTree(Files.readString(REGISTRY_EVENTS.resolve(file)));
        return event.put("id", UUID.randomUUID().toString()).put("subject", subject.toString());
    }

    private static void awaitCopy(UUID clientId, String subject) {
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> {
            KnownClient copy = copy(clientId);
            return copy != null && subject.equals(copy.signInSubject);
        });
    }

    private static KnownClient copy(UUID clientId) {
        return QuarkusTransaction.requiringNew().call(() -> KnownClient.<KnownClient>findById(clientId));
    }

    private static Feedback reload(UUID id) {
        return QuarkusTransaction.requiringNew().call(() -> Feedback.<Feedback>findById(id));
    }
}
