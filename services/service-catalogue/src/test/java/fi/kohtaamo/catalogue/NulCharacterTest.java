package fi.kohtaamo.catalogue;

import fi.kohtaamo.testsupport.KohtaamoServicesResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

/**
 * U+0000 anywhere in a request is a 400 naming the field (the problem-details library's one
 * mechanism), never a 500 from PostgreSQL, which cannot store it in text.
 */
@QuarkusTest
@QuarkusTestResource(value = KohtaamoServicesResource.class, initArgs = @ResourceArg(name = "schema", value = "catalogue"))
class NulCharacterTest {

    @Test
    @TestSecurity(user = "admin-uusimaa", roles = "catalogue-admin")
    @OidcSecurity(claims = @Claim(key = "org", value = "ely-uusimaa"))
    void aNulInABodyNamesItsJsonPath() {
        Map<String, Object> service = new java.util.HashMap<>(ServiceAdminTest.service("nul-in-name"));
        service.put("name", Map.of("fi", "Lupa\u0000", "sv", "Tillstånd", "en", "Permit"));
        refused(given().contentType(ContentType.JSON).body(service).when().post("/api/v1/services").then(), "name.fi");

        service = new java.util.HashMap<>(ServiceAdminTest.service("nul-in-list"));
        service.put("classifications", List.of(Map.of("kind", "KEYWORD", "code", "a\u0000b",
                "label", Map.of("fi", "a", "sv", "a", "en", "a"))));
        refused(given().contentType(ContentType.JSON).body(service).when().post("/api/v1/services").then(),
                "classifications[0].code");
    }

    @Test
    void aNulInAQueryOrPathParameterNamesTheParameter() {
        refused(given().urlEncodingEnabled(false).when().get("/api/v1/services?q=lupa%00x").then(), "q");
        refused(given().urlEncodingEnabled(false).when().get("/api/v1/services?organisation=%00").then(), "organisation");
        refused(given().urlEncodingEnabled(false).when().get("/open311/v2/services/abc%00.json").then(), "code");
    }

    @Test
    @TestSecurity(user = "admin-uusimaa", roles = "catalogue-admin")
    @OidcSecurity(claims = @Claim(key = "org", value = "ely-uusimaa"))
    void aFreeFormPtvDocumentIsCheckedToo() {
        refused(given().contentType(ContentType.JSON).body(Map.of("services", List.of(Map.of("id", "a\u0000"))))
                .when().post("/api/v1/ptv/import").then(), "services[0].id");
        given().contentType(ContentType.JSON).body(Map.of("something", "else")).when().post("/api/v1/ptv/import")
                .then().statusCode(400).body("violations[0].field", equalTo("body"));
        given().contentType(ContentType.JSON).body(Map.of("services", "x")).when().post("/api/v1/ptv/import")
                .then().statusCode(400).body("violations[0].field", equalTo("services"));
    }

    private static void refused(io.restassured.response.ValidatableResponse response, String field) {
        response.statusCode(400).contentType("application/problem+json")
                .body("violations[0].field", equalTo(field))
                .body("violations[0].message", equalTo("must not contain the NUL character (U+0000)"));
    }
}
