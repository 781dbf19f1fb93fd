package fi.kohtaamo.webchannel;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.filter.cookie.CookieFilter;
import io.vertx.core.json.JsonObject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.util.regex.Matcher;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

/** The satisfaction survey reached by its link, and the feedback form: in three languages, without JavaScript. */
@QuarkusTest
@QuarkusTestResource(DomainServiceStubs.class)
@ExtendWith(DomainServiceStubs.OnContract.class)
class SurveyAndFeedbackPagesTest {

    @BeforeEach
    void clear() {
        DomainServiceStubs.SURVEY_ANSWERS.clear();
        DomainServiceStubs.FEEDBACK.clear();
    }

    @Test
    void theSurveyOpensInTheInvitationsLanguageAndIsAnsweredOnce() {
        CookieFilter cookies = new CookieFilter();
        String page = given().filter(cookies).when().get("/surveys/good-token").then().statusCode(200)
                .header("Cache-Control", "no-store").header("Referrer-Policy", "no-referrer")
                .body(containsString("<html lang=\"sv\">"))
                .body(containsString("<h1>Nöjdhet med servicen</h1>"))
                .body(containsString("<legend>Hur nöjd var du med den service du fick?</legend>"))
                .body(containsString("1 = mycket missnöjd, 5 = mycket nöjd"))
                // a familiarity question's end points are its own, not satisfaction's
                .body(containsString("1 = känner inte alls till, 5 = känner mycket väl till"))
                .body(containsString("<input type=\"radio\" id=\"q-satisfaction\" name=\"q-satisfaction\" value=\"1\">"))
                .body(containsString("<input type=\"radio\" id=\"q-satisfaction-5\" name=\"q-satisfaction\" value=\"5\">"))
                .body(containsString("<label for=\"q-comment\">Vill du berätta mer? (frivillig)</label>"))
                .extract().asString();
        given().filter(cookies).when().get("/surveys/good-token?lang=en").then().statusCode(200)
                .body(containsString("<h1>Satisfaction with the service</h1>"))
                .body(containsString("1 = very dissatisfied, 5 = very satisfied"))
                .body(containsString("1 = not at all, 5 = very well"));

        String again = given().filter(cookies).contentType("application/x-www-form-urlencoded")
                .formParam("csrf-token", Forms.csrfToken(page)).formParam("lang", "sv").formParam("q-comment", "Bra")
                .when().post("/surveys/good-token").then().statusCode(400)
                .body(containsString("<a href=\"#q-satisfaction\">Svara på frågan.</a>"))
                .body(containsString(">Bra</textarea>"))
                .extract().asString();
        assertThat(DomainServiceStubs.SURVEY_ANSWERS).isEmpty();
        given().filter(cookies).contentType("application/x-www-form-urlencoded")
                .formParam("csrf-token", Forms.csrfToken(again)).formParam("lang", "sv").formParam("q-satisfaction", "9")
                .when().post("/surveys/good-token").then().statusCode(400)
                .body(containsString("<a href=\"#q-satisfaction\">Kontrollera svaret.</a>"));

        given().filter(cookies).contentType("application/x-www-form-urlencoded")
                .formParam("csrf-token", Forms.csrfToken(again)).formParam("lang", "sv")
                .formParam("q-satisfaction", "4").formParam("q-comment", "Snabbt och vänligt")
                .when().post("/surveys/good-token").then().statusCode(200)
                .body(containsString("<h1>Tack för dina svar</h1>"));
        JsonObject posted = DomainServiceStubs.SURVEY_ANSWERS.peek();
        assertThat(posted.getJsonArray("answers").getJsonObject(0).getString("question")).isEqualTo("satisfaction");
        assertThat(posted.getJsonArray("answers").getJsonObject(0).getInteger("score")).isEqualTo(4);
        assertThat(posted.getJsonArray("answers").getJsonObject(1).getString("text")).isEqualTo("Snabbt och vänligt");
        assertThat(posted.getBoolean("identified")).isFalse();
    }

    @Test
    void aSpentOrUnknownLinkIsSaidPlainly() {
        given().header("Accept-Language", "en").when().get("/surveys/used-token").then().statusCode(410)
                .body(containsString("The survey can no longer be answered"));
        given().header("Accept-Language", "fi").when().get("/surveys/no-such-token").then().statusCode(404)
                .body(containsString("Kyselyä ei löydy"));
    }

    @Test
    void feedbackIsSentAboutAServiceWithClearFieldErrors() {
        CookieFilter cookies = new CookieFilter();
        String form = given().filter(cookies).when().get("/feedback?lang=en&service=" + DomainServiceStubs.PERMIT)
                .then().statusCode(200)
                .body(containsString("<h1>Give feedback</h1>"))
                .body(containsString("<label for=\"kind-COMPLAINT\">Complaint</label>"))
                .body(containsString("<option value=\"" + DomainServiceStubs.PERMIT + "\" selected>Permit to connect to a public road</option>"))
                .body(containsString("<a href=\"/feedback\">Feedback</a>"))
                .extract().asString();
        String invalid = given().filter(cookies).contentType("application/x-www-form-urlencoded")
                .formParam("csrf-token", Forms.csrfToken(form)).formParam("serviceId", DomainServiceStubs.PERMIT)
                .formParam("email", "not-an-address")
                .when().post("/feedback").then().statusCode(400)
                .body(containsString("<a href=\"#kind\">Choose the kind of feedback.</a>"))
                .body(containsString("<a href=\"#text\">Write your feedback (at most 5000 characters).</a>"))
                .body(containsString("<a href=\"#email\">"))
                .extract().asString();
        assertThat(DomainServiceStubs.FEEDBACK).isEmpty();
        given().filter(cookies).contentType("application/x-www-form-urlencoded")
                .formParam("csrf-token", Forms.csrfToken(invalid)).formParam("serviceId", DomainServiceStubs.PERMIT)
                .formParam("kind", "SUGGESTION").formParam("text", "A chat would help.").formParam("email", "me@example.org")
                .when().post("/feedback").then().statusCode(200)
                .body(containsString("<dd id=\"feedback-reference\">FB-K7QM-X2PD</dd>"))
                .body(containsString("We will answer to your e-mail by 3.12.2026."));
        JsonObject sent = DomainServiceStubs.FEEDBACK.peek();
        assertThat(sent.getString("kind")).isEqualTo("SUGGESTION");
        assertThat(sent.getString("serviceId")).isEqualTo(DomainServiceStubs.PERMIT);
        assertThat(sent.getString("language")).isEqualTo("en");
        assertThat(sent.getString("email")).isEqualTo("me@example.org");
    }

    @Test
    @TestSecurity(user = "citizen-1", roles = "citizen")
    void aResolvedContactsStatusPageLinksToTheSurvey() {
        given().when().get("/status/" + DomainServiceStubs.OWN + "?lang=en").then().statusCode(200)
                .body(containsString("<p class=\"notice\" id=\"survey\"><a href=\"http://127.0.0.1:8080/surveys/good-token\">"
                        + "Tell us how we did: answer a short survey</a></p>"));
        given().when().get("/status?lang=en").then().statusCode(200).body(not(containsString("id=\"survey\"")));
    }
}
