package fi.kohtaamo.webchannel;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.filter.cookie.CookieFilter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

/**
 * The manager sends a survey against a stand-in of the feedback service: a new survey prefilled
 * with its type's defaults, the recipients counted and then sent on the version shown (If-Match),
 * the reminder, refusals beside their fields, a stale version shown as a notice, and the
 * recipients' opt-out page, which changes nothing on a GET.
 */
@QuarkusTest
@QuarkusTestResource(DomainServiceStubs.class)
@ExtendWith(DomainServiceStubs.OnContract.class)
class SurveySendingPagesTest {

    private static final String SEND = "/manage/surveys/" + SurveySendingStubs.SENT + "/send";

    private static String form(CookieFilter cookies, String path, String lang) {
        return given().filter(cookies).queryParam("lang", lang).when().get(path).then().statusCode(200).extract().asString();
    }

    @Test
    @TestSecurity(user = "manager-1", roles = "manager")
    void aNewSurveyStartsFromItsTypesDefaults() {
        given().queryParam("lang", "en").when().get("/manage/surveys/new").then().statusCode(200)
                .body(containsString("<a href=\"/manage/surveys/new?type=STAKEHOLDER\">Stakeholder survey</a>"))
                .body(containsString("<a href=\"/manage/surveys/new?type=INDIRECT_CLIENT_SATISFACTION\">"));
        CookieFilter cookies = new CookieFilter();
        String page = form(cookies, "/manage/surveys/new?type=AWARENESS_AND_IMAGE", "sv");
        assertThat(page).contains("<h1>Ny enkät</h1>").contains("value=\"Kännedomsenkät\"")
                .contains("<label for=\"title-sv\">Rubrik: svenska</label>")
                .contains("<input type=\"checkbox\" id=\"question-awareness\" name=\"question\" value=\"awareness\" checked>")
                .contains("Hur väl känner ni oss? (skala 1–5)")
                .contains("<input type=\"checkbox\" id=\"anonymous\" name=\"anonymous\" value=\"true\" checked")
                .contains("name=\"reminder\" type=\"text\" inputmode=\"numeric\" maxlength=\"2\" value=\"7\"");

        SurveySendingStubs.CHANGES.clear();
        given().filter(cookies).redirects().follow(false).contentType("application/x-www-form-urlencoded")
                .formParam("csrf-token", Forms.csrfToken(page)).formParam("type", "AWARENESS_AND_IMAGE")
                .formParam("title-fi", "Tunnettuus 2026").formParam("title-sv", "Kännedom 2026").formParam("title-en", "Awareness 2026")
                .formParam("question", "awareness").formParam("anonymous", "true").formParam("reminder", "5")
                .when().post("/manage/surveys/new").then().statusCode(303)
                .header("Location", containsString(SEND + "?notice=created"));
        assertThat(SurveySendingStubs.CHANGES).singleElement().satisfies(change -> assertThat(change)
                .contains("\"type\":\"AWARENESS_AND_IMAGE\"").contains("\"sv\":\"Kännedom 2026\"")
                .contains("\"code\":\"awareness\"").doesNotContain("\"code\":\"comment\"")
                .contains("\"anonymous\":true").contains("\"reminderAfterDays\":5")
                .as("the question keeps what its scale measures").contains("\"scale\":\"FAMILIARITY\""));
    }

    @Test
    @TestSecurity(user = "manager-1", roles = "manager")
    void refusedFieldsAreNamedBesideThem() {
        CookieFilter cookies = new CookieFilter();
        String page = form(cookies, "/manage/surveys/new?type=STAKEHOLDER", "en");
        SurveySendingStubs.CHANGES.clear();
        given().filter(cookies).header("Accept-Language", "en").contentType("application/x-www-form-urlencoded")
                .formParam("csrf-token", Forms.csrfToken(page)).formParam("type", "STAKEHOLDER")
                .formParam("title-fi", "").formParam("title-sv", "x\u0000").formParam("title-en", "x".repeat(10_000))
                .formParam("reminder", "99")
                .when().post("/manage/surveys/new").then().statusCode(400)
                .body(containsString("<p class=\"error\" id=\"title-fi-error\">Write the title (at most 500 characters).</p>"))
                .body(containsString("id=\"title-en-error\""))
                .body(containsString("<p class=\"error\" id=\"reminder-error\">"))
                .body(containsString("<p class=\"error\" id=\"questions-error\">Keep at least one question.</p>"))
                .body(containsString("<a href=\"#title-fi\">"));
        // Past the server's 64 KB form attribute limit the platform refuses the form before the page.
        given().filter(cookies).header("Accept-Language", "en").contentType("application/x-www-form-urlencoded")
                .formParam("csrf-token", Forms.csrfToken(page)).formParam("type", "STAKEHOLDER")
                .formParam("title-fi", "x").formParam("title-sv", "x").formParam("title-en", "x".repeat(100_000))
                .formParam("question", "awareness")
                .when().post("/manage/surveys/new").then().statusCode(413);
        assertThat(SurveySendingStubs.CHANGES).isEmpty();
    }

