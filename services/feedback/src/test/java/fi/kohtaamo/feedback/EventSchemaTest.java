package fi.kohtaamo.feedback;

import fi.kohtaamo.caller.Caller;
import fi.kohtaamo.testsupport.GreenMailResource;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import fi.kohtaamo.feedback.domain.Feedback;
import fi.kohtaamo.feedback.domain.KnownService;
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
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/** What feedback puts on Kafka is what its documented schemas in events/ say, and so is the example. */
@QuarkusTest
@QuarkusTestResource(value = KohtaamoServicesResource.class, initArgs = @ResourceArg(name = "schema", value = "feedback"))
@QuarkusTestResource(GreenMailResource.class)
class EventSchemaTest {

    private static final Path EVENTS = Path.of("events");

    @Inject
    ObjectMapper mapper;

    @Inject
    Feedbacks feedbacks;

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    private JsonSchema schema(String file) throws Exception {
        return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
                .getSchema(mapper.readTree(Files.readString(EVENTS.resolve(file))));
    }

    private JsonNode published(Fixtures fixtures, String key, String type) throws Exception {
        return mapper.readTree(fixtures.kafka().await("kohtaamo.feedback.v1",
                record -> key.equals(record.key()) && record.value().contains(type), 1, Duration.ofSeconds(30)).get(0).value());
    }

    @Test
    void theExampleFollowsItsSchemaAndTheSchemaChecks() throws Exception {
        JsonSchema invited = schema("feedback.satisfaction-survey-invited.v1.schema.json");
        ObjectNode example = (ObjectNode) mapper.readTree(Files.readString(
                EVENTS.resolve("feedback.satisfaction-survey-invited.v1.example.json")));
        assertThat(invited.validate(example)).isEmpty();
        ((ObjectNode) example.get("data")).remove("surveyUrl");
        ((ObjectNode) example.get("data")).put("language", "de");
        assertThat(invited.validate(example)).as("the schema does check").hasSize(2);
    }

    @Test
    void everyEventFeedbackEmitsFollowsItsSchema() throws Exception {
        Fixtures fixtures = new Fixtures(mapper, bootstrapServers);
        UUID service = fixtures.service("ely-uusimaa", "ROADS_AND_TRAFFIC");
        // the catalogue's example names the service's responsibility area, which this copy keeps
        assertThat(QuarkusTransaction.requiringNew().call(() -> KnownService.<KnownService>findById(service).responsibilityAreaId))
                .hasToString("7c1d2e3f-4a5b-4c6d-8e7f-9a0b1c2d3e4f");
        Caller handler = new Caller("h", "handler", "ely-uusimaa", Set.of("feedback-handler"), false);
        Feedback feedback = QuarkusTransaction.requiringNew().call(() -> feedbacks.receive(Caller.ANONYMOUS,
                new NewFeedback("QUESTION", "Milloin tie aurataan?", "fi", null, service, null, null, null, "a@example.org", null)));
        QuarkusTransaction.requiringNew().run(() -> feedbacks.reply(handler, feedback.id, "Tänään."));
        JsonSchema feedbackSchema = schema("feedback.received.v1.schema.json");
        assertThat(feedbackSchema.validate(published(fixtures, feedback.id.toString(), Feedbacks.RECEIVED))).isEmpty();
        assertThat(feedbackSchema.validate(published(fixtures, feedback.id.toString(), Feedbacks.ANSWERED))).isEmpty();

        UUID contact = fixtures.resolvedContact(service, "ely-uusimaa", null, "en");
        JsonNode invited = published(fixtures, contact.toString(), Satisfaction.INVITED);
        assertThat(schema("feedback.satisfaction-survey-invited.v1.schema.json").validate(invited)).isEmpty();
        String url = invited.path("data").path("surveyUrl").asText();
        String responseId = given().contentType(ContentType.JSON).body(Map.of("answers",
                        List.of(Map.of("question", "satisfaction", "score", 5))))
                .when().post("/api/v1/survey-invitations/" + url.substring(url.lastIndexOf('/') + 1) + "/response")
                .then().statusCode(201).extract().path("responseId");
        assertThat(schema("feedback.survey-response-recorded.v1.schema.json").validate(
                published(fixtures, responseId, "survey-response-recorded"))).isEmpty();
    }
}
