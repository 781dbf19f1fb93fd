package fi.kohtaamo.catalogue;

import fi.kohtaamo.catalogue.domain.Channel;
import fi.kohtaamo.catalogue.domain.ChannelType;
import fi.kohtaamo.catalogue.domain.Organisation;
import fi.kohtaamo.testsupport.KohtaamoServicesResource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

/** A catalogue admin changes their own channels' hours, with If-Match, and nobody else's. */
@QuarkusTest
@QuarkusTestResource(value = KohtaamoServicesResource.class, initArgs = @ResourceArg(name = "schema", value = "catalogue"))
class ChannelHoursTest {

    /** The channels a test made, removed after it: other tests count the seeded ones. */
    private static final List<UUID> MADE = new java.util.concurrent.CopyOnWriteArrayList<>();

    @org.junit.jupiter.api.AfterEach
    void removeMadeChannels() {
        if (!MADE.isEmpty()) {
            QuarkusTransaction.requiringNew().run(() -> Channel.delete("id in ?1", List.copyOf(MADE)));
        }
        MADE.clear();
    }

    static UUID channelOf(String organisationCode) {
        return QuarkusTransaction.requiringNew().call(() -> {
            Channel channel = new Channel();
            channel.id = UUID.randomUUID();
            channel.organisationId = Organisation.<Organisation>find("code", organisationCode).firstResult().id;
            channel.type = ChannelType.PHONE;
            channel.nameFi = "Puhelinpalvelu";
            channel.nameSv = "Telefonservice";
            channel.nameEn = "Phone service";
            channel.updatedAt = Instant.now();
            channel.persist();
            MADE.add(channel.id);
            return channel.id;
        });
    }

    static Map<String, Object> hours() {
        Map<String, Object> body = new HashMap<>();
        body.put("closedOnPublicHolidays", true);
        body.put("hours", List.of(Map.of("day", "MONDAY", "from", "08:00", "to", "12:00"),
                Map.of("day", "MONDAY", "from", "13:00", "to", "16:00"),
                Map.of("day", "FRIDAY", "from", "09:00", "to", "24:00")));
        Map<String, Object> closed = new HashMap<>(Map.of("date", "2026-12-31", "closed", true));
        closed.put("note", Map.of("fi", "Vuodenvaihde", "sv", "Årsskifte", "en", "New Year"));
        body.put("exceptions", List.of(closed, Map.of("date", "2026-12-30", "closed", false, "from", "10:00", "to", "14:00")));
        return body;
    }

    private static ValidatableResponse put(UUID id, String version, Object body) {
        var request = given().contentType(ContentType.JSON).body(body);
        if (version != null) {
            request.header("If-Match", "\"" + version + "\"");
        }
        return request.when().put("/api/v1/channels/" + id + "/hours").then();
    }

    @Test
    @TestSecurity(user = "admin-uusimaa", roles = "catalogue-admin")
    @OidcSecurity(claims = @Claim(key = "org", value = "ely-uusimaa"))
    void anAdminChangesTheHoursWithIfMatch() {
        UUID id = channelOf("ely-uusimaa");
        given().when().get("/api/v1/channels/own").then().statusCode(200).body("id", hasItem(id.toString()));
        given().when().get("/api/v1/channels/own/" + id).then().statusCode(200).header("ETag", "\"1\"")
                .body("version", equalTo(1)).body("title", equalTo("Puhelinpalvelu"));

        put(id, null, hours()).statusCode(428).contentType("application/problem+json");
        put(id, "1", hours()).statusCode(200).header("ETag", "\"2\"")
                .body("hours.schedules[0].periods.size()", equalTo(3))
                .body("hours.exceptions[0].date", equalTo("2026-12-30"))
                .body("hours.exceptions[1].reason.sv", equalTo("Årsskifte"));
        put(id, "1", hours()).statusCode(412).body("currentVersion", equalTo(2));

        // the public view shows the new hours too
        given().auth().none().when().get("/api/v1/channels/" + id).then().statusCode(200)
                .body("hours.exceptions[1].closed", equalTo(true));
    }

