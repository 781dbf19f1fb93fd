package fi.kohtaamo.webchannel;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.filter.cookie.CookieFilter;
import io.vertx.core.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

/**
 * The supervisor's set-up pages (queues, calendars, service-level policies, agents) against
 * stand-ins of contact routing and the catalogue (SetupStubs): each page in three languages, a
 * change carrying the version the page showed as If-Match, a stale one showing the current values,
 * refusals beside their fields, and nobody else let in.
 */
@QuarkusTest
@QuarkusTestResource(DomainServiceStubs.class)
@ExtendWith(DomainServiceStubs.OnContract.class)
class SetupPagesTest {

    private static final String QUEUE = "/supervise/queues/" + SetupStubs.QUEUE;
    private static final String CALENDAR = "/supervise/calendars/" + SetupStubs.CALENDAR;
    private static final String POLICY = "/supervise/policies/" + SetupStubs.POLICY;
    private static final String AGENT = "/supervise/team/a-1";

    @Test
    @TestSecurity(user = "agent-1", roles = {"agent", "manager"})
    void nobodyButASupervisorOpensThem() {
        SetupStubs.CALLS.clear();
        for (String page : new String[] {"/supervise/queues", QUEUE, "/supervise/calendars/new", CALENDAR, "/supervise/policies",
                POLICY, "/supervise/team", AGENT}) {
            given().header("Accept-Language", "en").when().get(page).then().statusCode(403)
                    .body(containsString("<h1>No access</h1>")).body(not(containsString("Uusimaa office hours")));
        }
        given().redirects().follow(false).contentType("application/x-www-form-urlencoded").formParam("name", "x")
                .when().post(CALENDAR).then().statusCode(not(org.hamcrest.Matchers.is(303)));
        assertThat(SetupStubs.CALLS).as("nothing asked of routing").isEmpty();
    }

    @Test
    void withoutSigningInTheyAskToSignIn() {
        given().redirects().follow(false).when().get("/supervise/calendars").then().statusCode(303)
                .header("Location", containsString("/login?redirect=/supervise/calendars"));
    }

    @ParameterizedTest
    @CsvSource({"fi,Jonot,Ensilinja,Uusi kalenteri,Pirkanmaan ELY-keskus,Juhannusaatto,Kiireellisyys 1,ruotsi",
            "sv,Köer,Första linjen,Ny kalender,NTM-centralen i Birkaland,Midsommarafton,Prioritet 1,svenska",
            "en,Queues,First line,New calendar,ELY Centre for Pirkanmaa,Midsummer Eve,Priority 1,Swedish"})
    @TestSecurity(user = "supervisor-1", roles = "supervisor")
    void eachPageSpeaksThePagesLanguage(String language, String queues, String tier, String newCalendar, String organisation,
                                        String eve, String priority, String swedish) {
        given().queryParam("lang", language).when().get("/supervise").then().statusCode(200)
                .body(containsString("<a href=\"/supervise/queues\">" + queues + "</a>"))
                .body(containsString("href=\"/supervise/calendars\"")).body(containsString("href=\"/supervise/policies\""))
                .body(containsString("href=\"/supervise/team\""));
        given().queryParam("lang", language).when().get("/supervise/queues").then().statusCode(200)
                .body(containsString("<h1>" + queues + "</h1>")).body(containsString("<caption>" + queues + "</caption>"))
                .body(containsString("<a href=\"" + QUEUE + "\">uusimaa-permits</a>"))
                .body(containsString("<td>Uusimaa office hours</td><td>Uusimaa standard</td><td>" + organisation + "</td>"));
        given().queryParam("lang", language).when().get(QUEUE).then().statusCode(200)
                .body(containsString("<option value=\"FIRST_LINE\">" + tier + "</option>"))
                .body(containsString("<input type=\"checkbox\" name=\"sharedWith\" id=\"share-ely-pirkanmaa\" value=\"ely-pirkanmaa\" checked>"))
                .body(containsString("<label for=\"share-ely-pirkanmaa\">" + organisation + "</label>"))
                .body(not(containsString("share-ely-uusimaa")));
        given().queryParam("lang", language).when().get("/supervise/calendars/new").then().statusCode(200)
                .body(containsString("<h1>" + newCalendar)).body(containsString(eve));
        given().queryParam("lang", language).when().get(POLICY).then().statusCode(200)
                .body(containsString("<legend>" + priority + "</legend>"))
                .body(containsString("id=\"t1-first\" name=\"t1-first\" type=\"number\" value=\"30\""))
                .body(containsString("id=\"atRisk\" name=\"atRisk\" type=\"number\" value=\"75\""));
        given().queryParam("lang", language).when().get(AGENT).then().statusCode(200)
                .body(containsString("<label for=\"languages-sv\">" + swedish + "</label>"))
                .body(containsString("id=\"s0-name\" name=\"s0-name\" type=\"text\" maxlength=\"50\" value=\"permits\""));
        given().queryParam("lang", language).when().get("/supervise/team").then().statusCode(200)
                .body(containsString("<a href=\"" + AGENT + "\">agent.uusimaa</a>")).body(containsString("<td>3 / 3</td>"));
    }

