package fi.kohtaamo.feedback;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import fi.kohtaamo.feedback.domain.Feedback;
import fi.kohtaamo.feedback.domain.Survey;
import fi.kohtaamo.feedback.domain.SurveyAnswer;
import fi.kohtaamo.feedback.domain.SurveyQuestion;
import fi.kohtaamo.feedback.domain.SurveyResponse;
import fi.kohtaamo.feedback.service.ContactFacts;
import fi.kohtaamo.outbox.CloudEvent;
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
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;

/**
 * Staff serving a contact read its client's feedback and named survey answers with their own
 * organisation: only for a contact of their organisation that concerns the client, each read recorded.
 */
@QuarkusTest
@QuarkusTestResource(value = KohtaamoServicesResource.class, initArgs = @ResourceArg(name = "schema", value = "feedback"))
class ClientFeedbackTest {

    private static final String PURPOSE = "Client 360 for contact KH-7QM4-X2PD";

    @Inject
    ObjectMapper mapper;

    @Inject
    ContactFacts facts;

    @Inject
    EntityManager entityManager;

    @Test
    @TestSecurity(user = "c360-agent", roles = "agent")
    @OidcSecurity(claims = @Claim(key = "org", value = "ely-uusimaa"))
    void theContactsOrganisationSeesItsOwnFeedbackAndNamedAnswersOfTheClientAndTheReadIsRecorded() throws Exception {
        UUID client = UUID.randomUUID();
        UUID contact = contact(client, "ely-uusimaa");
        UUID otherOrganisationsContact = contact(client, "ely-pirkanmaa");
        UUID anotherClientsContact = contact(UUID.randomUUID(), "ely-uusimaa");
        String own = given().contentType(ContentType.JSON).body(Map.of("kind", "COMPLAINT", "text", "Tie on kuoppainen",
                        "language", "fi", "contactId", contact.toString(), "clientId", client.toString(), "channel", "PHONE"))
                .when().post("/api/v1/feedback").then().statusCode(201).extract().path("id");
        String elsewhere = given().contentType(ContentType.JSON).body(Map.of("kind", "PRAISE", "text", "Kiitos",
                        "language", "fi", "contactId", contact.toString(), "clientId", client.toString(), "channel", "PHONE"))
                .when().post("/api/v1/feedback").then().statusCode(201).extract().path("id");
        QuarkusTransaction.requiringNew().run(() -> ((Feedback) Feedback.findById(UUID.fromString(elsewhere))).organisation = "ely-pirkanmaa");
        namedResponse(client, "ely-uusimaa");
        namedResponse(client, "ely-pirkanmaa");

        given().queryParam("contactId", contact.toString()).queryParam("purpose", PURPOSE)
                .when().get("/api/v1/feedback/clients/" + client).then().statusCode(200)
                .body("feedback.id", contains(own))
                .body("feedback[0].text", equalTo("Tie on kuoppainen"))
                .body("surveyAnswers.size()", equalTo(1))
                .body("surveyAnswers[0].surveyTitle.en", equalTo("After service"))
                .body("surveyAnswers[0].answers.find { it.question == 'satisfaction' }.score", equalTo(4))
                .body("surveyAnswers[0].answers.find { it.question == 'satisfaction' }.questionText.fi", equalTo("Kuinka tyytyväinen olit?"))
                .body("surveyAnswers[0].answers.find { it.question == 'comment' }.text", equalTo("Nopeaa"));
        assertThat(reads(client)).containsExactly("c360-agent ely-uusimaa agent " + contact + " " + PURPOSE);

        for (UUID refused : List.of(otherOrganisationsContact, anotherClientsContact, UUID.randomUUID())) {
            given().queryParam("contactId", refused.toString()).queryParam("purpose", PURPOSE)
                    .when().get("/api/v1/feedback/clients/" + client).then().statusCode(404);
        }
        given().queryParam("purpose", PURPOSE).when().get("/api/v1/feedback/clients/" + client)
                .then().statusCode(400).body("violations[0].field", equalTo("contactId"));
        given().queryParam("contactId", contact.toString()).queryParam("purpose", "no")
                .when().get("/api/v1/feedback/clients/" + client).then().statusCode(400)
                .body("violations[0].field", equalTo("purpose"));
        assertThat(reads(client)).as("a refused read is not recorded").hasSize(1);
    }

