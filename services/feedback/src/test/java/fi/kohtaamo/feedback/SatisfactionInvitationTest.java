package fi.kohtaamo.feedback;

import fi.kohtaamo.caller.Caller;
import fi.kohtaamo.testsupport.GreenMailResource;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import fi.kohtaamo.feedback.domain.Feedback;
import fi.kohtaamo.feedback.domain.SurveyInvitation;
import fi.kohtaamo.feedback.domain.SurveyResponse;
import fi.kohtaamo.feedback.service.Feedbacks;
import fi.kohtaamo.feedback.service.NewFeedback;
import fi.kohtaamo.feedback.service.Satisfaction;
import fi.kohtaamo.testsupport.KohtaamoServicesResource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.awaitility.Awaitility;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

/**
 * Satisfaction after service, through a real Kafka broker: contact routing's resolved event
 * invites the client (once per period), the invitation's link answers the survey once, and the
 * answer counts for the contact's service and channel. The registry's erasure is honoured.
 */
@QuarkusTest
@QuarkusTestResource(value = KohtaamoServicesResource.class, initArgs = @ResourceArg(name = "schema", value = "feedback"))
@QuarkusTestResource(GreenMailResource.class)
class SatisfactionInvitationTest {

    private static UUID service;

    @Inject
    ObjectMapper mapper;

    @Inject
    Feedbacks feedbacks;

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    private Fixtures fixtures;

    @BeforeEach
    void setUp() throws Exception {
        fixtures = new Fixtures(mapper, bootstrapServers);
        if (service == null) {
            service = fixtures.service("ely-uusimaa", "PERMITS_AND_NOTIFICATIONS");
        }
    }

    private JsonNode invitationEvent(UUID contact) throws Exception {
        List<ConsumerRecord<String, String>> events = fixtures.kafka().await("kohtaamo.feedback.v1",
                record -> contact.toString().equals(record.key()) && record.value().contains(Satisfaction.INVITED), 1,
                Duration.ofSeconds(30));
        return mapper.readTree(events.get(0).value()).path("data");
    }

    private static long invitations(UUID contact) {
        return QuarkusTransaction.requiringNew().call(() -> SurveyInvitation.count("contactId", contact));
    }

    @Test
    void aResolvedContactInvitesItsClientInTheirLanguageAndTheLinkAnswersOnce() throws Exception {
        UUID client = UUID.randomUUID();
        UUID contact = fixtures.resolvedContact(service, "ely-uusimaa", client, "sv");
        JsonNode invited = invitationEvent(contact);
        assertThat(invited.path("language").asText()).isEqualTo("sv");
        assertThat(invited.path("organisation").asText()).isEqualTo("ely-uusimaa");
        String url = invited.path("surveyUrl").asText();
        assertThat(url).startsWith("http://127.0.0.1:8080/surveys/");
        String token = url.substring(url.lastIndexOf('/') + 1);

        given().when().get("/api/v1/survey-invitations/" + token).then().statusCode(200)
                .body("type", equalTo("DIRECT_CLIENT_SATISFACTION"))
                .body("questions[0].text", equalTo("Hur nöjd var du med den service du fick?"))
                .body("questions[0].kind", equalTo("SCALE_1_5"));
        String responseId = given().contentType(ContentType.JSON).body(Map.of("answers", List.of(
                        Map.of("question", "satisfaction", "score", 4), Map.of("question", "comment", "text", "Snabbt!")),
                        "identified", true))
                .when().post("/api/v1/survey-invitations/" + token + "/response").then().statusCode(201)
                .extract().path("responseId");
        given().contentType(ContentType.JSON).body(Map.of("answers", List.of(Map.of("question", "satisfaction", "score", 1))))
                .when().post("/api/v1/survey-invitations/" + token + "/response").then().statusCode(410);

        SurveyResponse response = QuarkusTransaction.requiringNew().call(() -> SurveyResponse.findById(UUID.fromString(responseId)));
        assertThat(response.csat).isEqualTo(4);
        assertThat(response.serviceId).isEqualTo(service);
        assertThat(response.serviceGroup).isEqualTo("PERMITS_AND_NOTIFICATIONS");
        assertThat(response.channel).isEqualTo("WEB");
        assertThat(response.clientId).as("the respondent chose to be identified").isEqualTo(client);

        JsonNode recorded = mapper.readTree(fixtures.kafka().await("kohtaamo.feedback.v1",
                record -> responseId.equals(record.key()), 1, Duration.ofSeconds(30)).get(0).value());
        assertThat(recorded.path("type").asText()).isEqualTo("fi.kohtaamo.feedback.survey-response-recorded.v1");
        assertThat(recorded.path("data").path("csat").asInt()).isEqualTo(4);
        assertThat(recorded.toString()).as("no free text in events").doesNotContain("Snabbt");
    }