    @Test
    @TestSecurity(user = "supervisor-1", roles = "supervisor")
    void aCalendarChangeNamesTheVersionItReplacesAndShowsTheHolidaysOfTheChosenYear() {
        CookieFilter cookies = new CookieFilter();
        String page = given().filter(cookies).queryParam("lang", "en").queryParam("year", "2027").when().get(CALENDAR)
                .then().statusCode(200)
                .body(containsString("<input type=\"hidden\" name=\"version\" value=\"2\">"))
                .body(containsString("id=\"p1-1-opens\" name=\"p1-1-opens\" type=\"time\" value=\"12:00\""))
                .body(containsString("id=\"x0-day\" name=\"x0-day\" type=\"date\" value=\"2027-06-25\""))
                .body(containsString("Finland&#39;s holidays 2027"))
                .body(containsString("<th scope=\"row\">2027-06-26</th><td>Midsummer Day</td><td>Public holiday</td>"))
                .extract().asString();
        SetupStubs.CALLS.clear();
        given().filter(cookies).redirects().follow(false).contentType("application/x-www-form-urlencoded")
                .formParam("csrf-token", Forms.csrfToken(page)).formParam("version", "2").formParam("name", "Office hours")
                .formParam("publicHolidays", "true").formParam("zone", "Europe/Helsinki")
                .formParam("p1-0-opens", "08:00").formParam("p1-0-closes", "11:30").formParam("p1-1-opens", "")
                .formParam("p1-1-closes", "").formParam("p3-0-opens", "9.15").formParam("p3-0-closes", "15:00")
                .formParam("x0-day", "2027-06-25").formParam("x0-opens", "").formParam("x0-closes", "").formParam("x0-reason", "Eve")
                .formParam("x1-day", "2027-12-23").formParam("x1-opens", "09:00").formParam("x1-closes", "12:00").formParam("x1-reason", "")
                .when().post(CALENDAR).then().statusCode(303).header("Location", "/supervise/calendars?notice=calendar_saved");
        String put = SetupStubs.CALLS.stream().filter(c -> c.startsWith("PUT")).findFirst().orElseThrow();
        assertThat(put).startsWith("PUT /api/v1/service-hours/calendars/" + SetupStubs.CALENDAR + " If-Match \"2\" ");
        JsonObject sent = new JsonObject(put.substring(put.indexOf('{')));
        assertThat(sent.getJsonArray("periods").encode())
                .isEqualTo("[{\"weekday\":1,\"opens\":\"08:00\",\"closes\":\"11:30\"},{\"weekday\":3,\"opens\":\"09:15\",\"closes\":\"15:00\"}]");
        assertThat(sent.getJsonArray("exceptions").getJsonObject(0).getValue("opens")).as("a closed day has no hours").isNull();
        assertThat(sent.getJsonArray("exceptions").getJsonObject(1).getString("closes")).isEqualTo("12:00");
        given().filter(cookies).queryParam("notice", "calendar_saved").queryParam("lang", "sv").when().get("/supervise/calendars")
                .then().body(containsString("Kalendern sparades.")).body(containsString("<td>må 08:00–11:30, må 12:00–16:00</td>"));
    }

