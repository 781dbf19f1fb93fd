package fi.kohtaamo.gateway;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

/** Behind a trusted proxy (the test client's address), its forwarded headers are believed. */
@QuarkusTest
@TestProfile(TrustedProxyTest.BehindTheIngress.class)
@QuarkusTestResource(OriginStubs.class)
class TrustedProxyTest {

    public static class BehindTheIngress implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("quarkus.http.proxy.proxy-address-forwarding", "true",
                    "quarkus.http.proxy.trusted-proxies", "127.0.0.1",
                    // a tight limit on the tracking-code look-up, counted per forwarded client address
                    "kohtaamo.gateway.rate-limits.lookup.anonymous-per-minute", "3");
        }
    }

    private static io.restassured.response.Response lookUp(String address) {
        return given().header("X-Forwarded-For", address).contentType("application/json").body("{}")
                .when().post("/api/v1/contacts/lookup");
    }

    @Test
    void aClientOverItsLimitGets429WithRetryAfterAndOthersDoNot() {
        for (int i = 0; i < 3; i++) {
            lookUp("203.0.113.20").then().statusCode(org.hamcrest.Matchers.not(429));
        }
        lookUp("203.0.113.20").then().statusCode(429).contentType("application/problem+json")
                .header("Retry-After", org.hamcrest.Matchers.matchesPattern("[1-9][0-9]*"))
                .body("type", equalTo("https://kohtaamo.fi/problems/too-many-requests"));
        // another address has its own allowance, and the same address its own for other route groups
        lookUp("203.0.113.21").then().statusCode(org.hamcrest.Matchers.not(429));
        given().header("X-Forwarded-For", "203.0.113.20").contentType("application/json").body("{}")
                .when().post("/api/v1/contacts").then().statusCode(org.hamcrest.Matchers.not(429));
    }

    @Test
    void theClientAddressAndSchemeComeFromTheTrustedProxy() {
        given().header("X-Forwarded-For", "203.0.113.9").header("X-Forwarded-Proto", "https")
                .header("X-Forwarded-Host", "kohtaamo.example.fi")
                .when().get("/api/v1/services")
                .then().statusCode(200)
                .header("Strict-Transport-Security", startsWith("max-age="))
                .body("headers.x-forwarded-for", equalTo("203.0.113.9"))
                .body("headers.x-forwarded-proto", equalTo("https"))
                .body("headers.x-forwarded-host", equalTo("kohtaamo.example.fi"));
    }
}