    @Test
    void aClientIsInvitedAtMostOncePerPeriodAndAnonymousClientsEachOnce() throws Exception {
        UUID client = UUID.randomUUID();
        UUID first = fixtures.resolvedContact(service, "ely-uusimaa", client, "fi");
        invitationEvent(first);
        UUID second = fixtures.resolvedContact(service, "ely-uusimaa", client, "fi");
        UUID anonymous1 = fixtures.resolvedContact(service, "ely-uusimaa", null, "en");
        UUID anonymous2 = fixtures.resolvedContact(service, "ely-uusimaa", null, "en");
        invitationEvent(anonymous1);
        invitationEvent(anonymous2);
        // The second contact's events were published before the anonymous ones, on its own key:
        // wait until its resolution is known, then check that no invitation was made.
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> Fixtures.fact(second) != null
                && Fixtures.fact(second).resolvedAt != null);
        assertThat(invitations(first)).isEqualTo(1);
        assertThat(invitations(second)).as("the same client within the period").isZero();
        assertThat(invitations(anonymous1)).isEqualTo(1);
        assertThat(invitations(anonymous2)).isEqualTo(1);

        // The same resolution delivered again, or the contact resolved again after a reopen: no second invitation.
        ObjectNode again = (ObjectNode) mapper.readTree(Files.readString(
                Path.of("../contact-routing/events/contact.resolved.v1.example.json")));
        again.put("id", UUID.randomUUID().toString()).put("subject", anonymous1.toString());
        ((ObjectNode) again.get("data")).put("contactId", anonymous1.toString()).put("serviceId", service.toString())
                .put("organisation", "ely-uusimaa").put("occurredAt", Instant.now().toString()).putNull("clientId");
        fixtures.kafka().publish("kohtaamo.contacts.v1", anonymous1.toString(), again.toString());
        // Then the contact is closed: on the same key, so it is applied after the repeated resolution.
        ObjectNode closed = again.deepCopy();
        closed.put("id", UUID.randomUUID().toString()).put("type", "fi.kohtaamo.contact.closed.v1");
        ((ObjectNode) closed.get("data")).put("status", "CLOSED").put("closedAt", Instant.now().toString())
                .put("occurredAt", Instant.now().plusSeconds(1).toString());
        fixtures.kafka().publish("kohtaamo.contacts.v1", anonymous1.toString(), closed.toString());
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> Fixtures.fact(anonymous1).closedAt != null);
        assertThat(invitations(anonymous1)).isEqualTo(1);
    }

    @Test
    void theRegistrysErasureBlanksTheClientsFeedbackAndUnlinksTheirAnswers() throws Exception {
        UUID client = UUID.randomUUID();
        Caller agent = new Caller("a-1", "agent-uusimaa", "ely-uusimaa", Set.of("agent"), false);
        Feedback feedback = QuarkusTransaction.requiringNew().call(() -> feedbacks.receive(agent, new NewFeedback(
                "COMPLAINT", "Matti Meikäläinen, 040 123 4567, was treated badly", "fi", "PHONE", service, null, null,
                "Matti", "matti@example.org", client)));
        UUID contact = fixtures.resolvedContact(service, "ely-uusimaa", client, "fi");
        String url = invitationEvent(contact).path("surveyUrl").asText();
        String responseId = given().contentType(ContentType.JSON).body(Map.of("answers", List.of(
                        Map.of("question", "satisfaction", "score", 2), Map.of("question", "comment", "text", "My name is Matti")),
                        "identified", true))
                .when().post("/api/v1/survey-invitations/" + url.substring(url.lastIndexOf('/') + 1) + "/response")
                .then().statusCode(201).extract().path("responseId");

        ObjectNode erasure = (ObjectNode) mapper.readTree(Files.readString(
                Path.of("../client-registry/events/client.erased.v1.example.json")));
        erasure.put("id", UUID.randomUUID().toString()).put("subject", client.toString());
        ((ObjectNode) erasure.get("data")).put("clientId", client.toString());
        fixtures.kafka().publish("kohtaamo.clients.v1", client.toString(), erasure.toString());

        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> QuarkusTransaction.requiringNew()
                .call(() -> Feedback.<Feedback>findById(feedback.id).erased));
        Feedback erased = QuarkusTransaction.requiringNew().call(() -> Feedback.<Feedback>findById(feedback.id));
        assertThat(erased.body).isEqualTo("[erased]");
        assertThat(erased.senderName).isNull();
        assertThat(erased.senderEmail).isNull();
        assertThat(erased.clientId).isNull();
        assertThat(erased.kind).as("still counts").isEqualTo(Feedback.Kind.COMPLAINT);
        SurveyResponse response = QuarkusTransaction.requiringNew().call(() -> SurveyResponse.findById(UUID.fromString(responseId)));
        assertThat(response.clientId).isNull();
        assertThat(response.csat).as("the score still counts").isEqualTo(2);
        String comment = QuarkusTransaction.requiringNew().call(() -> (String) fi.kohtaamo.feedback.domain.SurveyAnswer
                .find("responseId = ?1 and questionCode = 'comment'", response.id).<fi.kohtaamo.feedback.domain.SurveyAnswer>firstResult()
                .freeText);
        assertThat(comment).isNull();
    }
}