    @Test
    @TestSecurity(user = "supervisor-1", roles = "supervisor")
    void badTimesAndOverlapsAreRefusedBesideTheirFields() {
        CookieFilter cookies = new CookieFilter();
        String page = given().filter(cookies).queryParam("lang", "en").when().get(CALENDAR).then().statusCode(200).extract().asString();
        SetupStubs.CALLS.clear();
        given().filter(cookies).contentType("application/x-www-form-urlencoded").header("Accept-Language", "en")
                .formParam("csrf-token", Forms.csrfToken(page)).formParam("version", "2").formParam("name", "x\u0000")
                .formParam("p1-0-opens", "25:00").formParam("p1-0-closes", "16:00")
                .formParam("p2-0-opens", "16:00").formParam("p2-0-closes", "08:00")
                .formParam("x0-day", "next friday").formParam("x0-opens", "").formParam("x0-closes", "").formParam("x0-reason", "")
                .when().post(CALENDAR).then().statusCode(400)
                .body(containsString("<p class=\"error\" id=\"name-error\">Give a name (at most 200 characters).</p>"))
                .body(containsString("<p class=\"error\" id=\"p1-0-opens-error\">Give a time as HH:MM, such as 08:00.</p>"))
                .body(containsString("<p class=\"error\" id=\"p2-0-closes-error\">The closing time must be after the opening time.</p>"))
                .body(containsString("<p class=\"error\" id=\"x0-day-error\">Give the date as YYYY-MM-DD.</p>"))
                .body(containsString("<a href=\"#p1-0-opens\">"));
        assertThat(SetupStubs.CALLS).as("nothing is sent while the page finds errors")
                .noneMatch(call -> call.startsWith("PUT") || call.startsWith("POST"));

        // Routing finds the overlap and names the second period sent: the row it came from.
        given().filter(cookies).contentType("application/x-www-form-urlencoded").header("Accept-Language", "en")
                .formParam("csrf-token", Forms.csrfToken(page)).formParam("version", "2").formParam("name", "Overlapping")
                .formParam("p1-0-opens", "08:00").formParam("p1-0-closes", "12:00")
                .formParam("p1-1-opens", "11:00").formParam("p1-1-closes", "16:00")
                .when().post(CALENDAR).then().statusCode(400)
                .body(containsString("<p class=\"error\" id=\"p1-1-opens-error\">This value was refused: check it.</p>"))
                .body(containsString("value=\"11:00\""));
    }

    @Test
    @TestSecurity(user = "supervisor-1", roles = "supervisor")
    void aStaleChangeShowsTheCurrentValuesWithANotice() {
        CookieFilter cookies = new CookieFilter();
        String page = given().filter(cookies).queryParam("lang", "en").when().get(POLICY).then().statusCode(200).extract().asString();
        SetupStubs.CALLS.clear();
        given().filter(cookies).contentType("application/x-www-form-urlencoded").header("Accept-Language", "en")
                .formParam("csrf-token", Forms.csrfToken(page)).formParam("version", "1").formParam("name", "Mine")
                .formParam("atRisk", "80").formParam("t1-first", "20").formParam("t1-resolution", "100")
                .when().post(POLICY).then().statusCode(409)
                .body(containsString("Someone changed this meanwhile."))
                .body(containsString("value=\"Uusimaa standard\"")).body(not(containsString("value=\"Mine\"")))
                .body(containsString("<input type=\"hidden\" name=\"version\" value=\"2\">"));
        assertThat(SetupStubs.CALLS).anyMatch(call -> call.startsWith("PUT /api/v1/service-hours/sla-policies/" + SetupStubs.POLICY
                + " If-Match \"1\""));
    }

