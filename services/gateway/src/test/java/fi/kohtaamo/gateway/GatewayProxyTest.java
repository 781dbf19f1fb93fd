package fi.kohtaamo.gateway;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.common.http.TestHTTPResource;
import org.junit.jupiter.api.Test;

import java.net.URL;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

@QuarkusTest
@QuarkusTestResource(OriginStubs.class)
class GatewayProxyTest {

    /** On the management interface, under its root path (/q): its /q/health/ready. */
    @TestHTTPResource(value = "/health/ready", management = true)
    URL ready;

    @TestHTTPResource(value = "/metrics", management = true)
    URL metrics;

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
        given().when().get("/api/v1/webhooks/subscriptions").then().statusCode(200).body("route", equalTo("webhooks"));
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
                .body("headers.host", startsWith("localhost:"))
                .body("headers.content-length", equalTo("21"))
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
    void healthAndMetricsAreNotPublicAndNoServicesQuarkusPathsAreForwarded() {
        for (String path : new String[] {"/q/health", "/q/health/ready", "/q/metrics", "/q/dev-ui", "/q"}) {
            given().when().get(path)
                    .then().statusCode(404).contentType("application/problem+json").body("route", nullValue());
        }
        given().when().get(ready).then().statusCode(200).body("status", equalTo("UP"));
        given().when().get(metrics).then().statusCode(200);
        given().when().get("/q/openapi?format=json").then().statusCode(200).body("info.title", equalTo("Kohtaamo gateway"));
    }

