package fi.kohtaamo.registry;

import fi.kohtaamo.testsupport.KafkaTestClient;
import fi.kohtaamo.testsupport.KohtaamoServicesResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import io.restassured.http.ContentType;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

@QuarkusTest
@QuarkusTestResource(value = KohtaamoServicesResource.class, initArgs = @ResourceArg(name = "schema", value = "registry"))
class SegmentsTest {

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    /** A valid identity code for a birth date (ddmmyy and century sign) and a random individual number. */
    static String code(String ddmmyy, char centurySign) {
        String individual = String.format("%03d", ThreadLocalRandom.current().nextInt(2, 900));
        char check = "0123456789ABCDEFHJKLMNPRSTUVWXY".charAt(Integer.parseInt(ddmmyy + individual) % 31);
        return ddmmyy + centurySign + individual + check;
    }

    private static String register(String identityCode, String municipality) {
        return given().contentType(ContentType.JSON)
                .body(Map.of("kind", "PERSON", "firstName", "Aino", "lastName", "Testaaja", "identityCode", identityCode,
                        "municipalityCode", municipality))
                .when().post("/api/v1/clients").then().statusCode(201).extract().path("id");
    }

    @Test
    @TestSecurity(user = "registry-admin-2", roles = "registry-admin")
    @OidcSecurity(claims = @Claim(key = "org", value = "ely-uusimaa"))
    void segmentsAreKeptCurrentAndTravelInEvents() {
        given().contentType(ContentType.JSON)
                .body(Map.of("nameFi", "Nuoret aikuiset Helsingissä", "nameSv", "Unga vuxna i Helsingfors",
                        "nameEn", "Young adults in Helsinki",
                        "rule", Map.of("kinds", List.of("PERSON"), "municipalities", List.of("091"), "minAge", 18, "maxAge", 35)))
                .when().put("/api/v1/segments/helsinki-young-adults").then().statusCode(200);

        String young = register(code("150600", 'A'), "091");
        String older = register(code("010160", '-'), "091");
        given().queryParam("purpose", "Testing segments").when().get("/api/v1/clients/" + young)
                .then().statusCode(200).body("segments", hasItem("helsinki-young-adults"));
        given().queryParam("purpose", "Testing segments").when().get("/api/v1/clients/" + older)
                .then().statusCode(200).body("segments", not(hasItem("helsinki-young-adults")));
        assertThat(new KafkaTestClient(bootstrapServers).await("kohtaamo.clients.v1",
                record -> young.equals(record.key()) && record.value().contains("\"segments\":[\"helsinki-young-adults\"]"),
                1, Duration.ofSeconds(30))).hasSize(1);

        // a wider rule reaches the older client too, with an updated event; the change names the version it replaces
        Map<String, Object> wider = Map.of("nameFi", "Aikuiset Helsingissä",
                "rule", Map.of("kinds", List.of("PERSON"), "municipalities", List.of("091"), "minAge", 18, "maxAge", 80));
        given().contentType(ContentType.JSON).body(wider).when().put("/api/v1/segments/helsinki-young-adults")
                .then().statusCode(428);
        given().contentType(ContentType.JSON).header("If-Match", "\"9\"").body(wider)
                .when().put("/api/v1/segments/helsinki-young-adults").then().statusCode(412).body("currentVersion", equalTo(1));
        given().contentType(ContentType.JSON).header("If-Match", "\"1\"").body(wider)
                .when().put("/api/v1/segments/helsinki-young-adults")
                .then().statusCode(200).body("clientsChanged", greaterThanOrEqualTo(1));
        given().when().get("/api/v1/segments").then().body("find { it.code == 'helsinki-young-adults' }.version", equalTo(2));
        given().contentType(ContentType.JSON).header("If-Match", "\"1\"").body(wider)
                .when().put("/api/v1/segments/helsinki-young-adults").then().statusCode(412);
        // If-Match names a version of something that exists: a new segment with one is refused
        given().contentType(ContentType.JSON).header("If-Match", "\"1\"").body(wider)
                .when().put("/api/v1/segments/never-defined").then().statusCode(412);
        given().queryParam("purpose", "Testing segments").when().get("/api/v1/clients/" + older)
                .then().body("segments", hasItem("helsinki-young-adults"));
        assertThat(new KafkaTestClient(bootstrapServers).await("kohtaamo.clients.v1",
                record -> older.equals(record.key()) && record.value().contains("client.updated.v1")
                        && record.value().contains("helsinki-young-adults"), 1, Duration.ofSeconds(30))).hasSize(1);

        // manual tags
        given().contentType(ContentType.JSON).body(Map.of("nameFi", "Kumppani")).when().put("/api/v1/segments/partner")
                .then().statusCode(200);
        given().when().put("/api/v1/clients/" + older + "/segments/partner").then().statusCode(200).body("", hasItem("partner"));
        given().when().delete("/api/v1/clients/" + older + "/segments/partner").then().statusCode(200).body("", not(hasItem("partner")));
        given().when().put("/api/v1/clients/" + older + "/segments/no-such-segment").then().statusCode(404);
    }

