package fi.kohtaamo.registry;

import fi.kohtaamo.testsupport.KohtaamoServicesResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

/** Whom a manager's survey reaches: active clients with an address, of a segment, a role or a list. */
@QuarkusTest
@QuarkusTestResource(value = KohtaamoServicesResource.class, initArgs = @ResourceArg(name = "schema", value = "registry"))
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SurveyRecipientsTest {

    private static String swede;
    private static String finn;
    private static String partner;
    private static String elsewhere;

    private static String register(Map<String, Object> body) {
        return given().contentType(ContentType.JSON).body(body).when().post("/api/v1/clients")
                .then().statusCode(201).extract().path("id");
    }

    private static String person(String first, String email, String language) {
        Map<String, Object> body = new HashMap<>(Map.of("kind", "PERSON", "firstName", first, "lastName", "Vastaaja",
                "preferredLanguage", language));
        if (email != null) {
            body.put("emails", List.of(email));
        }
        return register(body);
    }

    @Test
    @Order(1)
    @TestSecurity(user = "registry-admin-sr", roles = "registry-admin")
    @OidcSecurity(claims = @Claim(key = "org", value = "ely-uusimaa"))
    void registryAdministrationPreparesAPanelAndPartners() {
        given().contentType(ContentType.JSON).body(Map.of("nameFi", "Kyselypaneeli")).when().put("/api/v1/segments/survey-panel")
                .then().statusCode(200);
        swede = person("Sven", "sven@example.org", "sv");
        finn = person("Aino", "aino@example.org", "fi");
        String withoutAddress = person("Eino", null, "fi");
        String erased = person("Erkki", "erkki@example.org", "fi");
        for (String id : List.of(swede, finn, withoutAddress, erased)) {
            given().when().put("/api/v1/clients/" + id + "/segments/survey-panel").then().statusCode(200);
        }
        given().contentType(ContentType.JSON).body(Map.of("reason", "The client asked for erasure (GDPR art. 17)"))
                .when().post("/api/v1/clients/" + erased + "/erasure").then().statusCode(204);

        partner = register(Map.of("kind", "ORGANISATION", "name", "Kumppani Oy", "businessId", "7654321-2",
                "organisationType", "COMPANY", "emails", List.of("info@kumppani.example"), "preferredLanguage", "en"));
        elsewhere = register(Map.of("kind", "ORGANISATION", "name", "Muualla Oy", "businessId", "1234567-1",
                "organisationType", "COMPANY", "emails", List.of("info@muualla.example")));
        given().contentType(ContentType.JSON).header("If-Match", "\"0\"").body(Map.of("roles", List.of("PARTNER")))
                .when().put("/api/v1/clients/" + partner + "/stakeholder-roles/ely-uusimaa").then().statusCode(200);
    }

    @Test
    @Order(2)
    @TestSecurity(user = "registry-admin-sr-2", roles = "registry-admin")
    @OidcSecurity(claims = @Claim(key = "org", value = "ely-pirkanmaa"))
    void anotherAgencysRegistryAdministrationNamesItsPartner() {
        given().contentType(ContentType.JSON).header("If-Match", "\"0\"").body(Map.of("roles", List.of("PARTNER")))
                .when().put("/api/v1/clients/" + elsewhere + "/stakeholder-roles/ely-pirkanmaa").then().statusCode(200);
    }

    @Test
    @Order(3)
    @TestSecurity(user = "manager-sr", roles = "manager")
    @OidcSecurity(claims = @Claim(key = "org", value = "ely-uusimaa"))
    void aManagerGetsTheActiveAddressesOfASegmentARoleOrAList() {
        given().contentType(ContentType.JSON).body(Map.of("segment", "survey-panel")).when().post("/api/v1/survey-recipients")
                .then().statusCode(200).body("recipients", hasSize(2))
                .body("recipients.clientId", containsInAnyOrder(swede, finn))
                .body("recipients.find { it.clientId == '" + swede + "' }.email", equalTo("sven@example.org"))
                .body("recipients.find { it.clientId == '" + swede + "' }.language", equalTo("sv"));
        given().contentType(ContentType.JSON).body(Map.of("role", "PARTNER")).when().post("/api/v1/survey-recipients")
                .then().statusCode(200).body("recipients.clientId", equalTo(List.of(partner)))
                .body("recipients[0].language", equalTo("en"));
        given().contentType(ContentType.JSON).body(Map.of("clientIds", List.of(finn))).when().post("/api/v1/survey-recipients")
                .then().statusCode(200).body("recipients.email", equalTo(List.of("aino@example.org")));
    }

    @Test
    @Order(4)
    @TestSecurity(user = "manager-sr", roles = "manager")
    @OidcSecurity(claims = @Claim(key = "org", value = "ely-uusimaa"))
    void badQueriesAreProblemsNamingTheField() {
        given().contentType(ContentType.JSON).body(Map.of("role", "OVERLORD")).when().post("/api/v1/survey-recipients")
                .then().statusCode(400).contentType("application/problem+json").body("violations[0].field", equalTo("role"));
        given().contentType(ContentType.JSON).body(Map.of("segment", "survey-panel", "role", "PARTNER"))
                .when().post("/api/v1/survey-recipients").then().statusCode(400).body("violations[0].field", equalTo("segment"));
        given().contentType(ContentType.JSON).body(Map.of("segment", "no-such")).when().post("/api/v1/survey-recipients")
                .then().statusCode(400).body("violations[0].field", equalTo("segment"));
        given().contentType(ContentType.JSON).body(Map.of("segment", "a\u0000b")).when().post("/api/v1/survey-recipients")
                .then().statusCode(400).body("violations[0].field", equalTo("segment"));
        given().contentType(ContentType.JSON).body(Map.of("segment", "x".repeat(100_000))).when().post("/api/v1/survey-recipients")
                .then().statusCode(400).body("violations[0].field", equalTo("segment"));
        given().contentType(ContentType.JSON).body(Map.of("clientIds", "not-a-list")).when().post("/api/v1/survey-recipients")
                .then().statusCode(400);
    }

    @Test
    @Order(5)
    @TestSecurity(user = "auditor-sr", roles = "auditor")
    @OidcSecurity(claims = @Claim(key = "org", value = "ely-uusimaa"))
    void eachAddressGivenOutIsAuditedAsTheManagersRead() {
        given().queryParam("clientId", swede).when().get("/api/v1/audit").then().statusCode(200)
                .body("findAll { it.action == 'SURVEY_ADDRESS' }.actor", org.hamcrest.Matchers.hasItem("manager-sr"));
    }

    @Test
    @Order(6)
    @TestSecurity(user = "agent-sr", roles = "agent")
    @OidcSecurity(claims = @Claim(key = "org", value = "ely-uusimaa"))
    void onlyManagersAsk() {
        given().contentType(ContentType.JSON).body(Map.of("segment", "survey-panel")).when().post("/api/v1/survey-recipients")
                .then().statusCode(403);
    }

    @Test
    @Order(6)
    @TestSecurity(user = "service-account-kohtaamo-feedback", roles = "survey-sender")
    @OidcSecurity(claims = @Claim(key = "client_id", value = "kohtaamo-feedback"))
    void theSurveyServiceAsksForTheOrganisationItNamesAndForNothingElse() {
        // A scheduled round of ely-uusimaa's recurring survey: that organisation's partners, not another's.
        given().contentType(ContentType.JSON).body(Map.of("role", "PARTNER", "organisation", "ely-uusimaa"))
                .when().post("/api/v1/survey-recipients")
                .then().statusCode(200).body("recipients.clientId", equalTo(List.of(partner)));
        given().contentType(ContentType.JSON).body(Map.of("role", "PARTNER", "organisation", "ely-pirkanmaa"))
                .when().post("/api/v1/survey-recipients")
                .then().statusCode(200).body("recipients.clientId", org.hamcrest.Matchers.not(org.hamcrest.Matchers.hasItem(partner)));
        given().contentType(ContentType.JSON).body(Map.of("segment", "survey-panel", "organisation", "ely-uusimaa"))
                .when().post("/api/v1/survey-recipients")
                .then().statusCode(200).body("recipients.clientId", containsInAnyOrder(swede, finn));
        // Without the organisation it cannot ask at all.
        given().contentType(ContentType.JSON).body(Map.of("segment", "survey-panel")).when().post("/api/v1/survey-recipients")
                .then().statusCode(400).contentType("application/problem+json").body("violations[0].field", equalTo("organisation"));
        given().contentType(ContentType.JSON).body(Map.of("segment", "survey-panel", "organisation", "x\u0000y"))
                .when().post("/api/v1/survey-recipients").then().statusCode(400).body("violations[0].field", equalTo("organisation"));
        // The role opens this one operation only: reading a client, searching, auditing are refused.
        given().when().get("/api/v1/clients/" + swede).then().statusCode(403);
        given().queryParam("clientId", swede).when().get("/api/v1/audit").then().statusCode(403);
        given().contentType(ContentType.JSON).body(Map.of("kind", "PERSON", "firstName", "X", "lastName", "Y"))
                .when().post("/api/v1/clients").then().statusCode(403);
    }

    @Test
    @Order(7)
    @TestSecurity(user = "manager-sr", roles = "manager")
    @OidcSecurity(claims = @Claim(key = "org", value = "ely-uusimaa"))
    void aManagerCannotNameAnotherOrganisation() {
        given().contentType(ContentType.JSON).body(Map.of("role", "PARTNER", "organisation", "ely-pirkanmaa"))
                .when().post("/api/v1/survey-recipients").then().statusCode(403);
        given().contentType(ContentType.JSON).body(Map.of("role", "PARTNER", "organisation", "ely-uusimaa"))
                .when().post("/api/v1/survey-recipients").then().statusCode(200).body("recipients.clientId", equalTo(List.of(partner)));
    }

    @Test
    @Order(8)
    @TestSecurity(user = "someone-sr", roles = "survey-sender")
    @OidcSecurity(claims = @Claim(key = "org", value = "ely-uusimaa"))
    void theRoleOnAPersonIsNoServiceIdentity() {
        given().contentType(ContentType.JSON).body(Map.of("role", "PARTNER", "organisation", "ely-uusimaa"))
                .when().post("/api/v1/survey-recipients").then().statusCode(403);
    }
}
