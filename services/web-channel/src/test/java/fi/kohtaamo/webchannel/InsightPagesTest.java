package fi.kohtaamo.webchannel;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.filter.cookie.CookieFilter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.util.regex.Matcher;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;

/** The manager's feedback themes and survey results, against a stand-in of the feedback service. */
@QuarkusTest
@QuarkusTestResource(DomainServiceStubs.class)
@ExtendWith(DomainServiceStubs.OnContract.class)
class InsightPagesTest {

    @Test
    @TestSecurity(user = "agent-1", roles = "agent")
    void agentsDoNotOpenThem() {
        given().when().get("/manage/themes").then().statusCode(403);
        given().when().get("/manage/surveys").then().statusCode(403);
    }

    @Test
    @TestSecurity(user = "manager-1", roles = "manager")
    void aThemeNeedsACodeAndThreeNamesAndIsSavedAndDeleted() {
        CookieFilter cookies = new CookieFilter();
        String page = given().filter(cookies).queryParam("lang", "en").queryParam("edit", "slow").when().get("/manage/themes")
                .then().statusCode(200)
                .body(containsString("<th scope=\"row\">slow</th><td lang=\"fi\">Hitaus</td>"))
                .body(containsString("id=\"code\" name=\"code\" type=\"text\" maxlength=\"40\" value=\"slow\""))
                .extract().asString();
        DomainServiceStubs.HANDLING_CALLS.clear();
        given().filter(cookies).header("Accept-Language", "en").contentType("application/x-www-form-urlencoded")
                .formParam("csrf-token", Forms.csrfToken(page)).formParam("code", "Slow Things").formParam("fi", "Hitaus")
                .formParam("sv", "").formParam("en", "Slowness").formParam("keywords", "hidas, two words")
                .when().post("/manage/themes").then().statusCode(400)
                .body(containsString("<a href=\"#code\">Give a code"))
                .body(containsString("<a href=\"#sv\">Give a name"))
                .body(containsString("<a href=\"#keywords\">At most 50 single words"));
        assertThat(DomainServiceStubs.HANDLING_CALLS).noneMatch(c -> c.startsWith("PUT"));
        given().filter(cookies).redirects().follow(false).contentType("application/x-www-form-urlencoded")
                .formParam("csrf-token", Forms.csrfToken(page)).formParam("code", "waiting").formParam("fi", "Odotus")
                .formParam("sv", "Väntan").formParam("en", "Waiting").formParam("keywords", "odotus, jono, odotus")
                .when().post("/manage/themes").then().statusCode(303).header("Location", "/manage/themes?notice=theme_saved");
        assertThat(DomainServiceStubs.HANDLING_CALLS).anySatisfy(c -> assertThat(c)
                .startsWith("PUT /api/v1/feedback-themes/waiting").contains("\"sv\":\"Väntan\"").contains("[\"odotus\",\"jono\"]"));
        given().filter(cookies).redirects().follow(false).contentType("application/x-www-form-urlencoded")
                .formParam("csrf-token", Forms.csrfToken(page)).when().post("/manage/themes/rude/delete")
                .then().statusCode(303).header("Location", "/manage/themes?notice=theme_deleted");
        assertThat(DomainServiceStubs.HANDLING_CALLS).anyMatch(c -> c.startsWith("DELETE /api/v1/feedback-themes/rude"));
    }

    @Test
    @TestSecurity(user = "manager-1", roles = "manager")
    void surveysAndTheirResults() {
        given().queryParam("lang", "sv").when().get("/manage/surveys").then().statusCode(200)
                .body(containsString("<a href=\"/manage/surveys/" + DomainServiceStubs.SURVEY + "\">Intressentenkät</a>"))
                .body(containsString("<td>Öppen</td>"));
        given().queryParam("lang", "en").when().get("/manage/surveys/" + DomainServiceStubs.SURVEY).then().statusCode(200)
                .body(containsString("<dd id=\"responded\">12</dd>"))
                .body(containsString("<dd>30 %</dd>"))
                .body(containsString("<h2 id=\"q-overall\">How does our cooperation work?</h2>"))
                .body(containsString("12 answered · average 4.25"))
                .body(containsString("<th scope=\"row\">5</th><td>5</td>"))
                .body(containsString("<li>Hyvin menee.</li>"))
                .body(containsString("<p class=\"hint\">1 = strongly disagree, 5 = strongly agree</p>"))
                .body(containsString("<caption>Rounds</caption>"))
                .body(containsString("<a href=\"/manage/surveys/" + DomainServiceStubs.SURVEY + "?round=2\">2</a>"))
                .body(containsString("Results of all rounds."));
        given().queryParam("lang", "fi").queryParam("round", "2").when().get("/manage/surveys/" + DomainServiceStubs.SURVEY)
                .then().statusCode(200)
                .body(containsString("<p class=\"hint\">1 = täysin eri mieltä, 5 = täysin samaa mieltä</p>"))
                .body(containsString("<span aria-current=\"true\">2</span>"))
                .body(containsString("Tulokset kierrokselta 2."));
        given().when().get("/manage/surveys/not-a-survey").then().statusCode(404);
    }
}
