package fi.kohtaamo.testsupport;

import io.quarkus.test.common.http.TestHTTPResource;
import org.junit.jupiter.api.Test;

import java.net.URL;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.startsWith;

/**
 * What every Kohtaamo service answers: on its management interface (its own port) readiness that
 * checks the database and Kafka and Prometheus metrics, neither of them on the public port, where
 * its OpenAPI document stays, exact enough to generate a typed client from. A service's test
 * extends this with its own {@code @QuarkusTest} and {@code @QuarkusTestResource}.
 */
public abstract class ServiceHealthContract {

    /** Management URLs are under the management root path (/q): this is /q/health/ready. */
    @TestHTTPResource(value = "/health/ready", management = true)
    URL ready;

    @TestHTTPResource(value = "/metrics", management = true)
    URL metrics;

    @Test
    void readyWhenDatabaseAndKafkaAreUp() {
        given().when().get(ready)
                .then().statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.name", hasItems("Database connections health check", "Kafka connection health check"));
    }

    @Test
    void servesMetricsOnTheManagementPortAndOpenApiOnThePublicOne() {
        given().when().get(metrics).then().statusCode(200);
        given().when().get("/q/openapi?format=json").then().statusCode(200).body("openapi", startsWith("3."));
    }

    @Test
    void healthAndMetricsAreNotOnThePublicPort() {
        given().when().get("/q/health/ready").then().statusCode(404);
        given().when().get("/q/metrics").then().statusCode(404);
    }

    @Test
    void documentsEveryOperationExactly() {
        OpenApiContract.assertEveryOperationExact();
    }
}
