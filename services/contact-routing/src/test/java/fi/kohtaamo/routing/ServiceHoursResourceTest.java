package fi.kohtaamo.routing;

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
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;

/** Calendars, service-level policies and holidays over REST. */
@QuarkusTest
@QuarkusTestResource(value = KohtaamoServicesResource.class, initArgs = @ResourceArg(name = "schema", value = "routing"))
class ServiceHoursResourceTest {

    private static final String PIRKANMAA_CALENDAR = "/api/v1/service-hours/calendars/0ca1e0da-0000-4000-8000-000000000002";
    private static final String PIRKANMAA_POLICY = "/api/v1/service-hours/sla-policies/05a1a000-0000-4000-8000-000000000002";

    @Test
    void holidaysArePublic() {
        given().when().get("/api/v1/service-hours/holidays/2027").then().statusCode(200).body("", hasSize(15))
                .body("find { it.nameEn == 'Midsummer Day' }.date", equalTo("2027-06-26"))
                .body("find { it.nameEn == 'Good Friday' }.nameSv", equalTo("Långfredagen"));
        given().when().get("/api/v1/service-hours/holidays/1200").then().statusCode(400);
    }

    @Test
    @TestSecurity(user = "hours-supervisor", roles = "supervisor")
    @OidcSecurity(claims = @Claim(key = "org", value = "ely-pirkanmaa"))
    void aSupervisorReplacesTheCalendarAndPolicyOfTheirOrganisation() {
        given().when().get("/api/v1/service-hours/calendars").then().statusCode(200)
                .body("code", hasItem("pirkanmaa-office-hours")).body("[0].periods", hasSize(10));
        Map<String, Object> calendar = Map.of("name", "Pirkanmaa office hours", "zone", "Europe/Helsinki",
                "publicHolidays", true,
                "periods", List.of(Map.of("weekday", 1, "opens", "08:00", "closes", "12:00"),
                        Map.of("weekday", 1, "opens", "12:30", "closes", "16:00")),
                "exceptions", List.of(Map.of("day", "2026-12-31", "opens", "08:00", "closes", "12:00", "reason", "New Year's Eve"),
                        Map.of("day", "2027-01-07", "reason", "staff day")));
        int version = given().when().get(PIRKANMAA_CALENDAR).then().statusCode(200).extract().path("version");
        given().contentType(ContentType.JSON).header("If-Match", "\"" + version + "\"").body(calendar)
                .when().put(PIRKANMAA_CALENDAR).then().statusCode(200)
                .body("periods", hasSize(2)).body("exceptions[1].opens", equalTo(null)).body("version", equalTo(version + 1));
        given().contentType(ContentType.JSON).header("If-Match", "\"" + version + "\"").body(calendar)
                .when().put(PIRKANMAA_CALENDAR).then().statusCode(412);

        Map<String, Object> overlapping = Map.of("name", "x", "zone", "Europe/Helsinki", "publicHolidays", true,
                "periods", List.of(Map.of("weekday", 2, "opens", "08:00", "closes", "12:00"),
                        Map.of("weekday", 2, "opens", "11:00", "closes", "16:00")));
        given().contentType(ContentType.JSON).header("If-Match", "\"" + (version + 1) + "\"").body(overlapping)
                .when().put(PIRKANMAA_CALENDAR).then().statusCode(400).body("violations[0].field", equalTo("periods[1]"));
        Map<String, Object> badZone = Map.of("name", "x", "zone", "Mars/Olympus", "publicHolidays", true,
                "periods", List.of(Map.of("weekday", 8, "opens", "08:00", "closes", "12:00")));
        given().contentType(ContentType.JSON).header("If-Match", "\"" + (version + 1) + "\"").body(badZone)
                .when().put(PIRKANMAA_CALENDAR).then().statusCode(400).body("violations[0].field", equalTo("periods[0].weekday"));

        int policyVersion = given().when().get("/api/v1/service-hours/sla-policies").then().statusCode(200)
                .extract().path("find { it.code == 'pirkanmaa-standard' }.version");
        Map<String, Object> policy = Map.of("name", "Pirkanmaa standard", "atRiskShare", 0.8, "raisePriority", false,
                "overflowQueue", "pirkanmaa-triage",
                "targets", List.of(Map.of("priority", 1, "firstResponseMinutes", 30, "resolutionMinutes", 240)));
        given().contentType(ContentType.JSON).header("If-Match", "\"" + policyVersion + "\"").body(policy)
                .when().put(PIRKANMAA_POLICY).then().statusCode(200).body("targets", hasSize(1))
                .body("atRiskShare", equalTo(0.8f));
        Map<String, Object> inverted = Map.of("name", "x", "atRiskShare", 0.8, "raisePriority", false,
                "targets", List.of(Map.of("priority", 1, "firstResponseMinutes", 300, "resolutionMinutes", 240)));
        given().contentType(ContentType.JSON).header("If-Match", "\"" + (policyVersion + 1) + "\"").body(inverted)
                .when().put(PIRKANMAA_POLICY).then().statusCode(400).body("violations[0].field", equalTo("targets[0].resolutionMinutes"));
        Map<String, Object> foreignOverflow = Map.of("name", "x", "atRiskShare", 0.8, "raisePriority", false,
                "overflowQueue", "uusimaa-triage",
                "targets", List.of(Map.of("priority", 1, "firstResponseMinutes", 30, "resolutionMinutes", 240)));
        given().contentType(ContentType.JSON).header("If-Match", "\"" + (policyVersion + 1) + "\"").body(foreignOverflow)
                .when().put(PIRKANMAA_POLICY).then().statusCode(400).body("violations[0].field", equalTo("overflowQueue"));
    }

