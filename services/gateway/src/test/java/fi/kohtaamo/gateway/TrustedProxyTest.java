package fi.kohtaamo.gateway;

import fi.kohtaamo.testsupport.KohtaamoServicesResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
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
@QuarkusTestResource(value = KohtaamoServicesResource.class, initArgs = @ResourceArg(name = "schema", value = "gateway"))
@QuarkusTestResource(OriginStubs.class)
class TrustedProxyTest {

    public static class BehindTheIngress implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("quarkus.http.proxy.proxy-address-forwarding", "true",
                    "quarkus.http.proxy.trusted-proxies", "127.0.0.1");
        }
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
