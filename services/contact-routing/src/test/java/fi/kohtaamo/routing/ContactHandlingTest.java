package fi.kohtaamo.routing;

import com.fasterxml.jackson.databind.ObjectMapper;
import fi.kohtaamo.outbox.CloudEvent;
import fi.kohtaamo.routing.domain.Contact;
import fi.kohtaamo.routing.domain.ContactStatus;
import fi.kohtaamo.routing.domain.Queue;
import fi.kohtaamo.routing.domain.Tier;
import fi.kohtaamo.routing.service.ContactWork;
import fi.kohtaamo.testsupport.KafkaTestClient;
import fi.kohtaamo.testsupport.KohtaamoServicesResource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

/** Handling a contact from taking it to closing it, as staff and as the client see it. */
@QuarkusTest
@QuarkusTestResource(value = KohtaamoServicesResource.class, initArgs = @ResourceArg(name = "schema", value = "routing"))
class ContactHandlingTest {

    private static final String SECRET = "test-secret-123";

    @Inject
    ObjectMapper mapper;

    @Inject
    ContactWork work;

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    private static Map<String, Object> lookup(String code) {
        return Map.of("trackingCode", code, "accessSecret", SECRET);
    }

    @Test
    @TestSecurity(user = "flow-agent", roles = "agent")
    @OidcSecurity(claims = @Claim(key = "org", value = "ely-uusimaa"))
    void anAgentTakesRepliesAsksResolvesAndTheClientFollowsEveryStep() throws Exception {
        Queue queue = WorkFixtures.queue("ely-uusimaa", Tier.FIRST_LINE, true);
        WorkFixtures.agent("flow-agent", "ely-uusimaa", false, Map.of(), List.of("fi"), 5, Set.of(queue.id));
        WorkFixtures.agent("flow-expert", "ely-uusimaa", true, Map.of(), List.of("fi"), 5, Set.of(queue.id));
        UUID id = WorkFixtures.contact(queue, 3, "fi", Map.of(), 5, SECRET);
        String code = WorkFixtures.trackingCode(id);
        String path = "/api/v1/contacts/" + id;

        given().contentType(ContentType.JSON).body(Map.of("text", "Hei")).when().post(path + "/replies")
                .then().statusCode(403).body("detail", equalTo("Take the contact first (POST /api/v1/contacts/" + id + "/take)"));
        given().when().post(path + "/take").then().statusCode(200).body("status", equalTo("ASSIGNED"));
        given().when().post(path + "/take").then().statusCode(409);

        given().contentType(ContentType.JSON).body(Map.of("text", "Hei, katsomme asiaasi.")).when().post(path + "/replies")
                .then().statusCode(200).body("serviceLevel.firstRespondedAt", notNullValue());
        given().contentType(ContentType.JSON).body(Map.of("text", "Asiakas soitti myös eilen.")).when().post(path + "/notes")
                .then().statusCode(200);
        given().contentType(ContentType.JSON).body(Map.of("text", " ")).when().post(path + "/notes")
                .then().statusCode(400).body("violations[0].field", equalTo("text"));
        Instant dueBefore = WorkFixtures.reload(id).resolutionDue;
        given().contentType(ContentType.JSON).body(Map.of("text", "Mikä on kiinteistötunnuksesi?"))
                .when().post(path + "/information-requests")
                .then().statusCode(200).body("status", equalTo("WAITING_FOR_CLIENT"))
                .body("serviceLevel.pausedSince", notNullValue());

        given().contentType(ContentType.JSON).body(lookup(code)).when().post("/api/v1/contacts/lookup")
                .then().statusCode(200).body("waitingForYou", equalTo(true))
                .body("history.kind", contains("REPLY", "INFORMATION_REQUESTED"))
                .body("history.text", not(hasItem("Asiakas soitti myös eilen.")))
                .body("history[0].from", equalTo("STAFF"));
        given().contentType(ContentType.JSON)
                .body(Map.of("trackingCode", code, "accessSecret", SECRET, "text", "Se on 091-1-2-3."))
                .when().post("/api/v1/contacts/lookup/messages")
                .then().statusCode(200).body("status", equalTo("ASSIGNED")).body("waitingForYou", equalTo(false));
        Contact resumed = WorkFixtures.reload(id);
        assertThat(resumed.waitingSince).isNull();
        assertThat(resumed.resolutionDue).as("a pause never brings the deadline closer").isAfterOrEqualTo(dueBefore);

        given().contentType(ContentType.JSON).body(Map.of("code", "ANSWERED")).when().post(path + "/resolve")
                .then().statusCode(400).body("violations[0].field", equalTo("justification"));
        given().contentType(ContentType.JSON).body(Map.of("code", "GUESSED", "justification", "x")).when().post(path + "/resolve")
                .then().statusCode(400);
        given().contentType(ContentType.JSON)
                .body(Map.of("code", "DECISION_MADE", "justification", "Lupa myönnettiin, koska liittymä täyttää ehdot."))
                .when().post(path + "/resolve").then().statusCode(200).body("status", equalTo("RESOLVED"));

        given().contentType(ContentType.JSON).body(lookup(code)).when().post("/api/v1/contacts/lookup")
                .then().statusCode(200).body("status", equalTo("RESOLVED")).body("resolutionCode", equalTo("DECISION_MADE"))
                .body("resolutionJustification", equalTo("Lupa myönnettiin, koska liittymä täyttää ehdot."));

        given().contentType(ContentType.JSON)
                .body(Map.of("trackingCode", code, "accessSecret", SECRET, "text", "Entä liittymän leveys?"))
                .when().post("/api/v1/contacts/lookup/messages")
                .then().statusCode(200).body("status", equalTo("ASSIGNED"));

        // Whom the contact can be handed to: the organisation's experts who are not offline.
        WorkFixtures.agent("flow-expert-offline", "ely-uusimaa", true, Map.of(), List.of("fi"), 5, Set.of(queue.id));
        WorkFixtures.agent("flow-expert-pirkanmaa", "ely-pirkanmaa", true, Map.of(), List.of("fi"), 5, Set.of());
        io.quarkus.narayana.jta.QuarkusTransaction.requiringNew().run(() -> fi.kohtaamo.routing.domain.Agent
                .<fi.kohtaamo.routing.domain.Agent>findById("flow-expert-offline").presence = fi.kohtaamo.routing.domain.Presence.OFFLINE);
        given().when().get("/api/v1/agents/experts").then().statusCode(200)
                .body("subject", org.hamcrest.Matchers.hasItem("flow-expert"))
                .body("subject", org.hamcrest.Matchers.not(org.hamcrest.Matchers.hasItem("flow-expert-offline")))
                .body("subject", org.hamcrest.Matchers.not(org.hamcrest.Matchers.hasItem("flow-expert-pirkanmaa")))
                .body("subject", org.hamcrest.Matchers.not(org.hamcrest.Matchers.hasItem("flow-agent")));
        given().contentType(ContentType.JSON).body(Map.of("expert", "flow-expert", "note", "Leveysasia kuuluu sinulle."))
                .when().post(path + "/transfer").then().statusCode(200).body("assignedTo", equalTo("flow-expert"));
        given().contentType(ContentType.JSON).body(Map.of("text", "x")).when().post(path + "/replies")
                .then().statusCode(403).body("detail", equalTo("Another agent holds this contact"));

        given().when().get(path).then().statusCode(200)
                .body("history.kind", contains("ASSIGNED", "REPLY", "NOTE", "INFORMATION_REQUESTED",
                        "CLIENT_MESSAGE", "RESOLVED", "REOPENED", "CLIENT_MESSAGE", "TRANSFERRED"))
                .body("history[8].text", equalTo("Leveysasia kuuluu sinulle."))
                .body("history[8].details.toExpert", equalTo("flow-expert"))
                .body("history[2].actor", equalTo("flow-agent"));

        List<ConsumerRecord<String, String>> records = new KafkaTestClient(bootstrapServers)
                .await("kohtaamo.contacts.v1", record -> id.toString().equals(record.key()), 9, Duration.ofSeconds(30));
        List<String> types = records.stream().map(record -> parse(record).type()).toList();
        assertThat(types).containsExactly("fi.kohtaamo.contact.assigned.v1", "fi.kohtaamo.contact.message-added.v1",
                "fi.kohtaamo.contact.message-added.v1", "fi.kohtaamo.contact.waiting-for-client.v1",
                "fi.kohtaamo.contact.message-added.v1", "fi.kohtaamo.contact.resolved.v1",
                "fi.kohtaamo.contact.reopened.v1", "fi.kohtaamo.contact.message-added.v1",
                "fi.kohtaamo.contact.transferred.v1");
        CloudEvent resolved = parse(records.get(5));
        assertThat(resolved.data().path("resolutionCode").asText()).isEqualTo("DECISION_MADE");
        assertThat(resolved.data().path("organisation").asText()).isEqualTo("ely-uusimaa");
        assertThat(resolved.data().path("channel").asText()).isEqualTo("WEB");
        assertThat(resolved.data().path("firstRespondedAt").asText()).isNotBlank();
        assertThat(resolved.data().path("details").path("resolutionOnTime").asBoolean()).isTrue();
        assertThat(records).allSatisfy(record -> assertThat(record.value())
                .doesNotContain("kiinteistötunnuksesi", "Lupa myönnettiin", "Leveysasia"));
    }

