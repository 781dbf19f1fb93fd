package fi.kohtaamo.webchannel;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.filter.cookie.CookieFilter;
import io.vertx.core.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.util.regex.Matcher;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;

/**
 * The supervisor's rule editor against a stand-in of contact routing's rules API: the form shows
 * the rule, a change names the version it replaces and keeps the conditions the form does not
 * show, a stale change keeps the supervisor's input, and routing's refusal is shown at its field.
 */
@QuarkusTest
@QuarkusTestResource(DomainServiceStubs.class)
@ExtendWith(DomainServiceStubs.OnContract.class)
class RuleEditorPagesTest {

    private static final String RULE = "/supervise/rules/" + DomainServiceStubs.RULE;

    @Test
    @TestSecurity(user = "agent-1", roles = "agent")
    void agentsDoNotEditRules() {
        given().when().get(RULE).then().statusCode(403);
        given().when().get("/supervise/rules/new").then().statusCode(403);
    }

    @Test
    @TestSecurity(user = "supervisor-1", roles = "supervisor")
    void aChangeNamesItsVersionAndKeepsTheConditionsTheFormDoesNotShow() {
        CookieFilter cookies = new CookieFilter();
        given().filter(cookies).queryParam("lang", "en").when().get("/supervise/rules").then().statusCode(200)
                .body(containsString("<a href=\"" + RULE + "\">Urgent road connection matters</a>"))
                .body(containsString("<a href=\"/supervise/rules/new\" id=\"new-rule\">New rule</a>"));
        String page = given().filter(cookies).queryParam("lang", "en").when().get(RULE).then().statusCode(200)
                .body(containsString("value=\"Urgent road connection matters\""))
                .body(containsString("<option value=\"" + DomainServiceStubs.PERMIT + "\" selected>"))
                .body(containsString("id=\"channel-WEB\" name=\"channel\" value=\"WEB\" checked"))
                .body(containsString("value=\"kiire\""))
                .body(containsString("value=\"permits=3\""))
                .body(containsString("<option value=\"true\" selected>Yes, a preferred channel</option>"))
                .body(containsString("Kept as they are (changed through the API): road-type = main"))
                .extract().asString();
        DomainServiceStubs.RULE_CALLS.clear();
        given().filter(cookies).redirects().follow(false).contentType("application/x-www-form-urlencoded")
                .formParam("csrf-token", Forms.csrfToken(page)).formParam("version", "2").formParam("name", "Urgent matters")
                .formParam("position", "5").formParam("enabled", "on").formParam("serviceId", DomainServiceStubs.PERMIT)
                .formParam("channel", "WEB").formParam("channel", "PHONE").formParam("language", "fi")
                .formParam("keywords", "kiire, urgent").formParam("targetQueue", "uusimaa-permits-urgent")
                .formParam("priority", "1").formParam("skills", "permits=4").formParam("preferredChannel", "false")
                .when().post(RULE).then().statusCode(303).header("Location", "/supervise/rules?notice=rule_saved");
        String put = DomainServiceStubs.RULE_CALLS.stream().filter(c -> c.startsWith("PUT")).findFirst().orElseThrow();
        assertThat(put).startsWith("PUT /api/v1/routing-rules/" + DomainServiceStubs.RULE + " If-Match \"2\" ");
        JsonObject sent = new JsonObject(put.substring(put.indexOf('{')));
        assertThat(sent.getString("name")).isEqualTo("Urgent matters");
        assertThat(sent.getInteger("position")).isEqualTo(5);
        assertThat(sent.getInteger("priority")).isEqualTo(1);
        assertThat(sent.getJsonObject("requiredSkills").getInteger("permits")).isEqualTo(4);
        assertThat(sent.getJsonObject("conditions").getJsonArray("channels").getList()).containsExactly("WEB", "PHONE");
        assertThat(sent.getJsonObject("conditions").getJsonArray("keywords").getList()).containsExactly("kiire", "urgent");
        assertThat(sent.getJsonObject("conditions").getBoolean("preferredChannel"))
                .as("came by another channel than the client's segments prefer").isFalse();
        assertThat(sent.getJsonObject("conditions").getJsonObject("attributes").getJsonArray("road-type").getList())
                .as("the condition on an answer is kept").containsExactly("main");
        given().filter(cookies).queryParam("notice", "rule_saved").queryParam("lang", "en").when().get("/supervise/rules")
                .then().body(containsString("The rule was saved as a new version."));
    }

    @Test
    @TestSecurity(user = "supervisor-1", roles = "supervisor")
    void staleChangesBadInputAndRefusalsAreShownAtTheirFields() {
        CookieFilter cookies = new CookieFilter();
        String page = given().filter(cookies).when().get(RULE).then().statusCode(200).extract().asString();
        given().filter(cookies).header("Accept-Language", "en").contentType("application/x-www-form-urlencoded")
                .formParam("csrf-token", Forms.csrfToken(page)).formParam("version", "1").formParam("name", "Mine")
                .formParam("position", "5").formParam("targetQueue", "uusimaa-permits")
                .when().post(RULE).then().statusCode(409)
                .body(containsString("Someone else changed the rule meanwhile."))
                .body(containsString("value=\"Mine\""));
        DomainServiceStubs.RULE_CALLS.clear();
        given().filter(cookies).header("Accept-Language", "en").contentType("application/x-www-form-urlencoded")
                .formParam("csrf-token", Forms.csrfToken(page)).formParam("name", "").formParam("position", "first")
                .formParam("targetQueue", "uusimaa-permits").formParam("skills", "permits=9")
                .formParam("preferredChannel", "maybe")
                .when().post("/supervise/rules/new").then().statusCode(400)
                .body(containsString("<a href=\"#preferredChannel\">Choose either way, yes or no."))
                .body(containsString("<a href=\"#name\">Give the rule a name"))
                .body(containsString("<a href=\"#position\">Give the order as a number"))
                .body(containsString("<a href=\"#skills\">Write skills as skill=level"));
        assertThat(DomainServiceStubs.RULE_CALLS).noneMatch(c -> c.startsWith("POST"));
        given().filter(cookies).header("Accept-Language", "en").contentType("application/x-www-form-urlencoded")
                .formParam("csrf-token", Forms.csrfToken(page)).formParam("name", "Letters").formParam("position", "50")
                .formParam("channel", "LETTER").formParam("targetQueue", "uusimaa-permits")
                .when().post("/supervise/rules/new").then().statusCode(400)
                .body(containsString("<a href=\"#channel\">Routing did not accept this value.</a>"))
                .body(containsString("id=\"channel-LETTER\" name=\"channel\" value=\"LETTER\" checked"));
    }
}