    @Test
    @TestSecurity(user = "admin-uusimaa", roles = "catalogue-admin")
    @OidcSecurity(claims = @Claim(key = "org", value = "ely-uusimaa"))
    void aSeasonsScheduleSurvivesAChangeOfTheYearRoundHours() {
        UUID id = channelOf("ely-uusimaa");
        QuarkusTransaction.requiringNew().run(() -> {
            Channel channel = Channel.findById(id);
            channel.hours = new fi.kohtaamo.catalogue.domain.ServiceHours(false, true, List.of(
                    new fi.kohtaamo.catalogue.domain.ServiceHours.WeeklySchedule(null, null, List.of()),
                    new fi.kohtaamo.catalogue.domain.ServiceHours.WeeklySchedule(java.time.LocalDate.parse("2027-06-14"),
                            java.time.LocalDate.parse("2027-08-13"), List.of(new fi.kohtaamo.catalogue.domain.ServiceHours.Period(
                                    java.time.DayOfWeek.MONDAY, java.time.LocalTime.of(9, 0), java.time.LocalTime.of(15, 0))))), List.of());
        });
        int version = given().when().get("/api/v1/channels/own/" + id).then().statusCode(200).extract().path("version");
        put(id, String.valueOf(version), hours()).statusCode(200)
                .body("hours.schedules.size()", equalTo(2))
                .body("hours.schedules[0].validFrom", equalTo(null))
                .body("hours.schedules[0].periods.size()", equalTo(3))
                .body("hours.schedules[1].validFrom", equalTo("2027-06-14"))
                .body("hours.schedules[1].periods[0].closes", startsWith("15:00"));
    }

    @Test
    @TestSecurity(user = "admin-uusimaa", roles = "catalogue-admin")
    @OidcSecurity(claims = @Claim(key = "org", value = "ely-uusimaa"))
    void badHoursAreRefusedNamingTheField() {
        UUID id = channelOf("ely-uusimaa");
        refused(id, "hours", 1, "from", "8:00", "hours[1].from");
        refused(id, "hours", 1, "from", "25:00", "hours[1].from");
        refused(id, "hours", 1, "from", "11:00", "hours[1].from"); // overlaps 08:00-12:00 on Monday
        refused(id, "hours", 2, "to", "08:00", "hours[2].to");
        refused(id, "hours", 0, "day", "MONTAG", "hours[0].day");
        refused(id, "hours", 0, "from", "08\u0000:00", "hours[0].from");
        refused(id, "hours", 0, "from", "x".repeat(100_000), "hours[0].from");
        refused(id, "exceptions", 0, "date", "2026-02-30", "exceptions[0].date");
        refused(id, "exceptions", 1, "date", "2026-12-31", "exceptions[1].date"); // twice
        refused(id, "exceptions", 0, "note", Map.of("fi", "x".repeat(100_000)), "exceptions[0].note.fi");
        refused(id, "exceptions", 1, "from", null, "exceptions[1].from");

        Map<String, Object> wrongType = hours();
        wrongType.put("hours", "maanantaisin");
        put(id, "1", wrongType).statusCode(400).body("violations[0].field", equalTo("hours"));
        Map<String, Object> tooMany = hours();
        List<Map<String, Object>> days = new ArrayList<>();
        for (int i = 0; i < 367; i++) {
            days.add(Map.of("date", java.time.LocalDate.of(2027, 1, 1).plusDays(i).toString(), "closed", true));
        }
        tooMany.put("exceptions", days);
        put(id, "1", tooMany).statusCode(400).body("violations[0].field", equalTo("exceptions"));
        given().when().get("/api/v1/channels/own/" + id).then().body("version", equalTo(1));
    }

    @Test
    @TestSecurity(user = "admin-uusimaa", roles = "catalogue-admin")
    @OidcSecurity(claims = @Claim(key = "org", value = "ely-uusimaa"))
    void anExceptionalDayHasSeveralPeriods() {
        UUID id = channelOf("ely-uusimaa");
        Map<String, Object> body = hours();
        body.put("exceptions", List.of(Map.of("date", "2026-12-30", "periods", List.of(
                Map.of("from", "12:00", "to", "15:00"), Map.of("from", "08:00", "to", "11:00")))));
        put(id, "1", body).statusCode(200).header("ETag", "\"2\"")
                .body("hours.exceptions[0].closed", equalTo(false))
                .body("hours.exceptions[0].periods.size()", equalTo(2))
                .body("hours.exceptions[0].periods[0].opens", startsWith("08:00"))
                .body("hours.exceptions[0].periods[0].closes", startsWith("11:00"))
                .body("hours.exceptions[0].periods[1].opens", startsWith("12:00"))
                .body("hours.exceptions[0].periods[1].closes", startsWith("15:00"));
        given().auth().none().when().get("/api/v1/channels/" + id).then().statusCode(200)
                .body("hours.exceptions[0].periods.size()", equalTo(2));
    }