    @Test
    @TestSecurity(user = "supervisor-1", roles = "supervisor")
    void aPolicyQueueAndAgentChangeEachCarryTheirVersion() {
        CookieFilter cookies = new CookieFilter();
        String page = given().filter(cookies).queryParam("lang", "en").when().get(POLICY).then().statusCode(200).extract().asString();
        SetupStubs.CALLS.clear();
        given().filter(cookies).redirects().follow(false).contentType("application/x-www-form-urlencoded")
                .formParam("csrf-token", Forms.csrfToken(page)).formParam("version", "2").formParam("name", "Standard")
                .formParam("atRisk", "80").formParam("raisePriority", "true").formParam("overflowQueue", "uusimaa-permits")
                .formParam("t1-first", "20").formParam("t1-resolution", "100").formParam("t3-first", "60").formParam("t3-resolution", "480")
                .when().post(POLICY).then().statusCode(303).header("Location", "/supervise/policies?notice=policy_saved");
        String put = SetupStubs.CALLS.stream().filter(c -> c.startsWith("PUT")).findFirst().orElseThrow();
        assertThat(put).startsWith("PUT /api/v1/service-hours/sla-policies/" + SetupStubs.POLICY + " If-Match \"2\" ");
        JsonObject sent = new JsonObject(put.substring(put.indexOf('{')));
        assertThat(sent.getValue("atRiskShare").toString()).isEqualTo("0.8");
        assertThat(sent.getJsonArray("targets").encode()).isEqualTo(
                "[{\"priority\":1,\"firstResponseMinutes\":20,\"resolutionMinutes\":100},{\"priority\":3,\"firstResponseMinutes\":60,\"resolutionMinutes\":480}]");

        page = given().filter(cookies).queryParam("lang", "en").when().get(QUEUE).then().statusCode(200)
                .body(containsString("<input type=\"hidden\" name=\"version\" value=\"2\">")).extract().asString();
        SetupStubs.CALLS.clear();
        given().filter(cookies).redirects().follow(false).contentType("application/x-www-form-urlencoded")
                .formParam("csrf-token", Forms.csrfToken(page)).formParam("version", "2").formParam("code", "uusimaa-permits")
                .formParam("name-fi", "Luvat").formParam("name-sv", "Tillstånd").formParam("name-en", "Permits")
                .formParam("tier", "EXPERT").formParam("calendarId", SetupStubs.CALENDAR).formParam("slaPolicyId", "")
                .formParam("sharedWith", "ely-pirkanmaa")
                .when().post(QUEUE).then().statusCode(303).header("Location", "/supervise/queues?notice=queue_saved");
        put = SetupStubs.CALLS.stream().filter(c -> c.startsWith("PUT")).findFirst().orElseThrow();
        assertThat(put).startsWith("PUT /api/v1/queues/" + SetupStubs.QUEUE + " If-Match \"2\" ");
        sent = new JsonObject(put.substring(put.indexOf('{')));
        assertThat(sent.getValue("code")).as("the code is not sent on a change").isNull();
        assertThat(sent.getValue("slaPolicyId")).isNull();
        assertThat(sent.getJsonArray("sharedWith").getList()).containsExactly("ely-pirkanmaa");

        page = given().filter(cookies).queryParam("lang", "en").when().get(AGENT).then().statusCode(200).extract().asString();
        SetupStubs.CALLS.clear();
        given().filter(cookies).redirects().follow(false).contentType("application/x-www-form-urlencoded")
                .formParam("csrf-token", Forms.csrfToken(page)).formParam("version", "2").formParam("username", "agent.uusimaa")
                .formParam("s0-name", "permits").formParam("s0-level", "4").formParam("s1-name", "roads").formParam("s1-level", "2")
                .formParam("s2-name", "").formParam("s2-level", "1")
                .formParam("languages", "fi").formParam("languages", "en").formParam("capacity", "6")
                .formParam("queueIds", SetupStubs.QUEUE)
                .when().post(AGENT).then().statusCode(303).header("Location", "/supervise/team?notice=agent_saved");
        put = SetupStubs.CALLS.stream().filter(c -> c.startsWith("PUT")).findFirst().orElseThrow();
        assertThat(put).startsWith("PUT /api/v1/agents/a-1 If-Match \"2\" ");
        sent = new JsonObject(put.substring(put.indexOf('{')));
        assertThat(sent.getJsonObject("skills").getMap()).isEqualTo(Map.of("permits", 4, "roads", 2));
        assertThat(sent.getJsonArray("languages").getList()).containsExactly("fi", "en");
        assertThat(sent.getInteger("capacity")).isEqualTo(6);
    }

