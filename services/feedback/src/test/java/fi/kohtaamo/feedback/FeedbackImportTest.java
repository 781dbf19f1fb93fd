package fi.kohtaamo.feedback;

import com.fasterxml.jackson.databind.ObjectMapper;
import fi.kohtaamo.feedback.domain.Feedback;
import fi.kohtaamo.feedback.domain.SurveyResponse;
import fi.kohtaamo.outbox.CloudEvent;
import fi.kohtaamo.testsupport.GreenMailResource;
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
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

/** An organisation's feedback and survey answers from an earlier system: with their own times, anonymous, once. */
@QuarkusTest
@QuarkusTestResource(value = KohtaamoServicesResource.class, initArgs = @ResourceArg(name = "schema", value = "feedback"))
@QuarkusTestResource(GreenMailResource.class)
class FeedbackImportTest {

    private static final Instant RECEIVED = Instant.now().minus(Duration.ofDays(300)).truncatedTo(ChronoUnit.SECONDS);

    @Inject
    ObjectMapper mapper;

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    private static Map<String, Object> pastFeedback(String externalId) {
        Map<String, Object> past = new HashMap<>();
        past.put("externalId", externalId);
        past.put("kind", "COMPLAINT");
        past.put("channel", "LETTER");
        past.put("language", "sv");
        past.put("text", "Vägen plogades inte.");
        past.put("receivedAt", RECEIVED.toString());
        past.put("answeredAt", RECEIVED.plus(Duration.ofDays(3)).toString());
        past.put("closedAt", RECEIVED.plus(Duration.ofDays(4)).toString());
        return past;
    }

    @Test
    @TestSecurity(user = "import-manager", roles = "manager")
    @OidcSecurity(claims = @Claim(key = "org", value = "ely-kainuu"))
    void pastFeedbackKeepsItsTimesIsAnnouncedAndImportedOnce() {
        String externalId = "fb-" + UUID.randomUUID();
        Map<String, Object> batch = Map.of("feedback", List.of(pastFeedback(externalId)));
        String id = given().contentType(ContentType.JSON).body(batch).when().post("/api/v1/feedback/imports")
                .then().statusCode(200).body("created", equalTo(1)).extract().path("items[0].id");

        Feedback stored = QuarkusTransaction.requiringNew().call(() -> Feedback.<Feedback>findById(UUID.fromString(id)));
        assertThat(stored.organisation).isEqualTo("ely-kainuu");
        assertThat(stored.status).isEqualTo(Feedback.Status.CLOSED);
        assertThat(stored.receivedAt).isEqualTo(RECEIVED);
        assertThat(stored.answeredAt).isEqualTo(RECEIVED.plus(Duration.ofDays(3)));
        assertThat(stored.closedAt).isEqualTo(RECEIVED.plus(Duration.ofDays(4)));
        assertThat(stored.senderEmail).isNull();

        List<ConsumerRecord<String, String>> records = new KafkaTestClient(bootstrapServers)
                .await("kohtaamo.feedback.v1", record -> id.equals(record.key()), 1, Duration.ofSeconds(30));
        CloudEvent received = CloudEvent.parse(mapper, records.get(0).value());
        assertThat(received.type()).isEqualTo("fi.kohtaamo.feedback.received.v1");
        assertThat(Instant.parse(received.data().path("receivedAt").asText())).isEqualTo(RECEIVED);
        assertThat(records.get(0).value()).as("no text in events").doesNotContain("plogades");

        given().contentType(ContentType.JSON).body(batch).when().post("/api/v1/feedback/imports")
                .then().statusCode(200).body("created", equalTo(0)).body("existing", equalTo(1)).body("items[0].id", equalTo(id));
    }