    @Test
    @TestSecurity(user = "agent-pirkanmaa", roles = "agent")
    @OidcSecurity(claims = @Claim(key = "org", value = "ely-pirkanmaa"))
    void anotherOrganisationsContactIsNotFound() {
        Queue queue = WorkFixtures.queue("ely-uusimaa", Tier.FIRST_LINE, false);
        UUID id = WorkFixtures.contact(queue, 3, "fi", Map.of(), 0);
        // Another agency's contact answers as if it did not exist: 404, never 403.
        given().when().get("/api/v1/contacts/" + id).then().statusCode(404).contentType("application/problem+json");
        given().contentType(ContentType.JSON).body(Map.of("text", "x")).when().post("/api/v1/contacts/" + id + "/notes")
                .then().statusCode(404);
        WorkFixtures.agent("agent-pirkanmaa", "ely-pirkanmaa", false, Map.of(), List.of("fi"), 5, Set.of());
        given().when().post("/api/v1/contacts/" + id + "/take").then().statusCode(404);
        given().when().get("/api/v1/contacts/" + UUID.randomUUID()).then().statusCode(404);
    }

    @Test
    void withoutATokenStaffEndpointsAre401() {
        UUID id = UUID.randomUUID();
        given().when().get("/api/v1/contacts/" + id).then().statusCode(401);
        given().when().post("/api/v1/contacts/next").then().statusCode(401);
        given().contentType(ContentType.JSON).body(Map.of("text", "x")).when().post("/api/v1/contacts/" + id + "/replies")
                .then().statusCode(401);
    }

