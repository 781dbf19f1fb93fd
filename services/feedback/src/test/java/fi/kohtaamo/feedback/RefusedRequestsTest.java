package fi.kohtaamo.feedback;

import fi.kohtaamo.testsupport.GreenMailResource;
import fi.kohtaamo.testsupport.KohtaamoServicesResource;
import fi.kohtaamo.testsupport.RefusedRequestsPass;
import fi.kohtaamo.testsupport.SchemaState;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The bad-input pass over every operation of feedback's document, against feedback, a
 * survey, a theme and an invitation that exist: never a 5xx, every refusal a problem document, and
 * a refused request, a read too, changes no row of the schema.
 */
@QuarkusTest
@QuarkusTestResource(value = KohtaamoServicesResource.class, initArgs = @ResourceArg(name = "schema", value = "feedback"))
@QuarkusTestResource(GreenMailResource.class)
class RefusedRequestsTest {

    /** Written by the outbox relay and the consumers on their own, whatever a request does. */
    private static final Set<String> MECHANISM = Set.of("outbox_event", "inbox_event", "dead_letter", "flyway_schema_history");

    @Inject
    AgroalDataSource dataSource;

    @Inject
    ObjectMapper mapper;

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @Test
    @TestSecurity(user = "refusal-manager", roles = {"manager", "feedback-handler", "agent"})
    @OidcSecurity(claims = @Claim(key = "org", value = "ely-satakunta"))
    void aRefusedRequestChangesNothing() throws Exception {
        new Fixtures(mapper, bootstrapServers).service("ely-satakunta", "ROADS_AND_TRAFFIC");
        String feedback = given().contentType(ContentType.JSON).body(Map.of("kind", "COMPLAINT", "text", "Jono oli pitkä",
                "channel", "PHONE")).when().post("/api/v1/feedback").then().log().ifValidationFails().statusCode(201).extract().path("id");
        String survey = given().contentType(ContentType.JSON).body(SurveyTest.stakeholderSurvey()).when().post("/api/v1/surveys")
                .then().statusCode(201).extract().path("id");
        List<String> tokens = given().contentType(ContentType.JSON).body(Map.of("count", 1, "language", "fi"))
                .when().post("/api/v1/surveys/" + survey + "/invitations").then().statusCode(201).extract().path("invitations.token");
        given().contentType(ContentType.JSON).body(Map.of("name", Map.of("fi", "Jonot", "sv", "Köer", "en", "Queues"),
                "keywords", List.of("jono"))).when().put("/api/v1/feedback-themes/queues").then().statusCode(200);

        RefusedRequestsPass pass = new RefusedRequestsPass(RefusedRequestsPass.document(), (path, name) -> switch (name) {
            case "id" -> path.startsWith("/api/v1/surveys") ? survey : feedback;
            case "token" -> tokens.get(0);
            case "code" -> "queues";
            default -> null;
        }, this::state, Set.of());
        RefusedRequestsPass.Result result = pass.run();

        System.out.printf("refused-requests pass: %d operations, %d requests, %s%n", result.operations(), result.requests(), result.statuses());
        assertThat(result.requests()).isGreaterThan(100);
        assertThat(result.findings()).as("refused requests that changed data, 5xx or refusals without a problem").isEmpty();
    }

    private SchemaState state() throws Exception {
        try (Connection connection = dataSource.getConnection()) {
            return SchemaState.of(connection, "feedback", MECHANISM);
        }
    }
}