    @Test
    @TestSecurity(user = "import-manager", roles = "manager")
    @OidcSecurity(claims = @Claim(key = "org", value = "ely-kainuu"))
    void aRefusedItemIsNamedAndRefusesTheBatch() {
        String kept = "fb-" + UUID.randomUUID();
        Map<String, Object> backwards = pastFeedback("fb-" + UUID.randomUUID());
        backwards.put("closedAt", RECEIVED.plus(Duration.ofDays(1)).toString());
        given().contentType(ContentType.JSON).body(Map.of("feedback", List.of(pastFeedback(kept), backwards)))
                .when().post("/api/v1/feedback/imports")
                .then().statusCode(400).body("violations[0].field", equalTo("feedback[1].closedAt"));
        Map<String, Object> foreign = pastFeedback("fb-" + UUID.randomUUID());
        foreign.put("serviceId", UUID.randomUUID().toString());
        given().contentType(ContentType.JSON).body(Map.of("feedback", List.of(foreign)))
                .when().post("/api/v1/feedback/imports")
                .then().statusCode(400).body("violations[0].field", equalTo("feedback[0].serviceId"));
        Map<String, Object> wrongKind = pastFeedback("fb-" + UUID.randomUUID());
        wrongKind.put("kind", "RANT");
        given().contentType(ContentType.JSON).body(Map.of("feedback", List.of(wrongKind)))
                .when().post("/api/v1/feedback/imports")
                .then().statusCode(400).body("violations[0].field", equalTo("feedback[0].kind"));
        long stored = QuarkusTransaction.requiringNew().call(() -> Feedback.count("externalId", kept));
        assertThat(stored).as("nothing of a refused batch is kept").isZero();
    }

    @Test
    @TestSecurity(user = "import-manager", roles = "manager")
    @OidcSecurity(claims = @Claim(key = "org", value = "ely-kainuu"))
    void pastSurveyAnswersAreCheckedAndKeepTheirTimes() {
        String survey = given().contentType(ContentType.JSON).body(SurveyTest.stakeholderSurvey()).when().post("/api/v1/surveys")
                .then().statusCode(201).extract().path("id");
        String path = "/api/v1/surveys/" + survey + "/responses/imports";
        Map<String, Object> answer = Map.of("externalId", "ans-1", "language", "fi", "respondedAt", RECEIVED.toString(),
                "answers", List.of(Map.of("question", "overall", "score", 4), Map.of("question", "recommend", "score", 9)));
        Map<String, Object> outOfRange = Map.of("externalId", "ans-2", "language", "fi", "respondedAt", RECEIVED.toString(),
                "answers", List.of(Map.of("question", "overall", "score", 7), Map.of("question", "recommend", "score", 9)));

        given().contentType(ContentType.JSON).body(Map.of("responses", List.of(answer, outOfRange))).when().post(path)
                .then().statusCode(400).body("violations[0].field", equalTo("responses[1].answers[0].score"));
        String id = given().contentType(ContentType.JSON).body(Map.of("responses", List.of(answer))).when().post(path)
                .then().statusCode(200).body("created", equalTo(1)).extract().path("items[0].id");
        given().contentType(ContentType.JSON).body(Map.of("responses", List.of(answer))).when().post(path)
                .then().statusCode(200).body("existing", equalTo(1));

        SurveyResponse stored = QuarkusTransaction.requiringNew().call(() -> SurveyResponse.<SurveyResponse>findById(UUID.fromString(id)));
        assertThat(stored.respondedAt).isEqualTo(RECEIVED);
        assertThat(stored.csat).isEqualTo(4);
        assertThat(stored.nps).isEqualTo(9);
        assertThat(stored.invitationId).isNull();
        assertThat(stored.clientId).isNull();
    }

    @Test
    @TestSecurity(user = "other-manager", roles = "manager")
    @OidcSecurity(claims = @Claim(key = "org", value = "ely-lappi"))
    void anotherOrganisationsSurveyIsNotFound() {
        given().contentType(ContentType.JSON).body(Map.of("responses", List.of(Map.of("externalId", "x", "language", "fi",
                        "respondedAt", RECEIVED.toString(), "answers", List.of(Map.of("question", "overall", "score", 4))))))
                .when().post("/api/v1/surveys/" + UUID.randomUUID() + "/responses/imports")
                .then().statusCode(404);
    }

    @Test
    @TestSecurity(user = "import-handler", roles = "feedback-handler")
    @OidcSecurity(claims = @Claim(key = "org", value = "ely-kainuu"))
    void onlyManagersImport() {
        given().contentType(ContentType.JSON).body(Map.of("feedback", List.of(pastFeedback("fb-" + UUID.randomUUID()))))
                .when().post("/api/v1/feedback/imports").then().statusCode(403);
    }
}