    @Test
    @TestSecurity(user = "citizen-handling", roles = "citizen")
    void aSignedInCitizenFollowsAndWritesOnTheirOwnContactsOnly() {
        String id = given().contentType(ContentType.JSON)
                .body(Map.of("description", "En tiedä mihin tämä kuuluu.", "language", "sv"))
                .when().post("/api/v1/contacts").then().statusCode(201).extract().path("id");
        given().when().get("/api/v1/contacts/mine").then().statusCode(200).body("id", hasItem(id));
        given().when().get("/api/v1/contacts/" + id).then().statusCode(200).body("status", equalTo("QUEUED"))
                .body("history[0].kind", equalTo("RECEIVED")).body("description", nullValue());
        given().contentType(ContentType.JSON).body(Map.of("text", "Lisätieto")).when().post("/api/v1/contacts/" + id + "/messages")
                .then().statusCode(200).body("history.kind", contains("RECEIVED", "CLIENT_MESSAGE"));
        Queue queue = WorkFixtures.queue("ely-uusimaa", Tier.FIRST_LINE, false);
        UUID someoneElses = WorkFixtures.contact(queue, 3, "fi", Map.of(), 0);
        given().when().get("/api/v1/contacts/" + someoneElses).then().statusCode(404);
        given().contentType(ContentType.JSON).body(Map.of("text", "x")).when().post("/api/v1/contacts/" + someoneElses + "/messages")
                .then().statusCode(404);
        given().contentType(ContentType.JSON).body(Map.of("text", "x")).when().post("/api/v1/contacts/" + id + "/notes")
                .then().statusCode(403);
    }

