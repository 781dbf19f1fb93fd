package fi.kohtaamo.gateway;

import fi.kohtaamo.gateway.upstream.UpstreamServers;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

/**
 * What the gateway itself refuses, a person's browser gets as a page of the site in their
 * language (with its navigation); an API client, or any path under /api/, as a problem document.
 */
@QuarkusTest
@QuarkusTestResource(UpstreamServers.class)
class ErrorPageTest {

    @io.quarkus.test.common.http.TestHTTPResource("/")
    java.net.URL gateway;

    private static final String BROWSER_ACCEPT = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8";

    @Test
    void anUnknownGatewayPathIsAPageInTheBrowsersLanguage() {
        String page = page("/q/health", "sv-FI,sv;q=0.9,en;q=0.5", null, 404);
        assertThat(page).contains("<html lang=\"sv\"", "<title>Sidan hittades inte – Kohtaamo", "<h1>Sidan hittades inte</h1>",
                "<main id=\"main\"", "href=\"/status\"", "href=\"/accessibility\"", "aria-current=\"true\">svenska");
        assertThat(page).doesNotContain("/q/health");
    }

    @Test
    void theRememberedChoiceComesBeforeTheBrowsersAndTheAskedOneBeforeBoth() throws Exception {
        assertThat(page("/q/x", "sv", "en", 404)).contains("<html lang=\"en\"", "Page not found");
        assertThat(page("/q/x?lang=fi", "sv", "en", 404)).contains("<html lang=\"fi\"", "Sivua ei löydy");
        // Nothing usable, or malformed: Finnish, never an error of its own.
        assertThat(page("/q/x?lang=de", "!!;q=x,", "xx", 404)).contains("<html lang=\"fi\"");
        // A malformed preference (some JDKs throw other than IllegalArgumentException on it): still the page.
        assertThat(raw("/q/x?lang=sv", "-")).startsWith("HTTP/1.1 404").contains("<html lang=\"sv\"");
        assertThat(raw("/down-pages/x", "-")).startsWith("HTTP/1.1 503").contains("<html lang=\"fi\"", "Palvelu ei vastaa");
    }

    /** A page request written to the gateway's socket as it is. */
    private String raw(String target, String acceptLanguage) throws java.io.IOException {
        try (java.net.Socket socket = new java.net.Socket(gateway.getHost(), gateway.getPort())) {
            socket.setSoTimeout(10_000);
            socket.getOutputStream().write(("GET " + target + " HTTP/1.1\r\nHost: localhost\r\nAccept: " + BROWSER_ACCEPT
                    + "\r\nAccept-Language: " + acceptLanguage + "\r\nConnection: close\r\n\r\n")
                    .getBytes(java.nio.charset.StandardCharsets.US_ASCII));
            return new String(socket.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
    }

    @Test
    void aTooLargeFormIsAPageSayingSo() {
        Response response = given().header("Accept", BROWSER_ACCEPT).header("Sec-Fetch-Dest", "document")
                .header("Accept-Language", "en").contentType("application/x-www-form-urlencoded")
                .body("x=" + "a".repeat(1_100_000)).when().post("/down-pages/form");
        response.then().statusCode(413).contentType(containsString("text/html"));
        assertThat(response.asString()).contains("What was sent is too large");
    }

    @Test
    void aMalformedPathAndADownServiceArePagesToo() {
        assertThat(page("/status/%2e%2e/x", "en", null, 400)).contains("The request could not be handled");
        Response down = given().header("Accept", BROWSER_ACCEPT).when().get("/down-pages/42");
        down.then().statusCode(503).header("Retry-After", "5").contentType(containsString("text/html"));
        assertThat(down.asString()).contains("<html lang=\"fi\"", "Palvelu ei vastaa");
    }

    @Test
    void apiClientsAndApiPathsGetProblemDocuments() {
        given().header("Accept", "application/json").when().get("/q/health")
                .then().statusCode(404).contentType("application/problem+json").body("status", equalTo(404));
        given().header("Accept", BROWSER_ACCEPT).when().get("/api/v1/down/42")
                .then().statusCode(503).contentType("application/problem+json")
                .body("type", equalTo("https://kohtaamo.fi/problems/service-unavailable"));
        given().when().get("/down-pages/42").then().statusCode(503).contentType("application/problem+json");
        // A script's fetch of a page path, even one taking HTML, and the APIs outside /api/.
        given().header("Accept", BROWSER_ACCEPT).header("Sec-Fetch-Dest", "empty").when().get("/q/health")
                .then().statusCode(404).contentType("application/problem+json");
        for (String path : new String[] {"/openapi/nothing", "/open311/v2/a%2Fb"}) {
            given().urlEncodingEnabled(false).header("Accept", BROWSER_ACCEPT).when().get(path)
                    .then().contentType("application/problem+json").header("Cache-Control", "no-store");
        }
    }

    private static String page(String path, String acceptLanguage, String remembered, int status) {
        var request = given().urlEncodingEnabled(false).header("Accept", BROWSER_ACCEPT).header("Accept-Language", acceptLanguage);
        if (remembered != null) {
            request.cookie("kohtaamo-lang", remembered);
        }
        Response response = request.when().get(path);
        response.then().statusCode(status).contentType(containsString("text/html")).header("Cache-Control", "no-store");
        return response.asString();
    }
}
