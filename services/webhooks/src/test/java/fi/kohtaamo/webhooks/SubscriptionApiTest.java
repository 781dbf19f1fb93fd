package fi.kohtaamo.webhooks;

import fi.kohtaamo.testsupport.KohtaamoServicesResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import io.restassured.http.ContentType;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

/** The subscriptions API: who may, If-Match, the targets refused, and bad input answered as problems naming the field. */
@QuarkusTest
@QuarkusTestResource(value = KohtaamoServicesResource.class, initArgs = @ResourceArg(name = "schema", value = "webhooks"))
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SubscriptionApiTest {

    private static String uusimaas;

    private static final String TARGET = "http://127.0.0.1:9/hook";

    @Test
    @TestSecurity(user = "catalogue-admin.uusimaa", roles = "catalogue-admin")
    @OidcSecurity(claims = @Claim(key = "org", value = "ely-uusimaa"))
    void anAdministratorCreatesChangesAndDeletesWithIfMatch() {
        ExtractableResponse<Response> created = given().contentType(ContentType.JSON)
                .body(WebhookDeliveryTest.subscription(TARGET, List.of("contact.resolved", "service.published")))
                .when().post("/api/v1/webhooks/subscriptions").then().statusCode(201)
                .body("subscription.organisation", equalTo("ely-uusimaa")).body("subscription.active", equalTo(true))
                .body("subscription.createdByClient", nullValue())
                .body("secret", containsString("whsec_")).extract();
        String id = created.path("subscription.id");
        given().when().get("/api/v1/webhooks/subscriptions").then().statusCode(200)
                .body("id", hasItem(id)).body("secret", not(hasItem(containsString("whsec_"))));
        given().when().get("/api/v1/webhooks/subscriptions/" + id).then().statusCode(200).body("secret", nullValue())
                .header("ETag", created.header("ETag"));

        Map<String, Object> change = WebhookDeliveryTest.subscription(TARGET, List.of("contact.closed"));
        change.put("active", false);
        given().contentType(ContentType.JSON).body(change).when().put("/api/v1/webhooks/subscriptions/" + id).then().statusCode(428);
        given().contentType(ContentType.JSON).body(change).header("If-Match", "\"99\"")
                .when().put("/api/v1/webhooks/subscriptions/" + id).then().statusCode(412).body("currentVersion", equalTo(1));
        String etag = given().contentType(ContentType.JSON).body(change).header("If-Match", created.header("ETag"))
                .when().put("/api/v1/webhooks/subscriptions/" + id).then().statusCode(200)
                .body("eventTypes", equalTo(List.of("contact.closed"))).body("active", equalTo(false)).extract().header("ETag");
        given().when().delete("/api/v1/webhooks/subscriptions/" + id).then().statusCode(428);
        given().header("If-Match", created.header("ETag")).when().delete("/api/v1/webhooks/subscriptions/" + id).then().statusCode(412);
        given().header("If-Match", etag).when().delete("/api/v1/webhooks/subscriptions/" + id).then().statusCode(204);
        given().when().get("/api/v1/webhooks/subscriptions/" + id).then().statusCode(404);
    }

    @Test
    @TestSecurity(user = "catalogue-admin.uusimaa", roles = "catalogue-admin")
    @OidcSecurity(claims = @Claim(key = "org", value = "ely-uusimaa"))
    void privateLinkLocalAndPlainAddressesAreRefused() {
        for (String url : List.of("http://10.1.2.3/hook", "http://192.168.0.10/hook", "http://169.254.169.254/latest/meta-data",
                "http://[::1]:8080/hook", "http://[fd00::1]/hook", "http://100.64.0.1/hook", "ftp://127.0.0.1/hook",
                "http://user:pw@127.0.0.1/hook", "not a url", "/relative")) {
            given().contentType(ContentType.JSON).body(WebhookDeliveryTest.subscription(url, List.of("contact.closed")))
                    .when().post("/api/v1/webhooks/subscriptions").then().statusCode(400)
                    .body("violations[0].field", equalTo("url"));
        }
    }

    @Test
    @Order(1)
    @TestSecurity(user = "catalogue-admin.uusimaa", roles = "catalogue-admin")
    @OidcSecurity(claims = @Claim(key = "org", value = "ely-uusimaa"))
    void anAgencyHasItsOwnSubscription() {
        uusimaas = given().contentType(ContentType.JSON).body(WebhookDeliveryTest.subscription(TARGET, List.of("contact.closed")))
                .when().post("/api/v1/webhooks/subscriptions").then().statusCode(201).extract().path("subscription.id");
    }

    @Test
    @Order(2)
    @TestSecurity(user = "catalogue-admin.pirkanmaa", roles = "catalogue-admin")
    @OidcSecurity(claims = @Claim(key = "org", value = "ely-pirkanmaa"))
    void anotherOrganisationsSubscriptionIsNotFound() {
        String id = uusimaas;
        given().when().get("/api/v1/webhooks/subscriptions/" + id).then().statusCode(404);
        given().contentType(ContentType.JSON).body(WebhookDeliveryTest.subscription(TARGET, List.of("contact.closed")))
                .header("If-Match", "\"1\"").when().put("/api/v1/webhooks/subscriptions/" + id).then().statusCode(404);
        given().header("If-Match", "\"1\"").when().delete("/api/v1/webhooks/subscriptions/" + id).then().statusCode(404);
        given().when().get("/api/v1/webhooks/subscriptions/" + id + "/deliveries").then().statusCode(404);
        given().when().post("/api/v1/webhooks/subscriptions/" + id + "/test-events").then().statusCode(404);
        given().when().get("/api/v1/webhooks/subscriptions").then().statusCode(200).body("id", not(hasItem(id)));
    }

    @Test
    @TestSecurity(user = "agent.uusimaa", roles = "agent")
    @OidcSecurity(claims = @Claim(key = "org", value = "ely-uusimaa"))
    void staffWithoutTheAdministratorRoleAreRefused() {
        given().when().get("/api/v1/webhooks/subscriptions").then().statusCode(403);
        given().contentType(ContentType.JSON).body(WebhookDeliveryTest.subscription(TARGET, List.of("contact.closed")))
                .when().post("/api/v1/webhooks/subscriptions").then().statusCode(403);
    }

    @Test
    void nobodySignedInIsRefused() {
        given().when().get("/api/v1/webhooks/subscriptions").then().statusCode(401);
    }

    @Test
    @TestSecurity(user = "service-account-demo-agency-system")
    @OidcSecurity(claims = {@Claim(key = "org", value = "ely-uusimaa"), @Claim(key = "client_id", value = "demo-agency-system")})
    void badInputIsAProblemNamingTheField() {
        given().contentType(ContentType.JSON).body(WebhookDeliveryTest.subscription(TARGET, List.of("contact.closed")))
                .when().post("/api/v1/webhooks/subscriptions").then().statusCode(201)
                .body("subscription.createdByClient", equalTo("demo-agency-system"));
        post(Map.of("url", TARGET, "description", "a\u0000b", "eventTypes", List.of("contact.closed")), "description");
        post(Map.of("url", "http://127.0.0.1/" + "a".repeat(100_000), "eventTypes", List.of("contact.closed")), "url");
        post(Map.of("url", TARGET, "description", "a".repeat(100_000), "eventTypes", List.of("contact.closed")), "description");
        post(Map.of("url", TARGET, "eventTypes", List.of("contact.exploded")), "eventTypes[0]");
        post(Map.of("url", TARGET, "eventTypes", List.of()), "eventTypes");
        post(Map.of("url", TARGET, "eventTypes", List.of("contact.closed"), "active", "maybe"), "active");
        post(Map.of("url", Map.of("a", 1), "eventTypes", List.of("contact.closed")), "url");
        given().when().get("/api/v1/webhooks/subscriptions/not-a-uuid").then().statusCode(404);
        given().when().get("/api/v1/webhooks/subscriptions/" + UUID.randomUUID()).then().statusCode(404);
        given().when().get("/api/v1/webhooks/subscriptions/" + UUID.randomUUID() + "/deliveries?limit=0").then().statusCode(400)
                .body("violations[0].field", containsString("limit"));
    }

    private static void post(Map<String, Object> body, String field) {
        given().contentType(ContentType.JSON).body(body).when().post("/api/v1/webhooks/subscriptions").then().statusCode(400)
                .contentType("application/problem+json").body("violations.field", hasItem(field));
    }
}