    @Test
    @TestSecurity(user = "close-supervisor", roles = "supervisor")
    @OidcSecurity(claims = @Claim(key = "org", value = "ely-uusimaa"))
    void aResolvedContactClosesByHandOrAfterTheReopenPeriodAndThenStaysClosed() {
        Queue queue = WorkFixtures.queue("ely-uusimaa", Tier.FIRST_LINE, false);
        WorkFixtures.agent("close-supervisor", "ely-uusimaa", false, Map.of(), List.of("fi"), 5, Set.of(queue.id));
        UUID byHand = WorkFixtures.contact(queue, 3, "fi", Map.of(), 0, SECRET);
        UUID byTime = WorkFixtures.contact(queue, 3, "fi", Map.of(), 0, SECRET);
        for (UUID id : List.of(byHand, byTime)) {
            given().when().post("/api/v1/contacts/" + id + "/take").then().statusCode(200);
            given().contentType(ContentType.JSON).body(Map.of("code", "ANSWERED", "justification", "Vastattu puhelimessa."))
                    .when().post("/api/v1/contacts/" + id + "/resolve").then().statusCode(200);
        }
        UUID stillOpen = WorkFixtures.contact(queue, 3, "fi", Map.of(), 0);
        given().when().post("/api/v1/contacts/" + byHand + "/close").then().statusCode(200).body("status", equalTo("CLOSED"));
        given().when().get("/api/v1/queues/" + queue.id + "/contacts").then().statusCode(200)
                .body("id", org.hamcrest.Matchers.contains(stillOpen.toString()));
        given().when().post("/api/v1/contacts/" + byHand + "/close").then().statusCode(409);
        given().contentType(ContentType.JSON).body(Map.of("reason", "x")).when().post("/api/v1/contacts/" + byHand + "/reopen")
                .then().statusCode(409);
        given().contentType(ContentType.JSON)
                .body(Map.of("trackingCode", WorkFixtures.trackingCode(byHand), "accessSecret", SECRET, "text", "Vielä yksi asia"))
                .when().post("/api/v1/contacts/lookup/messages")
                .then().statusCode(409).body("type", endsWith("contact-closed"));

        QuarkusTransaction.requiringNew().run(() -> Contact.update("resolvedAt = ?1 where id = ?2",
                Instant.now().minus(15, ChronoUnit.DAYS), byTime));
        given().contentType(ContentType.JSON)
                .body(Map.of("trackingCode", WorkFixtures.trackingCode(byTime), "accessSecret", SECRET, "text", "Vielä yksi asia"))
                .when().post("/api/v1/contacts/lookup/messages")
                .then().statusCode(409).body("type", endsWith("reopen-period-over"));
        assertThat(work.closeExpired(Instant.now(), 100)).isGreaterThanOrEqualTo(1);
        assertThat(WorkFixtures.reload(byTime).status).isEqualTo(ContactStatus.CLOSED);
    }

    @Test
    @TestSecurity(user = "reopen-supervisor", roles = "supervisor")
    @OidcSecurity(claims = @Claim(key = "org", value = "ely-uusimaa"))
    void aReopeningReasonStaysInTheContactAndNeverTravelsInTheEvent() {
        Queue queue = WorkFixtures.queue("ely-uusimaa", Tier.FIRST_LINE, false);
        WorkFixtures.agent("reopen-supervisor", "ely-uusimaa", false, Map.of(), List.of("fi"), 5, Set.of(queue.id));
        UUID id = WorkFixtures.contact(queue, 3, "fi", Map.of(), 0, SECRET);
        given().when().post("/api/v1/contacts/" + id + "/take").then().statusCode(200);
        given().contentType(ContentType.JSON).body(Map.of("code", "ANSWERED", "justification", "Vastattu."))
                .when().post("/api/v1/contacts/" + id + "/resolve").then().statusCode(200);
        given().contentType(ContentType.JSON).body(Map.of("reason", "Maija soitti: liite puuttui"))
                .when().post("/api/v1/contacts/" + id + "/reopen").then().statusCode(200);
        given().when().get("/api/v1/contacts/" + id).then().statusCode(200)
                .body("history.find { it.kind == 'REOPENED' }.text", equalTo("Maija soitti: liite puuttui"));
        List<ConsumerRecord<String, String>> reopened = new KafkaTestClient(bootstrapServers).await("kohtaamo.contacts.v1",
                record -> id.toString().equals(record.key()) && record.value().contains("contact.reopened"), 1, Duration.ofSeconds(30));
        assertThat(reopened).hasSize(1).allSatisfy(record -> assertThat(record.value()).doesNotContain("liite puuttui", "Maija"));
    }

    private CloudEvent parse(ConsumerRecord<String, String> record) {
        try {
            return CloudEvent.parse(mapper, record.value());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