    @Test
    @TestSecurity(user = "manager-1", roles = "manager")
    void theRecipientsAreCountedThenSentOnTheVersionShown() {
        CookieFilter cookies = new CookieFilter();
        String page = form(cookies, SEND, "fi");
        assertThat(page).contains("<h1>Lähetä kysely: Mielikuvakysely 2026</h1>")
                .contains("<input type=\"hidden\" name=\"version\" value=\"3\">")
                .contains("<caption>Lähetyksen tilanne</caption>")
                .contains("<td>12</td><td>11</td><td>4</td><td>6</td><td>1</td>")
                .contains("muistutus 7 päivän kuluttua");
        SurveySendingStubs.CHANGES.clear();
        given().filter(cookies).header("Accept-Language", "en").contentType("application/x-www-form-urlencoded")
                .formParam("csrf-token", Forms.csrfToken(page)).formParam("version", "3").formParam("audience", "segment")
                .formParam("segment", "panel-2026").formParam("action", "preview")
                .when().post(SEND).then().statusCode(200)
                // the language remembered from the page (fi) wins over the request's Accept-Language
                .body(containsString("12 löytyi sähköpostiosoitteen kanssa: 2 on kieltäytynyt, 1 on jo saanut tämän kyselyn, 9 saisi sen nyt."))
                .body(containsString("value=\"panel-2026\""));
        assertThat(SurveySendingStubs.CHANGES).isEmpty();

        given().filter(cookies).redirects().follow(false).contentType("application/x-www-form-urlencoded")
                .formParam("csrf-token", Forms.csrfToken(page)).formParam("version", "3").formParam("audience", "role")
                .formParam("role", "STEERING_BODY").formParam("action", "send")
                .when().post(SEND).then().statusCode(303).header("Location", containsString(SEND + "?notice=sent"));
        assertThat(SurveySendingStubs.CHANGES).singleElement().satisfies(change -> assertThat(change)
                .contains("/sendings \"3\"").contains("\"role\":\"STEERING_BODY\"").doesNotContain("\"segment\":\""));

        SurveySendingStubs.CHANGES.clear();
        given().filter(cookies).redirects().follow(false).contentType("application/x-www-form-urlencoded")
                .formParam("csrf-token", Forms.csrfToken(page)).formParam("version", "3")
                .when().post("/manage/surveys/" + SurveySendingStubs.SENT + "/remind").then().statusCode(303)
                .header("Location", containsString("notice=reminded"));
        assertThat(SurveySendingStubs.CHANGES).singleElement().satisfies(change -> assertThat(change).contains("/reminders \"3\""));
    }

