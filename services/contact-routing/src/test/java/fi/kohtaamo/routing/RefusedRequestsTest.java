package fi.kohtaamo.routing;

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
 * The bad-input pass over every operation of contact routing's document, against a contact,
 * a queue, a routing rule, a calendar and a service-level policy that exist: never a 5xx, every
 * refusal a problem document, and a refused request, a read too, changes no row of the schema.
 */
@QuarkusTest
@QuarkusTestResource(value = KohtaamoServicesResource.class, initArgs = @ResourceArg(name = "schema", value = "routing"))
class RefusedRequestsTest {

    /** Written by the outbox relay and the consumers on their own, whatever a request does. */
    /**
     * Left out of the snapshot: the event mechanism's tables, and the files' bytes, which other
     * tests leave by the megabyte and hashing them for every request took minutes; a change to
     * a file shows in its {@code attachment} row (size, sha-256) all the same.
     */
    private static final Set<String> MECHANISM = Set.of("outbox_event", "inbox_event", "dead_letter", "flyway_schema_history",
            "attachment_content");

    @Inject
    AgroalDataSource dataSource;

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @Test
    @TestSecurity(user = "refusal-supervisor", roles = {"supervisor", "agent"})
    @OidcSecurity(claims = @Claim(key = "org", value = "ely-uusimaa"))
    void aRefusedRequestChangesNothing() throws Exception {
        RoutingTestSupport.feedCatalogueOnce(bootstrapServers);
        String contact = given().contentType(ContentType.JSON).body(Map.of("serviceId", RoutingTestSupport.PERMIT_SERVICE.toString(),
                        "description", "Liittymälupa tilalle.", "language", "fi", "attributes", RoutingTestSupport.PERMIT_ANSWERS))
                .when().post("/api/v1/contacts").then().statusCode(201).extract().path("id");
        String rule = given().contentType(ContentType.JSON).body(Map.of("position", 90, "name", "Refusals",
                        "conditions", Map.of("segments", List.of("farmers")), "targetQueue", "uusimaa-permits", "priority", 2))
                .when().post("/api/v1/routing-rules").then().statusCode(201).extract().path("id");
        String queue = firstId("/api/v1/queues");
        String calendar = firstId("/api/v1/service-hours/calendars");
        String policy = firstId("/api/v1/service-hours/sla-policies");

        RefusedRequestsPass pass = new RefusedRequestsPass(RefusedRequestsPass.document(), (path, name) -> switch (name) {
            case "id" -> path.startsWith("/api/v1/contacts") ? contact : path.startsWith("/api/v1/queues") ? queue
                    : path.startsWith("/api/v1/routing-rules") ? rule : path.contains("/calendars/") ? calendar
                    : path.contains("/sla-policies/") ? policy : null;
            case "subject" -> "refusal-supervisor";
            case "format" -> "json";
            default -> null;
        }, this::state, Set.of());
        RefusedRequestsPass.Result result = pass.run();

        System.out.printf("refused-requests pass: %d operations, %d requests, %s%n", result.operations(), result.requests(), result.statuses());
        assertThat(result.requests()).isGreaterThan(300);
        assertThat(result.findings()).as("refused requests that changed data, 5xx or refusals without a problem").isEmpty();
    }

    private static String firstId(String list) {
        return given().when().get(list).then().statusCode(200).extract().path("[0].id");
    }

    private SchemaState state() throws Exception {
        try (Connection connection = dataSource.getConnection()) {
            return SchemaState.of(connection, "routing", MECHANISM);
        }
    }
}
