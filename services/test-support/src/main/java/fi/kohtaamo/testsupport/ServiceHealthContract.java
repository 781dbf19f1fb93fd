package fi.kohtaamo.testsupport;

import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.startsWith;

/**
 * What every Kohtaamo service answers at /q: readiness that checks the database and Kafka,
 * Prometheus metrics and its OpenAPI document, exact enough to generate a typed client from. A service's test extends this with its own
 * {@code @QuarkusTest} and {@code @QuarkusTestResource}.
 */
public abstract class ServiceHealthContract {

    @Test
    void readyWhenDatabaseAndKafkaAreUp() {
        given().when().get("/q/health/ready")
                .then().statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.name", hasItems("Database connections health check", "Kafka connection health check"));
    }

    @Test
    void servesMetricsAndOpenApi() {
        given().when().get("/q/metrics").then().statusCode(200);
        given().when().get("/q/openapi?format=json").then().statusCode(200).body("openapi", startsWith("3."));
    }

    @Test
    void documentsEveryOperationExactly() {
        OpenApiContract.assertEveryOperationExact();
    }
}