    @Test
    @TestSecurity(user = "c360-handler", roles = "feedback-handler")
    @OidcSecurity(claims = @Claim(key = "org", value = "ely-uusimaa"))
    void otherRolesReadNothingHere() {
        given().queryParam("contactId", UUID.randomUUID().toString()).queryParam("purpose", PURPOSE)
                .when().get("/api/v1/feedback/clients/" + UUID.randomUUID()).then().statusCode(403);
    }

    @Test
    void anonymousCallersAreAskedToSignIn() {
        given().queryParam("contactId", UUID.randomUUID().toString()).queryParam("purpose", PURPOSE)
                .when().get("/api/v1/feedback/clients/" + UUID.randomUUID()).then().statusCode(401);
    }

    /** A contact of the organisation about the client, as routing's received event tells it. */
    private UUID contact(UUID client, String organisation) throws Exception {
        UUID contact = UUID.randomUUID();
        ObjectNode event = (ObjectNode) mapper.readTree(Files.readString(Fixtures.ROUTING_EVENTS.resolve("contact.received.v1.example.json")));
        event.put("id", UUID.randomUUID().toString()).put("subject", contact.toString());
        ((ObjectNode) event.get("data")).put("contactId", contact.toString()).put("clientId", client.toString())
                .put("organisation", organisation);
        facts.apply(CloudEvent.parse(mapper, event.toString()));
        return contact;
    }

    /** A satisfaction survey of the organisation, answered by the client with their name. */
    private static void namedResponse(UUID client, String organisation) {
        QuarkusTransaction.requiringNew().run(() -> {
            Survey survey = new Survey();
            survey.id = UUID.randomUUID();
            survey.organisation = organisation;
            survey.type = Survey.Type.DIRECT_CLIENT_SATISFACTION;
            survey.title = Map.of("fi", "Palvelun jälkeen", "sv", "Efter tjänsten", "en", "After service");
            survey.questions = new ArrayList<>(List.of(
                    new SurveyQuestion("satisfaction", SurveyQuestion.Kind.SCALE_1_5,
                            Map.of("fi", "Kuinka tyytyväinen olit?", "sv", "Hur nöjd var du?", "en", "How satisfied were you?"),
                            null, true, SurveyQuestion.Measure.CSAT),
                    new SurveyQuestion("comment", SurveyQuestion.Kind.FREE_TEXT,
                            Map.of("fi", "Kommentti", "sv", "Kommentar", "en", "Comment"), null, false, null)));
            survey.opensAt = Instant.now().minusSeconds(3600);
            survey.createdBy = "manager-1";
            survey.createdAt = survey.opensAt;
            survey.persist();
            SurveyResponse response = new SurveyResponse();
            response.id = UUID.randomUUID();
            response.surveyId = survey.id;
            response.surveyType = survey.type;
            response.organisation = organisation;
            response.language = "fi";
            response.clientId = client;
            response.csat = 4;
            response.respondedAt = Instant.now();
            response.persist();
            answer(response.id, "satisfaction", 4, null);
            answer(response.id, "comment", null, "Nopeaa");
        });
    }

    private static void answer(UUID response, String question, Integer score, String text) {
        SurveyAnswer answer = new SurveyAnswer();
        answer.responseId = response;
        answer.questionCode = question;
        answer.score = score;
        answer.freeText = text;
        answer.persist();
    }

    @SuppressWarnings("unchecked")
    private List<String> reads(UUID client) {
        return QuarkusTransaction.requiringNew().call(() -> ((List<Object[]>) entityManager.createNativeQuery(
                        "select actor, organisation, roles, cast(contact_id as text), purpose from feedback.client_read"
                                + " where client_id = ?1")
                .setParameter(1, client).getResultList()).stream()
                .map(row -> row[0] + " " + row[1] + " " + row[2] + " " + row[3] + " " + row[4]).toList());
    }
}