    @Test
    @TestSecurity(user = "manager-1", roles = "manager")
    void aStaleVersionAndRefusedAudiencesAreShownBesideTheForm() {
        CookieFilter cookies = new CookieFilter();
        String page = form(cookies, SEND, "en");
        given().filter(cookies).header("Accept-Language", "en").contentType("application/x-www-form-urlencoded")
                .formParam("csrf-token", Forms.csrfToken(page)).formParam("version", "2").formParam("audience", "segment")
                .formParam("segment", "panel").formParam("action", "send")
                .when().post(SEND).then().statusCode(409)
                .body(containsString("The survey changed while you were looking at it"))
                .body(containsString("<input type=\"hidden\" name=\"version\" value=\"3\">"));
        given().filter(cookies).header("Accept-Language", "en").contentType("application/x-www-form-urlencoded")
                .formParam("csrf-token", Forms.csrfToken(page)).formParam("version", "3").formParam("audience", "segment")
                .formParam("segment", "no-such").formParam("action", "preview")
                .when().post(SEND).then().statusCode(400)
                .body(containsString("<p class=\"error\" id=\"segment-error\">The feedback service refused this value.</p>"));
        given().filter(cookies).header("Accept-Language", "en").contentType("application/x-www-form-urlencoded")
                .formParam("csrf-token", Forms.csrfToken(page)).formParam("version", "3").formParam("audience", "channel")
                .formParam("channel", "FAX").formParam("days", "0").formParam("action", "preview")
                .when().post(SEND).then().statusCode(400)
                .body(containsString("id=\"channel-error\">Choose a channel.</p>"))
                .body(containsString("id=\"days-error\">Give the days as a number 1–366.</p>"));
        given().filter(cookies).header("Accept-Language", "en").contentType("application/x-www-form-urlencoded")
                .formParam("csrf-token", Forms.csrfToken(page)).formParam("version", "3").formParam("audience", "segment")
                .formParam("segment", "Bad Code\u0000").formParam("action", "preview")
                .when().post(SEND).then().statusCode(400).body(containsString("id=\"segment-error\""));
        given().queryParam("lang", "en").when().get("/manage/surveys/5e5e5e5e-0000-4000-8000-00000000dead/send").then()
                .statusCode(404);
        given().when().get("/manage/surveys/not-an-id/send").then().statusCode(404);
    }

    @Test
    @TestSecurity(user = "manager-1", roles = "manager")
    void theManagementViewShowsTheSurveyTypesBesideTheContactFigures() {
        given().queryParam("lang", "en").when().get("/manage").then().statusCode(200)
                .body(containsString("<h2 id=\"survey-types-heading\">Surveys by type</h2>"))
                .body(containsString("<th scope=\"row\">Client satisfaction (direct)</th><td>40</td><td>12</td>"))
                .body(containsString("<td>4.25</td><td>35</td>"))
                .body(containsString("CSAT and NPS are shown only when at least 5 have answered."));
    }

    @Test
    @TestSecurity(user = "agent-1", roles = "agent")
    void onlyManagersSendSurveys() {
        given().when().get("/manage/surveys/new").then().statusCode(403);
        given().when().get(SEND).then().statusCode(403);
    }

    @Test
    void theOptOutPageAsksFirstAndWorksWithoutSigningIn() {
        CookieFilter cookies = new CookieFilter();
        SurveySendingStubs.CHANGES.clear();
        String page = given().filter(cookies).queryParam("lang", "sv").when().get("/surveys/opt-out/good-optout").then()
                .statusCode(200).header("Cache-Control", "no-store").header("Referrer-Policy", "no-referrer")
                .body(containsString("<h1>Inga fler enkäter</h1>"))
                .body(containsString("<form method=\"post\" action=\"/surveys/opt-out/good-optout\">"))
                .extract().asString();
        assertThat(SurveySendingStubs.CHANGES).isEmpty();
        given().filter(cookies).header("Accept-Language", "sv").contentType("application/x-www-form-urlencoded")
                .formParam("csrf-token", Forms.csrfToken(page)).when().post("/surveys/opt-out/good-optout").then().statusCode(200)
                .body(containsString("Klart: inga fler enkäter skickas till dig."))
                .body(not(containsString("optout-button")));
        given().filter(cookies).header("Accept-Language", "en").contentType("application/x-www-form-urlencoded")
                .formParam("csrf-token", Forms.csrfToken(page)).when().post("/surveys/opt-out/made-up").then().statusCode(404)
                .body(containsString("<p id=\"optout-outcome\">Länken är okänd.")); // the remembered language (sv) wins
    }

    private static final String REPEAT = "/manage/surveys/" + SurveySendingStubs.REPEATING;

