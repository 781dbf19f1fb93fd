package fi.kohtaamo.webhooks;

import fi.kohtaamo.testsupport.KohtaamoServicesResource;
import fi.kohtaamo.testsupport.RefusedRequestsPass;
import fi.kohtaamo.testsupport.SchemaState;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import io.restassured.http.ContentType;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The bad-input pass over every operation of the webhooks document, against a subscription and a
 * delivery that exist: never a 5xx, every refusal a problem document, and a refused request, a read
 * too, changes no row of the schema. The subscription is inactive, so the worker leaves its
 * deliveries alone while the pass compares the schema.
 */
@QuarkusTest
@QuarkusTestResource(value = KohtaamoServicesResource.class, initArgs = @ResourceArg(name = "schema", value = "webhooks"))
class RefusedRequestsTest {

    /** Written by the consumers on their own, whatever a request does. */
    private static final Set<String> MECHANISM = Set.of("outbox_event", "inbox_event", "dead_letter", "flyway_schema_history");

    @Inject
    AgroalDataSource dataSource;

    @Test
    @TestSecurity(user = "catalogue-admin.satakunta", roles = "catalogue-admin")
    @OidcSecurity(claims = @Claim(key = "org", value = "ely-satakunta"))
    void aRefusedRequestChangesNothing() throws Exception {
        ExtractableResponse<Response> created = given().contentType(ContentType.JSON)
                .body(WebhookDeliveryTest.subscription("http://127.0.0.1:9/hook", List.of("contact.closed")))
                .when().post("/api/v1/webhooks/subscriptions").then().statusCode(201).extract();
        String subscription = created.path("subscription.id");
        Map<String, Object> paused = WebhookDeliveryTest.subscription("http://127.0.0.1:9/hook", List.of("contact.closed"));
        paused.put("active", false);
        given().contentType(ContentType.JSON).body(paused).header("If-Match", created.header("ETag"))
                .when().put("/api/v1/webhooks/subscriptions/" + subscription).then().statusCode(200);
        String delivery = given().when().post("/api/v1/webhooks/subscriptions/" + subscription + "/test-events")
                .then().statusCode(202).extract().path("id");

        RefusedRequestsPass pass = new RefusedRequestsPass(RefusedRequestsPass.document(), (path, name) -> switch (name) {
            case "id" -> subscription;
            case "deliveryId" -> delivery;
            default -> null;
        }, this::state, Set.of());
        RefusedRequestsPass.Result result = pass.run();

        System.out.printf("refused-requests pass: %d operations, %d requests, %s%n", result.operations(), result.requests(), result.statuses());
        assertThat(result.requests()).isGreaterThan(50);
        assertThat(result.findings()).as("refused requests that changed data, 5xx or refusals without a problem").isEmpty();
    }

    private SchemaState state() throws Exception {
        try (Connection connection = dataSource.getConnection()) {
            return SchemaState.of(connection, "webhooks", MECHANISM);
        }
    }
}