    @Test
    @TestSecurity(user = "supervisor-1", roles = "supervisor")
    void aNewQueueIsCheckedHereAndByRoutingBesideItsFields() {
        CookieFilter cookies = new CookieFilter();
        String page = given().filter(cookies).queryParam("lang", "en").when().get("/supervise/queues/new").then().statusCode(200)
                .body(containsString("<label for=\"code\">Code</label>")).extract().asString();
        given().filter(cookies).contentType("application/x-www-form-urlencoded").header("Accept-Language", "en")
                .formParam("csrf-token", Forms.csrfToken(page)).formParam("code", "Bad Code").formParam("name-fi", "")
                .formParam("name-sv", "x".repeat(201)).formParam("name-en", "Fish").formParam("tier", "SOMEWHERE")
                .formParam("calendarId", "not-an-id")
                .when().post("/supervise/queues/new").then().statusCode(400)
                .body(containsString("id=\"code-error\""))
                .body(containsString("id=\"name-fi-error\"")).body(containsString("id=\"name-sv-error\""))
                .body(containsString("id=\"tier-error\"")).body(containsString("id=\"calendarId-error\""));
        given().filter(cookies).contentType("application/x-www-form-urlencoded").header("Accept-Language", "en")
                .formParam("csrf-token", Forms.csrfToken(page)).formParam("code", "uusimaa-fish").formParam("name-fi", "Kala")
                .formParam("name-sv", "Fisk").formParam("name-en", "Refused").formParam("tier", "EXPERT")
                .when().post("/supervise/queues/new").then().statusCode(400)
                .body(containsString("<p class=\"error\" id=\"name-sv-error\">This value was refused: check it.</p>"));
        given().filter(cookies).redirects().follow(false).contentType("application/x-www-form-urlencoded")
                .formParam("csrf-token", Forms.csrfToken(page)).formParam("code", "uusimaa-fish").formParam("name-fi", "Kala")
                .formParam("name-sv", "Fisk").formParam("name-en", "Fish").formParam("tier", "EXPERT")
                .when().post("/supervise/queues/new").then().statusCode(303).header("Location", "/supervise/queues?notice=queue_created");
        assertThat(SetupStubs.CALLS).anyMatch(call -> call.startsWith("POST /api/v1/queues {") && call.contains("\"code\":\"uusimaa-fish\""));
    }

