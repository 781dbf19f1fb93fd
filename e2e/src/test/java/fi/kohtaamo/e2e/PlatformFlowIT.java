package fi.kohtaamo.e2e;

import io.restassured.http.ContentType;
import io.restassured.response.Response;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;

/**
 * The walking skeleton through the whole platform: the gateway, real Keycloak tokens, the
 * catalogue's events reaching contact routing, contact.received reaching feedback over Kafka.
 */
class PlatformFlowIT {

    private static final String PERMIT_SERVICE = "5e2b8f10-7a3c-4d1e-8b9f-00000000a004";
    private static String agentToken;
    private static String managerToken;
    private static String citizenToken;
    private static String agencyToken;

    @BeforeAll
    static void tokens() {
        agentToken = Platform.userToken("agent.uusimaa");
        managerToken = Platform.userToken("manager.uusimaa");
        citizenToken = Platform.userToken("citizen.1");
        agencyToken = Platform.agencyToken();
    }

    @Test
    void anAnonymousContactCrossesKafkaAndReachesTheAgentsQueue() {
        Platform.gateway().when().get("/api/v1/services")
                .then().statusCode(200).header("X-Total-Count", "40").body("", hasSize(40)).body("id", hasItem(PERMIT_SERVICE));

        long before = contactsCounted(PERMIT_SERVICE);

        // Contact routing learns the catalogue's services from its events; allow it a moment after start.
        AtomicReference<Response> created = new AtomicReference<>();
        Awaitility.await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofSeconds(1)).until(() -> {
            Response response = Platform.gateway().contentType(ContentType.JSON)
                    .body(Map.of("serviceId", PERMIT_SERVICE, "language", "fi", "attributes", Platform.PERMIT_ANSWERS,
                            "description", "Haen liittymälupaa maantielle " + UUID.randomUUID()))
                    .when().post("/api/v1/contacts");
            created.set(response);
            return response.statusCode() == 201;
        });
        String contactId = created.get().path("id");
        assertThat((String) created.get().path("trackingCode")).matches("KH-[2-9A-HJKMNP-TV-Z]{4}-[2-9A-HJKMNP-TV-Z]{4}");
        assertThat((String) created.get().path("accessSecret")).isNotBlank();

        // feedback consumed contact.received from Kafka and counts it, exactly once
        Awaitility.await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(500))
                .until(() -> contactsCounted(PERMIT_SERVICE) == before + 1);

        // and the agent sees it in the service's queue, through the gateway with a real token
        String queueId = Platform.gateway().auth().oauth2(agentToken).when().get("/api/v1/queues")
                .then().statusCode(200).extract().path("find { it.code == 'uusimaa-permits' }.id");
        Platform.gateway().auth().oauth2(agentToken).when().get("/api/v1/queues/" + queueId + "/contacts?limit=500")
                .then().statusCode(200).body("id", hasItem(contactId));

        Platform.gateway().contentType(ContentType.JSON)
                .body(Map.of("trackingCode", created.get().path("trackingCode"),
                        "accessSecret", created.get().path("accessSecret")))
                .when().post("/api/v1/contacts/lookup")
                .then().statusCode(200).body("status", equalTo("QUEUED"));
    }

    @Test
    void anAgencySystemSubmitsWithClientCredentialsAndAnIdempotencyKey() {
        String key = "e2e-" + UUID.randomUUID();
        Map<String, Object> body = Map.of("serviceId", PERMIT_SERVICE, "language", "sv", "attributes", Platform.PERMIT_ANSWERS,
                "description", "Ansökan från ett myndighetssystem");
        String first = Awaitility.await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofSeconds(1))
                .until(() -> Platform.gateway().auth().oauth2(agencyToken).header("Idempotency-Key", key)
                        .contentType(ContentType.JSON).body(body).when().post("/api/v1/contacts"),
                        response -> response.statusCode() == 201)
                .path("id");
        Platform.gateway().auth().oauth2(agencyToken).header("Idempotency-Key", key)
                .contentType(ContentType.JSON).body(body).when().post("/api/v1/contacts")
                .then().statusCode(200).body("id", equalTo(first));

        String queueId = Platform.gateway().auth().oauth2(agentToken).when().get("/api/v1/queues")
                .then().extract().path("find { it.code == 'uusimaa-permits' }.id");
        Platform.gateway().auth().oauth2(agentToken).when().get("/api/v1/queues/" + queueId + "/contacts?limit=500")
                .then().statusCode(200).body("find { it.id == '" + first + "' }.channel", equalTo("API"));
    }

    @Test
    void theCataloguesOpen311AndServiceDetailThroughTheGateway() {
        Platform.gateway().when().get("/open311/v2/services.json")
                .then().statusCode(200).body("service_code", hasItem("road-maintenance-feedback"));
        Platform.gateway().header("Accept-Language", "sv").when().get("/api/v1/services/" + PERMIT_SERVICE)
                .then().statusCode(200).body("title", equalTo("Anslutningstillstånd till landsväg"))
                .body("channels.type", hasItem("PHONE"));
    }

    @Test
    void theForbiddenPaths() {
        String queue = "/api/v1/queues/7c1f0a00-0000-4000-8000-000000000002/contacts";
        Platform.gateway().when().get(queue).then().statusCode(401);
        Platform.gateway().auth().oauth2(citizenToken).when().get(queue).then().statusCode(403);
        Platform.gateway().auth().oauth2("not-a-token").when().get(queue).then().statusCode(401);
        // an agent of another organisation: the queue is not there for them
        Platform.gateway().auth().oauth2(Platform.userToken("agent.pirkanmaa")).when().get(queue).then().statusCode(404);
        Platform.gateway().auth().oauth2(agentToken).when().get("/api/v1/statistics/contact-volumes").then().statusCode(403);
    }

    @Test
    void badInputIsAProblemNamingTheField() {
        Platform.gateway().contentType(ContentType.JSON).body(Map.of("language", "de"))
                .when().post("/api/v1/contacts")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("violations.field", hasItem("description"))
                .body("violations.field", hasItem("language"));
    }

    @Test
    void theGatewayServesEachServicesOpenApiDocumentAndSecurityHeaders() {
        Platform.gateway().when().get("/openapi").then().statusCode(200).body("services.name", hasItem("routing"));
        Platform.gateway().when().get("/openapi/routing").then().statusCode(200)
                .body("paths.'/api/v1/contacts'", notNullValue());
        Platform.gateway().when().get("/").then().statusCode(200)
                .header("X-Frame-Options", "DENY")
                .header("Content-Security-Policy", containsString("default-src 'self'"))
                .body(containsString("Liittymälupa maantielle"));
    }

    private static long contactsCounted(String serviceId) {
        List<Map<String, Object>> volumes = Platform.gateway().auth().oauth2(managerToken)
                .queryParam("from", "2000-01-01T00:00:00Z")
                .when().get("/api/v1/statistics/contact-volumes")
                .then().statusCode(200).extract().jsonPath().getList("");
        return volumes.stream().filter(v -> serviceId.equals(v.get("serviceId")))
                .mapToLong(v -> ((Number) v.get("contacts")).longValue()).sum();
    }
}