    @Test
    @TestSecurity(user = "hours-creator", roles = "supervisor")
    @OidcSecurity(claims = @Claim(key = "org", value = "ely-pirkanmaa"))
    void aSupervisorCreatesCalendarsAndPoliciesAndEveryChangeNamesItsVersion() {
        Map<String, Object> calendar = Map.of("name", "Pirkanmaa phone hours", "zone", "Europe/Helsinki", "publicHolidays", true,
                "periods", List.of(Map.of("weekday", 1, "opens", "09:00", "closes", "15:00")),
                "exceptions", List.of(Map.of("day", "2027-06-25", "reason", "Midsummer Eve")));
        String calendarId = given().contentType(ContentType.JSON).body(calendar).when().post("/api/v1/service-hours/calendars")
                .then().statusCode(201).header("ETag", "\"0\"")
                .body("organisation", equalTo("ely-pirkanmaa")).body("periods", hasSize(1)).extract().path("id");
        String path = "/api/v1/service-hours/calendars/" + calendarId;
        given().contentType(ContentType.JSON).body(calendar).when().put(path).then().statusCode(428);
        given().contentType(ContentType.JSON).header("If-Match", "\"0\"").body(calendar).when().put(path)
                .then().statusCode(200).body("version", equalTo(1));
        given().contentType(ContentType.JSON).header("If-Match", "\"0\"").body(calendar).when().put(path).then().statusCode(412);
        Map<String, Object> twiceClosed = Map.of("name", "x", "zone", "Europe/Helsinki", "publicHolidays", true,
                "periods", List.of(Map.of("weekday", 1, "opens", "09:00", "closes", "15:00")),
                "exceptions", List.of(Map.of("day", "2027-06-25"), Map.of("day", "2027-06-25", "opens", "09:00", "closes", "12:00")));
        given().contentType(ContentType.JSON).header("If-Match", "\"1\"").body(twiceClosed).when().put(path)
                .then().statusCode(400).body("violations[0].field", equalTo("exceptions[1]"));
        Map<String, Object> backwards = Map.of("name", "x", "zone", "Europe/Helsinki", "publicHolidays", true,
                "periods", List.of(Map.of("weekday", 1, "opens", "15:00", "closes", "09:00")));
        given().contentType(ContentType.JSON).body(backwards).when().post("/api/v1/service-hours/calendars")
                .then().statusCode(400).body("violations[0].field", equalTo("periods[0]"));
        Map<String, Object> badTime = Map.of("name", "x", "zone", "Europe/Helsinki", "publicHolidays", true,
                "periods", List.of(Map.of("weekday", 1, "opens", "25:00", "closes", "26:00")));
        given().contentType(ContentType.JSON).body(badTime).when().post("/api/v1/service-hours/calendars")
                .then().statusCode(400).contentType("application/problem+json");
        Map<String, Object> longName = Map.of("name", "x".repeat(100_000), "zone", "Europe/Helsinki", "publicHolidays", true,
                "periods", List.of(Map.of("weekday", 1, "opens", "09:00", "closes", "15:00")));
        given().contentType(ContentType.JSON).body(longName).when().post("/api/v1/service-hours/calendars")
                .then().statusCode(400).body("violations[0].field", equalTo("name"));

        Map<String, Object> policy = Map.of("name", "Pirkanmaa urgent", "atRiskShare", 0.5, "raisePriority", true,
                "overflowQueue", "pirkanmaa-triage",
                "targets", List.of(Map.of("priority", 1, "firstResponseMinutes", 15, "resolutionMinutes", 120),
                        Map.of("priority", 2, "firstResponseMinutes", 60, "resolutionMinutes", 480)));
        String policyId = given().contentType(ContentType.JSON).body(policy).when().post("/api/v1/service-hours/sla-policies")
                .then().statusCode(201).body("targets", hasSize(2)).body("overflowQueue", equalTo("pirkanmaa-triage"))
                .extract().path("id");
        String policyPath = "/api/v1/service-hours/sla-policies/" + policyId;
        given().when().get(policyPath).then().statusCode(200).header("ETag", "\"0\"").body("name", equalTo("Pirkanmaa urgent"));
        given().contentType(ContentType.JSON).body(policy).when().put(policyPath).then().statusCode(428);
        given().contentType(ContentType.JSON).header("If-Match", "\"0\"").body(policy).when().put(policyPath).then().statusCode(200);
        given().contentType(ContentType.JSON).header("If-Match", "\"0\"").body(policy).when().put(policyPath).then().statusCode(412);
        Map<String, Object> twice = Map.of("name", "x", "atRiskShare", 0.5, "raisePriority", true,
                "targets", List.of(Map.of("priority", 1, "firstResponseMinutes", 15, "resolutionMinutes", 120),
                        Map.of("priority", 1, "firstResponseMinutes", 60, "resolutionMinutes", 480)));
        given().contentType(ContentType.JSON).body(twice).when().post("/api/v1/service-hours/sla-policies")
                .then().statusCode(400).body("violations[0].field", equalTo("targets[1].priority"));
        Map<String, Object> share = Map.of("name", "x", "atRiskShare", 2, "raisePriority", true,
                "targets", List.of(Map.of("priority", 9, "firstResponseMinutes", 15, "resolutionMinutes", 120)));
        given().contentType(ContentType.JSON).body(share).when().post("/api/v1/service-hours/sla-policies")
                .then().statusCode(400).body("violations.field", org.hamcrest.Matchers.hasItems("atRiskShare", "targets[0].priority"));
    }

