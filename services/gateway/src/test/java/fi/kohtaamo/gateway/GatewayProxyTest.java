package fi.kohtaamo.gateway;

import fi.kohtaamo.testsupport.KohtaamoServicesResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

@QuarkusTest
@QuarkusTestResource(value = KohtaamoServicesResource.class, initArgs = @ResourceArg(name = "schema", value = "gateway"))
@QuarkusTestResource(OriginStubs.class)
class GatewayProxyTest {

    @Test
    void forwardsEachPrefixUnchangedToItsOwner() {
        given().when().get("/api/v1/services/42?group=PERMITS_AND_NOTIFICATIONS")
                .then().statusCode(200)
                .body("route", equalTo("catalogue"))
                .body("uri", equalTo("/api/v1/services/42?group=PERMITS_AND_NOTIFICATIONS"));
        given().when().get("/open311/v2/services.json").then().statusCode(200).body("route", equalTo("catalogue"));
        given().when().get("/open311/v2/services/road-maintenance-feedback.xml").then().body("route", equalTo("catalogue"));
        given().when().get("/open311/v2/requests.json").then().statusCode(200).body("route", equalTo("routing"));
        given().when().get("/api/v1/statistics/contact-volumes").then().statusCode(200).body("route", equalTo("feedback"));
        given().when().get("/").then().statusCode(200).body("route", equalTo("web"));
        given().when().get("/contact?service=x").then().statusCode(200).body("route", equalTo("web"));
    }

    @Test
    void forwardsBodiesAndMarksTheForwardedRequest() {
        given().contentType("application/json").body("{\"description\":\"hei\"}")
                .when().post("/api/v1/contacts")
                .then().statusCode(200)
                .body("route", equalTo("routing"))
                .body("method", equalTo("POST"))
                .body("body", equalTo("{\"description\":\"hei\"}"))
                .body("headers.x-forwarded-for", equalTo("127.0.0.1"))
                .body("headers.authorization", nullValue());
    }

    @Test
    void everyResponseCarriesSecurityHeaders() {
        given().when().get("/api/v1/services")
                .then().statusCode(200)
                .header("X-Content-Type-Options", "nosniff")
                .header("X-Frame-Options", "DENY")
                .header("Referrer-Policy", "strict-origin-when-cross-origin")
                .header("Content-Security-Policy", containsString("frame-ancestors 'none'"));
        given().when().get("/q/health/live").then().header("X-Content-Type-Options", "nosniff");
    }

    @Test
    void anOversizedBodyIsRefusedBeforeAnyServiceSeesIt() {
        byte[] body = new byte[1024 * 1024 + 1];
        java.util.Arrays.fill(body, (byte) 'a');
        given().contentType("text/plain").body(body)
                .when().post("/api/v1/contacts")
                .then().statusCode(413).contentType("application/problem+json").body("status", equalTo(413));
    }

    @Test
    void servesAnIndexOfTheServicesOpenApiDocuments() {
        given().when().get("/openapi")
                .then().statusCode(200)
                .body("services.name", containsInAnyOrder("catalogue", "feedback", "knowledge", "registry", "routing"));
        given().when().get("/openapi/catalogue")
                .then().statusCode(200).body("route", equalTo("catalogue")).body("uri", equalTo("/q/openapi?format=json"));
        given().when().get("/openapi/nope").then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void signInReturnsOnlyToPathsOnThisOrigin() {
        org.assertj.core.api.Assertions.assertThat(fi.kohtaamo.gateway.proxy.GatewayRoutes.safeLocalPath("/agent/queues"))
                .isEqualTo("/agent/queues");
        org.assertj.core.api.Assertions.assertThat(fi.kohtaamo.gateway.proxy.GatewayRoutes.safeLocalPath("https://evil.example"))
                .isEqualTo("/");
        org.assertj.core.api.Assertions.assertThat(fi.kohtaamo.gateway.proxy.GatewayRoutes.safeLocalPath("//evil.example"))
                .isEqualTo("/");
        org.assertj.core.api.Assertions.assertThat(fi.kohtaamo.gateway.proxy.GatewayRoutes.safeLocalPath(null)).isEqualTo("/");
    }
}
