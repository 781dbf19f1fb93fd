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

import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

/**
 * A segment's preferred channels: kept with its definition, and given to a signed-in client of
 * the segment in their own record (segmentChannels), first segment by code first, each channel once.
 */
@QuarkusTest
@QuarkusTestResource(value = KohtaamoServicesResource.class, initArgs = @ResourceArg(name = "schema", value = "registry"))
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SegmentChannelsTest {

    @Test
    @Order(1)
    @TestSecurity(user = "registry-admin-9", roles = "registry-admin")
    @OidcSecurity(claims = @Claim(key = "org", value = "ely-uusimaa"))
    void aSegmentNamesTheChannelsItsClientsAreSteeredTo() {
        given().contentType(ContentType.JSON)
                .body(Map.of("nameFi", "Inarilaiset", "rule", Map.of("kinds", List.of("PERSON"), "municipalities", List.of("148")),
                        "preferredChannels", List.of("PHONE", "IN_PERSON", "PHONE")))
                .when().put("/api/v1/segments/zz-inari").then().statusCode(200);
        // a manual tag sorting first, preferring chat and then phone (already named above)
        given().contentType(ContentType.JSON)
                .body(Map.of("nameFi", "Chat-asiakkaat", "preferredChannels", List.of("CHAT", "PHONE")))
                .when().put("/api/v1/segments/aa-chat").then().statusCode(200);
        given().when().get("/api/v1/segments").then().statusCode(200)
                .body("find { it.code == 'zz-inari' }.preferredChannels", contains("PHONE", "IN_PERSON"))
                .body("find { it.code == 'aa-chat' }.preferredChannels", contains("CHAT", "PHONE"));
        String id = given().contentType(ContentType.JSON)
                .body(Map.of("kind", "PERSON", "firstName", "Inka", "lastName", "Inarilainen", "municipalityCode", "148",
                        "keycloakSubject", "citizen-inari"))
                .when().post("/api/v1/clients").then().statusCode(201).extract().path("id");
        given().when().put("/api/v1/clients/" + id + "/segments/aa-chat").then().statusCode(200);
        given().contentType(ContentType.JSON)
                .body(Map.of("kind", "PERSON", "firstName", "Olli", "lastName", "Oulusta", "municipalityCode", "564",
                        "keycloakSubject", "citizen-oulu"))
                .when().post("/api/v1/clients").then().statusCode(201);
    }

    @Test
    @Order(2)
    @TestSecurity(user = "registry-admin-9", roles = "registry-admin")
    @OidcSecurity(claims = @Claim(key = "org", value = "ely-uusimaa"))
    void anUnknownChannelIsRefusedByName() {
        given().contentType(ContentType.JSON).body(Map.of("nameFi", "Huono", "preferredChannels", List.of("PIGEON")))
                .when().put("/api/v1/segments/bad-channel").then().statusCode(400)
                .contentType("application/problem+json").body("violations[0].field", startsWith("preferredChannels"));
    }

    @Test
    @Order(3)
    @TestSecurity(user = "citizen-inari", roles = "citizen")
    void aClientInSegmentsGetsTheirPreferredChannels() {
        given().when().get("/api/v1/me").then().statusCode(200)
                .body("segments", contains("aa-chat", "zz-inari"))
                .body("segmentChannels", contains("CHAT", "PHONE", "IN_PERSON"));
    }

    @Test
    @Order(4)
    @TestSecurity(user = "citizen-oulu", roles = "citizen")
    void aClientInNoSegmentGetsNone() {
        given().when().get("/api/v1/me").then().statusCode(200)
                .body("segments", empty()).body("segmentChannels", empty());
    }
}
