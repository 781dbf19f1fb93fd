package fi.kohtaamo.routing;

import fi.kohtaamo.testsupport.KohtaamoServicesResource;
import fi.kohtaamo.testsupport.PostgresServer;
import fi.kohtaamo.testsupport.TestServers;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.awaitility.Awaitility;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

/**
 * Intake with the service's PostgreSQL stopped hard: once a request has found the database gone,
 * every request is answered 503 with Retry-After and a problem document at once, not after the
 * pool's acquisition timeout; once the database is back, intake works again without a restart.
 */
@QuarkusTest
@QuarkusTestResource(value = KohtaamoServicesResource.class, initArgs = @ResourceArg(name = "schema", value = "routing"))
class DatabaseDownTest {

    private static final Logger LOG = Logger.getLogger(DatabaseDownTest.class);
    /** Generous against a busy test machine; measured answers are far below it (see the log line). */
    private static final long BOUND_MILLIS = 3_000;
    /** The first request may wait for the pool (acquisition timeout 5 s) before the failure is known. */
    private static final long FIRST_BOUND_MILLIS = 5_000 + BOUND_MILLIS;

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @BeforeEach
    void feedCatalogue() throws Exception {
        RoutingTestSupport.feedCatalogueOnce(bootstrapServers);
    }

    @Test
    void intakeIsRefusedAtOnceWhileTheDatabaseIsDownAndWorksAgainAfter() {
        assertThat(submit()).isEqualTo(201);
        PostgresServer postgres = TestServers.postgres();
        List<Long> millis = new ArrayList<>();
        postgres.stopHard();
        try {
            for (int i = 0; i < 6; i++) {
                long started = System.nanoTime();
                given().contentType(ContentType.JSON).body(contact())
                        .when().post("/api/v1/contacts")
                        .then().statusCode(503)
                        .header("Retry-After", "5")
                        .contentType("application/problem+json")
                        .body("type", equalTo("https://kohtaamo.fi/problems/service-unavailable"));
                millis.add((System.nanoTime() - started) / 1_000_000);
            }
        } finally {
            postgres.startAgain();
        }
        LOG.infof("503 answers with PostgreSQL stopped, in ms (first, then known down): %s", millis);
        assertThat(millis.get(0)).as("the request that finds the database gone: at most the pool's acquisition timeout")
                .isLessThan(FIRST_BOUND_MILLIS);
        assertThat(millis.subList(1, millis.size())).as("once the database is known to be down: at once")
                .allSatisfy(ms -> assertThat(ms).isLessThan(BOUND_MILLIS));

        Awaitility.await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200))
                .until(() -> submit() == 201);
    }

    private static int submit() {
        return given().contentType(ContentType.JSON).body(contact()).when().post("/api/v1/contacts").statusCode();
    }

    private static Map<String, Object> contact() {
        return Map.of("serviceId", RoutingTestSupport.PERMIT_SERVICE.toString(),
                "description", "Liittymälupa tilalle.",
                "language", "fi",
                "attributes", RoutingTestSupport.PERMIT_ANSWERS);
    }
}