    @Test
    @TestSecurity(user = "manager-1", roles = "manager")
    void aRecurringSurveysRepetitionIsSetAndStoppedOnTheVersionShown() {
        CookieFilter cookies = new CookieFilter();
        String page = form(cookies, REPEAT + "/send", "en");
        assertThat(page).contains("<h2 id=\"recur-heading\">Repetition</h2>")
                .contains("The survey repeats every 3 months. Next round 2027-02-01. Rounds sent: 2.")
                .contains("<input id=\"rec-every\" name=\"rec-every\" type=\"text\" inputmode=\"numeric\" maxlength=\"2\" value=\"3\">")
                .contains("<option value=\"MONTHS\" selected>months (3 = quarterly)</option>")
                .contains("<input type=\"radio\" id=\"rec-audience-channel\" name=\"rec-audience\" value=\"channel\" checked>")
                .contains("<option value=\"PHONE\" selected>Phone</option>")
                .contains("id=\"recur-stop-button\"");
        // The one-off survey has no repetition to set.
        assertThat(form(cookies, SEND, "en")).doesNotContain("recur-heading");

        SurveySendingStubs.CHANGES.clear();
        given().filter(cookies).contentType("application/x-www-form-urlencoded")
                .formParam("csrf-token", Forms.csrfToken(page)).formParam("version", "5").formParam("rec-every", "13")
                .formParam("rec-unit", "MONTHS").formParam("rec-audience", "segment").formParam("rec-segment", "Bad\u0000")
                .formParam("action", "repeat")
                .when().post(REPEAT + "/recurrence").then().statusCode(400)
                .body(containsString("<p class=\"error\" id=\"rec-every-error\">Give the months as a number 1–12.</p>"))
                .body(containsString("id=\"rec-segment-error\">Give the segment"))
                .body(containsString("<a href=\"#rec-every\">"));
        assertThat(SurveySendingStubs.CHANGES).isEmpty();
        // The refused page's language links lead back to the sending page.
        given().redirects().follow(false).queryParam("lang", "fi").when().get(REPEAT + "/recurrence").then().statusCode(303)
                .header("Location", containsString(REPEAT + "/send?lang=fi"));

        given().filter(cookies).contentType("application/x-www-form-urlencoded")
                .formParam("csrf-token", Forms.csrfToken(page)).formParam("version", "5").formParam("rec-every", "2")
                .formParam("rec-unit", "WEEKS").formParam("rec-audience", "segment").formParam("rec-segment", "no-such")
                .formParam("action", "repeat")
                .when().post(REPEAT + "/recurrence").then().statusCode(400)
                .body(containsString("<p class=\"error\" id=\"rec-segment-error\">The feedback service refused this value.</p>"));

        given().filter(cookies).contentType("application/x-www-form-urlencoded")
                .formParam("csrf-token", Forms.csrfToken(page)).formParam("version", "4").formParam("rec-every", "3")
                .formParam("rec-unit", "MONTHS").formParam("rec-audience", "role").formParam("rec-role", "PARTNER")
                .formParam("action", "repeat")
                .when().post(REPEAT + "/recurrence").then().statusCode(409)
                .body(containsString("The survey changed while you were looking at it"));

        SurveySendingStubs.CHANGES.clear();
        given().filter(cookies).redirects().follow(false).contentType("application/x-www-form-urlencoded")
                .formParam("csrf-token", Forms.csrfToken(page)).formParam("version", "5").formParam("rec-every", "6")
                .formParam("rec-unit", "WEEKS").formParam("rec-audience", "channel").formParam("rec-channel", "CHAT")
                .formParam("action", "repeat")
                .when().post(REPEAT + "/recurrence").then().statusCode(303)
                .header("Location", containsString(REPEAT + "/send?notice=repeating"));
        assertThat(SurveySendingStubs.CHANGES).singleElement().satisfies(change -> assertThat(change)
                .startsWith("PUT /api/v1/surveys/" + SurveySendingStubs.REPEATING + "/recurrence \"5\"")
                .contains("\"every\":6").contains("\"unit\":\"WEEKS\"").contains("\"channel\":\"CHAT\""));

        SurveySendingStubs.CHANGES.clear();
        given().filter(cookies).redirects().follow(false).contentType("application/x-www-form-urlencoded")
                .formParam("csrf-token", Forms.csrfToken(page)).formParam("version", "5").formParam("action", "stop")
                .when().post(REPEAT + "/recurrence").then().statusCode(303)
                .header("Location", containsString("notice=stopped"));
        assertThat(SurveySendingStubs.CHANGES).singleElement().satisfies(change -> assertThat(change)
                .startsWith("DELETE /api/v1/surveys/" + SurveySendingStubs.REPEATING + "/recurrence \"5\""));
        given().filter(cookies).queryParam("lang", "sv").when().get(REPEAT + "/send?notice=stopped").then().statusCode(200)
                .body(containsString("Enkäten upprepas inte längre."));
    }
}