    @Test
    void servicesContinueTheTraceOfTheRequest() {
        String clientTrace = "4bf92f3577b34da6a3ce929d0e0e4736";
        String clientSpan = "00f067aa0ba902b7";
        String forwarded = given().header("traceparent", "00-" + clientTrace + "-" + clientSpan + "-01")
                .when().get("/api/v1/services")
                .then().statusCode(200).extract().path("headers.traceparent");
        assertThat(forwarded).as("the client's trace, with the gateway's own span as parent")
                .matches("00-" + clientTrace + "-[0-9a-f]{16}-01").doesNotContain(clientSpan);

        String started = given().when().get("/api/v1/services")
                .then().statusCode(200).extract().path("headers.traceparent");
        assertThat(started).as("a trace the gateway started").matches("00-[0-9a-f]{32}-[0-9a-f]{16}-01");
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
    void servesSwaggerUiOverTheDocumentsWithItsOwnFilesOnly() {
        given().redirects().follow(false).when().get("/api-docs").then().statusCode(301).header("Location", "/api-docs/");
        given().when().get("/api-docs/")
                .then().statusCode(200).contentType(containsString("text/html"))
                .body(containsString("kohtaamo-api-docs.js"))
                .header("Content-Security-Policy", containsString("script-src 'self';"))
                .header("Content-Security-Policy", containsString("style-src 'self' 'unsafe-inline'"));
        given().when().get("/api-docs/kohtaamo-api-docs.js").then().statusCode(200).body(containsString("fetch('/openapi')"));
        given().when().get("/api-docs/swagger-ui-bundle.js").then().statusCode(200).contentType(containsString("javascript"));
        given().when().get("/api-docs/swagger-ui.css").then().statusCode(200).contentType(containsString("text/css"));
        // Nothing else of the class path: other names go where any unknown path goes (here the web stub).
        given().when().get("/api-docs/index.html.map").then().body("route", equalTo("web"));
    }

    @Test
    void servesAnIndexOfTheServicesOpenApiDocuments() {
        given().when().get("/openapi")
                .then().statusCode(200)
                .body("services.name", containsInAnyOrder("catalogue", "feedback", "knowledge", "registry", "routing", "webhooks"));
        given().when().get("/openapi/catalogue")
                .then().statusCode(200).body("route", equalTo("catalogue")).body("uri", equalTo("/q/openapi?format=json"));
        given().when().get("/openapi/nope").then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    @TestSecurity(user = "agent", roles = "agent")
    void signInReturnsOnlyToPathsOnThisOrigin() {
        given().redirects().follow(false).when().get("/login?redirect=/agent/queues")
                .then().statusCode(303).header("Location", "/agent/queues");
        given().redirects().follow(false).urlEncodingEnabled(false).when().get("/login?redirect=/%09/evil.example")
                .then().statusCode(303).header("Location", "/");
        given().redirects().follow(false).urlEncodingEnabled(false).when().get("/login?redirect=/%5Cevil.example")
                .then().statusCode(303).header("Location", "/");
        given().redirects().follow(false).when().get("/login")
                .then().statusCode(303).header("Location", "/");
    }

    @Test
    void apiAnswersAreNotStoredUnlessTheServiceSaysSo() {
        given().when().get("/api/v1/services").then().statusCode(200).header("Cache-Control", "no-store");
        given().header("X-Stub-Response-Header", "Cache-Control: public, max-age=300")
                .when().get("/api/v1/services").then().statusCode(200).header("Cache-Control", "public, max-age=300");
        given().when().get("/contact").then().statusCode(200).header("Cache-Control", nullValue());
    }

    @Test
    void aPagesOwnReferrerPolicyIsKept() {
        given().header("X-Stub-Response-Header", "Referrer-Policy: no-referrer")
                .when().get("/survey/7f3c").then().statusCode(200).header("Referrer-Policy", "no-referrer");
        given().when().get("/contact").then().header("Referrer-Policy", "strict-origin-when-cross-origin");
    }

    @Test
    void forwardingHeadersFromAnUntrustedClientAreReplaced() {
        given().header("X-Forwarded-For", "203.0.113.9").header("X-Forwarded-Proto", "https")
                .header("X-Forwarded-Host", "evil.example").header("Forwarded", "for=203.0.113.9;proto=https")
                .header("X-Real-IP", "203.0.113.9")
                .when().get("/api/v1/services")
                .then().statusCode(200)
                .header("Strict-Transport-Security", nullValue())
                .body("headers.x-forwarded-for", equalTo("127.0.0.1"))
                .body("headers.x-forwarded-proto", equalTo("http"))
                .body("headers.x-forwarded-host", startsWith("localhost:"))
                .body("headers.forwarded", nullValue())
                .body("headers.x-real-ip", nullValue());
    }

    @Test
    @TestSecurity(user = "agent", roles = "agent")
    void aSessionChangesDataOnlyFromAPageOfThisOrigin() {
        String self = "http://localhost:" + io.restassured.RestAssured.port;
        given().contentType("application/json").body("{}").when().post("/api/v1/contacts")
                .then().statusCode(403).contentType("application/problem+json")
                .body("type", equalTo("https://kohtaamo.fi/problems/cross-site-request"));
        given().contentType("application/json").body("{}").header("Sec-Fetch-Site", "same-site")
                .header("Origin", self).when().delete("/api/v1/queues/1").then().statusCode(403);
        given().contentType("application/json").body("{}").header("Origin", "http://forms.localhost:1")
                .when().put("/api/v1/queues/1").then().statusCode(403);
        given().contentType("application/json").body("{}").header("Sec-Fetch-Site", "same-origin")
                .when().post("/api/v1/contacts")
                .then().statusCode(200).body("headers.authorization", startsWith("Bearer "));
        given().contentType("application/json").body("{}").header("Origin", self)
                .when().patch("/api/v1/queues/1").then().statusCode(200);
        // Reading needs no proof, nor does a page of the web channel (it guards its own forms).
        given().when().get("/api/v1/contacts/1").then().statusCode(200);
        given().contentType("application/x-www-form-urlencoded").body("a=b").when().post("/contact").then().statusCode(200);
    }

    @Test
    void anAnonymousRequestNeedsNoOrigin() {
        given().contentType("application/json").body("{}").when().post("/api/v1/contacts").then().statusCode(200);
    }
}
