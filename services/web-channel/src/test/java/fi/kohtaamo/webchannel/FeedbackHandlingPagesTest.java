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

/**
 * The feedback handler's pages against a stand-in of feedback's handling API: who may open them,
 * the queue with its filters, a feedback with its suggested themes, and each step, a refused one
 * shown beside its form.
 */
@QuarkusTest
@QuarkusTestResource(DomainServiceStubs.class)
@ExtendWith(DomainServiceStubs.OnContract.class)
class FeedbackHandlingPagesTest {

    private static final String ITEM = "/feedback-queue/" + DomainServiceStubs.HANDLED;

    @Test
    @TestSecurity(user = "agent-1", roles = "agent")
    void agentsDoNotHandleFeedbackHere() {
        given().when().get("/feedback-queue").then().statusCode(403);
        given().when().get(ITEM).then().statusCode(403);
    }

    @Test
    @TestSecurity(user = "handler-1", roles = "feedback-handler")
    void theQueueFiltersAndShowsWhatIsOverdue() {
        DomainServiceStubs.HANDLING_CALLS.clear();
        given().queryParam("status", "NEW").queryParam("kind", "COMPLAINT").queryParam("overdue", "true")
                .queryParam("lang", "en").when().get("/feedback-queue").then().statusCode(200)
                .header("Cache-Control", "no-store")
                .body(containsString("<a href=\"/feedback-queue\">Feedback queue</a>"))
                .body(containsString("<th scope=\"row\"><a href=\"" + ITEM + "\">FB-K7QM-X2PD</a></th><td>Complaint</td>"))
                .body(containsString("(overdue)"))
                .body(containsString("<option value=\"COMPLAINT\" selected>"));
        assertThat(DomainServiceStubs.HANDLING_CALLS).singleElement().asString()
                .contains("status=NEW").contains("kind=COMPLAINT").contains("overdue=true");
        DomainServiceStubs.HANDLING_CALLS.clear();
        given().queryParam("status", "LOST").when().get("/feedback-queue").then().statusCode(200);
        assertThat(DomainServiceStubs.HANDLING_CALLS).singleElement().asString().doesNotContain("status=");
    }

    @Test
    @TestSecurity(user = "handler-1", roles = "feedback-handler")
    void aFeedbackIsTakenThemedAndAnsweredAndARefusalIsShown() {
        CookieFilter cookies = new CookieFilter();
        String page = given().filter(cookies).queryParam("lang", "en").when().get(ITEM).then().statusCode(200)
                .body(containsString("<h1>Feedback FB-K7QM-X2PD</h1>"))
                .body(containsString("Lupapäätös viipyi kuukausia."))
                .body(containsString("<label for=\"theme-slow\">Slowness (suggested)</label>"))
                .body(containsString("Permit to connect to a public road"))
                .body(containsString("id=\"claim\""))
                .extract().asString();
        given().filter(cookies).redirects().follow(false).contentType("application/x-www-form-urlencoded")
                .formParam("csrf-token", Forms.csrfToken(page)).when().post(ITEM + "/claim")
                .then().statusCode(303).header("Location", ITEM + "?notice=claim");
        DomainServiceStubs.HANDLING_CALLS.clear();
        given().filter(cookies).redirects().follow(false).contentType("application/x-www-form-urlencoded")
                .formParam("csrf-token", Forms.csrfToken(page)).formParam("theme", "slow").formParam("theme", "rude")
                .when().post(ITEM + "/themes").then().statusCode(303);
        assertThat(DomainServiceStubs.HANDLING_CALLS).singleElement().asString()
                .startsWith("PUT /api/v1/feedback/" + DomainServiceStubs.HANDLED + "/themes").contains("[\"slow\",\"rude\"]");
        DomainServiceStubs.HANDLING_CALLS.clear();
        given().filter(cookies).header("Accept-Language", "en").contentType("application/x-www-form-urlencoded")
                .formParam("csrf-token", Forms.csrfToken(page)).formParam("text", " ")
                .when().post(ITEM + "/reply").then().statusCode(400)
                .body(containsString("<a href=\"#reply-text\">"));
        assertThat(DomainServiceStubs.HANDLING_CALLS).noneMatch(c -> c.startsWith("POST"));
        given().filter(cookies).header("Accept-Language", "en").contentType("application/x-www-form-urlencoded")
                .formParam("csrf-token", Forms.csrfToken(page)).formParam("text", "Pahoittelemme viivettä.")
                .when().post(ITEM + "/reply").then().statusCode(409)
                .body(containsString("someone else handles the feedback"))
                .body(containsString(">Pahoittelemme viivettä.</textarea>"));
        given().filter(cookies).redirects().follow(false).contentType("application/x-www-form-urlencoded")
                .formParam("csrf-token", Forms.csrfToken(page)).formParam("text", "Pahoittelemme, ok.")
                .when().post(ITEM + "/reply").then().statusCode(303).header("Location", ITEM + "?notice=reply");
        given().filter(cookies).queryParam("notice", "reply").queryParam("lang", "en").when().get(ITEM).then()
                .body(containsString("The answer was saved"));
    }
}