    @Test
    @TestSecurity(user = "admin-uusimaa", roles = "catalogue-admin")
    @OidcSecurity(claims = @Claim(key = "org", value = "ely-uusimaa"))
    void overlappingOrReversedPeriodsOfAnExceptionalDayAreRefusedNamingTheField() {
        UUID id = channelOf("ely-uusimaa");
        periodsRefused(id, List.of(Map.of("from", "08:00", "to", "11:00"), Map.of("from", "10:30", "to", "15:00")),
                "exceptions[0].periods[1].from");
        periodsRefused(id, List.of(Map.of("from", "08:00", "to", "11:00"), Map.of("from", "15:00", "to", "12:00")),
                "exceptions[0].periods[1].to");
        periodsRefused(id, List.of(Map.of("from", "08:00", "to", "24:00"), Map.of("from", "23:00", "to", "24:00")),
                "exceptions[0].periods[1].from");
        periodsRefused(id, List.of(Map.of("from", "8", "to", "11:00")), "exceptions[0].periods[0].from");
        periodsRefused(id, List.of(Map.of("from", "08:00")), "exceptions[0].periods[0].to");
        List<Map<String, Object>> seven = new ArrayList<>();
        for (int hour = 1; hour <= 7; hour++) {
            seven.add(Map.of("from", String.format("%02d:00", hour * 2), "to", String.format("%02d:30", hour * 2)));
        }
        periodsRefused(id, seven, "exceptions[0].periods");
        Map<String, Object> both = hours();
        both.put("exceptions", List.of(Map.of("date", "2026-12-30", "from", "08:00", "to", "09:00",
                "periods", List.of(Map.of("from", "10:00", "to", "11:00")))));
        put(id, "1", both).statusCode(400).body("violations[0].field", equalTo("exceptions[0].from"));
        Map<String, Object> wrongType = hours();
        wrongType.put("exceptions", List.of(Map.of("date", "2026-12-30", "periods", "8-11")));
        put(id, "1", wrongType).statusCode(400).contentType("application/problem+json");
        given().when().get("/api/v1/channels/own/" + id).then().body("version", equalTo(1));
    }

    private static void periodsRefused(UUID id, List<?> periods, String field) {
        Map<String, Object> body = hours();
        body.put("exceptions", List.of(Map.of("date", "2026-12-30", "periods", periods)));
        put(id, "1", body).statusCode(400).contentType("application/problem+json").body("violations[0].field", equalTo(field));
    }

    @SuppressWarnings("unchecked")
    private static void refused(UUID id, String list, int index, String key, Object value, String field) {
        Map<String, Object> body = hours();
        List<Map<String, Object>> items = new ArrayList<>((List<Map<String, Object>>) body.get(list));
        Map<String, Object> item = new HashMap<>(items.get(index));
        item.put(key, value);
        items.set(index, item);
        body.put(list, items);
        put(id, "1", body).statusCode(400).contentType("application/problem+json").body("violations[0].field", equalTo(field));
    }

    @Test
    @TestSecurity(user = "admin-pirkanmaa", roles = "catalogue-admin")
    @OidcSecurity(claims = @Claim(key = "org", value = "ely-pirkanmaa"))
    void anotherOrganisationsChannelIsNotFound() {
        UUID id = channelOf("ely-uusimaa");
        given().when().get("/api/v1/channels/own/" + id).then().statusCode(404);
        put(id, "1", hours()).statusCode(404).contentType("application/problem+json");
        given().when().get("/api/v1/channels/own").then().statusCode(200).body("id", not(hasItem(id.toString())));
    }

    @Test
    @TestSecurity(user = "agent-uusimaa", roles = "agent")
    @OidcSecurity(claims = @Claim(key = "org", value = "ely-uusimaa"))
    void anAgentCannotChangeHours() {
        UUID id = channelOf("ely-uusimaa");
        put(id, "1", hours()).statusCode(403);
        given().when().get("/api/v1/channels/own").then().statusCode(403);
    }
}
