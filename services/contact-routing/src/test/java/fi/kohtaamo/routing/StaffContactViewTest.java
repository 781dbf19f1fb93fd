package fi.kohtaamo.routing;

import fi.kohtaamo.routing.domain.Agent;
import fi.kohtaamo.routing.domain.Contact;
import fi.kohtaamo.routing.domain.Queue;
import fi.kohtaamo.routing.domain.Tier;
import fi.kohtaamo.testsupport.KohtaamoServicesResource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

/** The opened and the found contact name the holder; while it waits for the client, the business time the pause keeps. */
@QuarkusTest
@QuarkusTestResource(value = KohtaamoServicesResource.class, initArgs = @ResourceArg(name = "schema", value = "routing"))
class StaffContactViewTest {

    @Test
    @TestSecurity(user = "view-agent", roles = "agent")
    @OidcSecurity(claims = @Claim(key = "org", value = "ely-uusimaa"))
    void theOpenedContactNamesItsHolderAndThePausedClocksTimeLeft() {
        Queue queue = WorkFixtures.queue("ely-uusimaa", Tier.FIRST_LINE, true);
        WorkFixtures.agent("view-agent", "ely-uusimaa", false, Map.of(), List.of("fi"), 5, Set.of(queue.id));
        QuarkusTransaction.requiringNew().run(() -> Agent.<Agent>findById("view-agent").username = "maija.virtanen");
        UUID id = WorkFixtures.contact(queue, 3, "fi", Map.of(), 5);
        String path = "/api/v1/contacts/" + id;

        given().when().get(path).then().statusCode(200)
                .body("assignedTo", nullValue()).body("assignedToName", nullValue())
                .body("serviceLevel.resolutionMinutesLeft", nullValue());
        given().when().post(path + "/take").then().statusCode(200);
        given().when().get(path).then().statusCode(200)
                .body("assignedTo", equalTo("view-agent")).body("assignedToName", equalTo("maija.virtanen"))
                .body("serviceLevel.pausedSince", nullValue()).body("serviceLevel.resolutionMinutesLeft", nullValue());
        given().queryParam("trackingCode", WorkFixtures.trackingCode(id)).when().get("/api/v1/contacts").then().statusCode(200)
                .body("items[0].assignedTo", equalTo("view-agent")).body("items[0].assignedToName", equalTo("maija.virtanen"));

        given().contentType(ContentType.JSON).body(Map.of("text", "Mikä on kiinteistötunnuksesi?"))
                .when().post(path + "/information-requests").then().statusCode(200);
        Number left = given().when().get(path).then().statusCode(200)
                .body("status", equalTo("WAITING_FOR_CLIENT")).body("serviceLevel.pausedSince", notNullValue())
                .extract().path("serviceLevel.resolutionMinutesLeft");
        Contact paused = WorkFixtures.reload(id);
        assertThat(left).as("business time left when the clock paused").isNotNull();
        assertThat(left.longValue()).isPositive()
                .isLessThanOrEqualTo(Duration.between(paused.waitingSince, paused.resolutionDue).toMinutes());
    }
}
