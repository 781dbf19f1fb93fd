package fi.kohtaamo.feedback;

import com.fasterxml.jackson.databind.ObjectMapper;
import fi.kohtaamo.feedback.domain.Feedback;
import fi.kohtaamo.feedback.domain.FeedbackEntry;
import fi.kohtaamo.feedback.domain.SurveyResponse;
import fi.kohtaamo.outbox.CloudEvent;
import fi.kohtaamo.testsupport.Concurrently;
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
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
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
                .await("kohtaamo.feedback.v1", record -> id.equals(record.key()), 2, Duration.ofSeconds(30));
        assertThat(records).extracting(record -> CloudEvent.parse(mapper, record.value()).type())
                .as("announced as live feedback is: received, then answered")
                .containsExactly("fi.kohtaamo.feedback.received.v1", "fi.kohtaamo.feedback.answered.v1");
        CloudEvent received = CloudEvent.parse(mapper, records.get(0).value());
        assertThat(Instant.parse(received.data().path("receivedAt").asText())).isEqualTo(RECEIVED);
        assertThat(received.data().path("status").asText()).as("as it was on arrival").isEqualTo("NEW");
        CloudEvent answered = CloudEvent.parse(mapper, records.get(1).value());
        assertThat(Instant.parse(answered.data().path("answeredAt").asText())).isEqualTo(RECEIVED.plus(Duration.ofDays(3)));
        assertThat(Instant.parse(answered.data().path("occurredAt").asText())).isEqualTo(RECEIVED.plus(Duration.ofDays(3)));
        assertThat(answered.data().path("onTime").asBoolean()).as("within the 5-day reply target").isTrue();
        assertThat(answered.data().path("mailed").asBoolean()).isFalse();
        assertThat(answered.source()).isEqualTo(received.source());
        assertThat(records).allSatisfy(record -> assertThat(record.value()).as("no text in events").doesNotContain("plogades"));
        List<String> steps = QuarkusTransaction.requiringNew().call(() -> FeedbackEntry.<FeedbackEntry>list("feedbackId", UUID.fromString(id))
                .stream().map(entry -> entry.kind.name()).toList());
        assertThat(steps).containsExactlyInAnyOrder("RECEIVED", "ANSWERED", "CLOSED");

        given().contentType(ContentType.JSON).body(batch).when().post("/api/v1/feedback/imports")
                .then().statusCode(200).body("created", equalTo(0)).body("existing", equalTo(1)).body("items[0].id", equalTo(id));

        Map<String, Object> changed = pastFeedback(externalId);
        changed.put("kind", "PRAISE");
        given().contentType(ContentType.JSON).body(Map.of("feedback", List.of(pastFeedback("fb-" + UUID.randomUUID()), changed)))
                .when().post("/api/v1/feedback/imports")
                .then().statusCode(422).contentType("application/problem+json")
                .body("violations[0].field", equalTo("feedback[1].externalId"));
    }

    @Test
    @TestSecurity(user = "import-manager", roles = "manager")
    @OidcSecurity(claims = @Claim(key = "org", value = "ely-kainuu"))
    void twoConcurrentBatchesWithTheSameNewIdImportItOnceAndTheOtherIsA409() throws Exception {
        String shared = "race-" + UUID.randomUUID();
        // After the shared item each batch goes on with 100 of its own, so that the other batch
        // meets the shared id while the first still holds it uncommitted.
        List<Map<String, Object>> first = new ArrayList<>(List.of(pastFeedback(shared)));
        List<Map<String, Object>> second = new ArrayList<>(List.of(pastFeedback(shared)));
        for (int i = 0; i < 100; i++) {
            first.add(pastFeedback("race-a-" + UUID.randomUUID()));
            second.add(pastFeedback("race-b-" + UUID.randomUUID()));
        }

        List<Response> answers = Concurrently.post("/api/v1/feedback/imports", Map.of("feedback", first), Map.of("feedback", second));

        assertThat(answers).extracting(Response::statusCode).containsExactlyInAnyOrder(200, 409);
        Response refused = answers.stream().filter(answer -> answer.statusCode() == 409).findFirst().orElseThrow();
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(refused.jsonPath().getString("violations[0].field")).isEqualTo("feedback[0].externalId");
        long stored = QuarkusTransaction.requiringNew().call(() -> Feedback.count("externalId", shared));
        assertThat(stored).isEqualTo(1);
        List<Map<String, Object>> repeated = answers.get(0).statusCode() == 409 ? first : second;
        given().contentType(ContentType.JSON).body(Map.of("feedback", repeated)).when().post("/api/v1/feedback/imports")
                .then().statusCode(200).body("existing", equalTo(1)).body("created", equalTo(100));
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
        Map<String, Object> otherScore = Map.of("externalId", "ans-1", "language", "fi", "respondedAt", RECEIVED.toString(),
                "answers", List.of(Map.of("question", "overall", "score", 2), Map.of("question", "recommend", "score", 9)));
        given().contentType(ContentType.JSON).body(Map.of("responses", List.of(otherScore))).when().post(path)
                .then().statusCode(422).body("violations[0].field", equalTo("responses[0].externalId"));

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