    @Test
    @TestSecurity(user = "hours-supervisor-u2", roles = "supervisor")
    @OidcSecurity(claims = @Claim(key = "org", value = "ely-uusimaa"))
    void anotherOrganisationsPolicyIsAnsweredAsIfItDidNotExist() {
        given().when().get(PIRKANMAA_POLICY).then().statusCode(404);
        given().contentType(ContentType.JSON).header("If-Match", "\"0\"")
                .body(Map.of("name", "x", "atRiskShare", 0.8, "raisePriority", false,
                        "targets", List.of(Map.of("priority", 1, "firstResponseMinutes", 30, "resolutionMinutes", 240))))
                .when().put(PIRKANMAA_POLICY).then().statusCode(404);
        given().when().get("/api/v1/service-hours/sla-policies").then().statusCode(200)
                .body("organisation", org.hamcrest.Matchers.everyItem(equalTo("ely-uusimaa")));
    }

    @Test
    @TestSecurity(user = "hours-supervisor-u", roles = "supervisor")
    @OidcSecurity(claims = @Claim(key = "org", value = "ely-uusimaa"))
    void anotherOrganisationsCalendarIsAnsweredAsIfItDidNotExist() {
        given().when().get(PIRKANMAA_CALENDAR).then().statusCode(404).body("detail", endsWith("does not exist"));
        given().contentType(ContentType.JSON).header("If-Match", "\"0\"")
                .body(Map.of("name", "x", "zone", "Europe/Helsinki", "publicHolidays", true,
                        "periods", List.of(Map.of("weekday", 1, "opens", "08:00", "closes", "12:00"))))
                .when().put(PIRKANMAA_CALENDAR).then().statusCode(404);
    }

    @Test
    @TestSecurity(user = "hours-agent", roles = "agent")
    @OidcSecurity(claims = @Claim(key = "org", value = "ely-pirkanmaa"))
    void agentsReadButDoNotChange() {
        given().when().get("/api/v1/service-hours/sla-policies").then().statusCode(200);
        given().contentType(ContentType.JSON).header("If-Match", "\"0\"")
                .body(Map.of("name", "x", "atRiskShare", 0.8, "raisePriority", false,
                        "targets", List.of(Map.of("priority", 1, "firstResponseMinutes", 30, "resolutionMinutes", 240))))
                .when().put(PIRKANMAA_POLICY).then().statusCode(403);
    }
}