    @ParameterizedTest
    @CsvSource({"fi,Vastuualue,Uudenmaan ELY-keskus: liikenne ja infrastruktuuri",
            "sv,Ansvarsområde,NTM-centralen i Nyland: trafik och infrastruktur",
            "en,Responsibility area,ELY Centre for Uusimaa: transport and infrastructure"})
    @TestSecurity(user = "supervisor-1", roles = "supervisor")
    void aQueueNamesOneOfTheOrganisationsResponsibilityAreas(String language, String label, String area) {
        given().queryParam("lang", language).when().get("/supervise/queues").then().statusCode(200)
                .body(containsString("<th scope=\"col\">" + label + "</th>"))
                .body(containsString("<td>" + area + "</td>"));
        given().queryParam("lang", language).when().get(QUEUE).then().statusCode(200)
                .body(containsString("<label for=\"responsibilityArea\">" + label + "</label>"))
                .body(containsString("<option value=\"" + CatalogueAdminStubs.UUSIMAA_TRANSPORT + "\" selected>" + area + "</option>"))
                .body(not(containsString(CatalogueAdminStubs.PIRKANMAA_TRANSPORT)))
                .body(not(containsString("<option value=\"" + CatalogueAdminStubs.UUSIMAA + "\"")));
    }

    @Test
    @TestSecurity(user = "supervisor-1", roles = "supervisor")
    void theAreaChosenIsSentAndARefusalShownBesideIt() {
        CookieFilter cookies = new CookieFilter();
        String page = given().filter(cookies).queryParam("lang", "en").when().get(QUEUE).then().statusCode(200).extract().asString();
        SetupStubs.CALLS.clear();
        given().filter(cookies).redirects().follow(false).contentType("application/x-www-form-urlencoded")
                .formParam("csrf-token", Forms.csrfToken(page)).formParam("version", "2").formParam("code", "uusimaa-permits")
                .formParam("name-fi", "Luvat").formParam("name-sv", "Tillstånd").formParam("name-en", "Permits")
                .formParam("tier", "EXPERT").formParam("responsibilityArea", CatalogueAdminStubs.UUSIMAA_TRANSPORT)
                .when().post(QUEUE).then().statusCode(303);
        String put = SetupStubs.CALLS.stream().filter(c -> c.startsWith("PUT")).findFirst().orElseThrow();
        assertThat(new JsonObject(put.substring(put.indexOf('{'))).getString("responsibilityArea"))
                .isEqualTo(CatalogueAdminStubs.UUSIMAA_TRANSPORT);
        given().filter(cookies).contentType("application/x-www-form-urlencoded").header("Accept-Language", "en")
                .formParam("csrf-token", Forms.csrfToken(page)).formParam("version", "2").formParam("code", "uusimaa-permits")
                .formParam("name-fi", "Luvat").formParam("name-sv", "Tillstånd").formParam("name-en", "Refused area")
                .formParam("tier", "EXPERT").formParam("responsibilityArea", CatalogueAdminStubs.PIRKANMAA_TRANSPORT)
                .when().post(QUEUE).then().statusCode(400)
                .body(containsString("<p class=\"error\" id=\"responsibilityArea-error\">"))
                .body(containsString("aria-describedby=\"responsibilityArea-error\""));
        given().filter(cookies).contentType("application/x-www-form-urlencoded").header("Accept-Language", "en")
                .formParam("csrf-token", Forms.csrfToken(page)).formParam("version", "2").formParam("code", "uusimaa-permits")
                .formParam("name-fi", "Luvat").formParam("name-sv", "Tillstånd").formParam("name-en", "Permits")
                .formParam("tier", "EXPERT").formParam("responsibilityArea", "not-an-id\u0000")
                .when().post(QUEUE).then().statusCode(400)
                .body(containsString("<p class=\"error\" id=\"responsibilityArea-error\">Choose one of the options given.</p>"));
    }

    @Test
    @TestSecurity(user = "supervisor-1", roles = "supervisor")
    void anObjectRoutingDoesNotListIsNotFound() {
        given().header("Accept-Language", "en").when().get("/supervise/team/someone-else").then().statusCode(404);
        given().header("Accept-Language", "en").when().get("/supervise/queues/7c1f0a00-0000-4000-8000-000000000003").then().statusCode(404);
        given().header("Accept-Language", "en").when().get("/supervise/policies/not-an-id").then().statusCode(404);
    }
}