    @Test
    @TestSecurity(user = "registry-admin-2", roles = "registry-admin")
    @OidcSecurity(claims = @Claim(key = "org", value = "ely-uusimaa"))
    void badRulesAreProblemsNamingTheField() {
        given().contentType(ContentType.JSON).body(Map.of("nameFi", "X", "rule", Map.of("minAge", 40, "maxAge", 30)))
                .when().put("/api/v1/segments/bad-ages").then().statusCode(400).body("violations[0].field", equalTo("rule.minAge"));
        given().contentType(ContentType.JSON).body(Map.of("nameFi", "X", "rule", Map.of("municipalities", List.of("Helsinki"))))
                .when().put("/api/v1/segments/bad-place").then().statusCode(400)
                .body("violations[0].field", equalTo("rule.municipalities[0]"));
        given().contentType(ContentType.JSON).body(Map.of("nameFi", "X")).when().put("/api/v1/segments/Bad Code!")
                .then().statusCode(400);
    }

    @Test
    @TestSecurity(user = "registry-admin-2", roles = "registry-admin")
    @OidcSecurity(claims = @Claim(key = "org", value = "ely-uusimaa"))
    void aPreviewCountsTheActiveClientsARuleWouldTakeInWithoutSavingIt() {
        String municipality = String.format("%03d", ThreadLocalRandom.current().nextInt(600, 999));
        register(code("150600", 'A'), municipality);
        register(code("010160", '-'), municipality);
        given().contentType(ContentType.JSON).body(Map.of("kinds", List.of("PERSON"), "municipalities", List.of(municipality)))
                .when().post("/api/v1/segments/preview").then().statusCode(200).body("matching", equalTo(2));
        given().contentType(ContentType.JSON)
                .body(Map.of("municipalities", List.of(municipality), "minAge", 18, "maxAge", 35))
                .when().post("/api/v1/segments/preview").then().statusCode(200).body("matching", equalTo(1));
        given().contentType(ContentType.JSON).body(Map.of("kinds", List.of("ORGANISATION"), "municipalities", List.of(municipality)))
                .when().post("/api/v1/segments/preview").then().statusCode(200).body("matching", equalTo(0));
        // nothing was defined by a preview
        given().when().get("/api/v1/segments").then().body("findAll { it.rule?.municipalities?.contains('" + municipality + "') }",
                org.hamcrest.Matchers.empty());

        // bad criteria are problems naming the field
        given().contentType(ContentType.JSON).body(Map.of("minAge", 40, "maxAge", 30))
                .when().post("/api/v1/segments/preview").then().statusCode(400).body("violations[0].field", equalTo("minAge"));
        given().contentType(ContentType.JSON).body(Map.of("kinds", List.of("ROBOT")))
                .when().post("/api/v1/segments/preview").then().statusCode(400);
        given().contentType(ContentType.JSON).body(Map.of("organisationTypes", List.of("Oy\u0000")))
                .when().post("/api/v1/segments/preview").then().statusCode(400)
                .body("violations[0].field", equalTo("organisationTypes[0]"));
        given().contentType(ContentType.JSON).body(Map.of("organisationTypes", List.of("x".repeat(100_000))))
                .when().post("/api/v1/segments/preview").then().statusCode(400)
                .body("violations[0].field", equalTo("organisationTypes[0]"));
        given().contentType(ContentType.JSON).body(Map.of("minAge", "old"))
                .when().post("/api/v1/segments/preview").then().statusCode(400);
    }

    @Test
    @TestSecurity(user = "agent-2", roles = "agent")
    @OidcSecurity(claims = @Claim(key = "org", value = "ely-uusimaa"))
    void agentsReadDefinitionsButDoNotChangeThem() {
        given().when().get("/api/v1/segments").then().statusCode(200);
        given().contentType(ContentType.JSON).body(Map.of("nameFi", "X")).when().put("/api/v1/segments/agents-own").then().statusCode(403);
        given().contentType(ContentType.JSON).body(Map.of("kinds", List.of("PERSON"))).when().post("/api/v1/segments/preview")
                .then().statusCode(403);
    }
}
