package fi.kohtaamo.webchannel;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.filter.cookie.CookieFilter;
import io.vertx.core.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

/**
 * The supervisor's automation rules, their simulator and the macros, and a macro applied from a
 * contact's page, against a stand-in of contact routing's API ({@link AutomationStubs}): a change
 * names the version it replaces (If-Match from the hidden field), errors are shown beside their
 * fields whether the page or routing finds them, and nothing the page refuses is sent.
 */
@QuarkusTest
@QuarkusTestResource(DomainServiceStubs.class)
@ExtendWith(DomainServiceStubs.OnContract.class)
class AutomationPagesTest {

    private static final String RULE = "/supervise/automation/" + AutomationStubs.RULE;
    private static final String MACRO = "/supervise/macros/" + AutomationStubs.MACRO;
    private static final String CONTACT = "/work/contacts/" + DomainServiceStubs.STAFF_CONTACT;

    @Test
    @TestSecurity(user = "agent-1", roles = "agent")
    void agentsDoNotKeepRulesOrMacros() {
        given().when().get("/supervise/automation").then().statusCode(403);
        given().when().get(RULE).then().statusCode(403);
        given().when().get("/supervise/macros").then().statusCode(403);
    }

    @Test
    @TestSecurity(user = "supervisor-1", roles = "supervisor")
    void theListsAreLinkedInEveryLanguage() {
        given().queryParam("lang", "sv").when().get("/supervise").then().statusCode(200)
                .body(containsString("<a href=\"/supervise/automation\">Automatiseringsregler</a>"))
                .body(containsString("<a href=\"/supervise/macros\">Makron</a>"));
        given().queryParam("lang", "en").when().get("/supervise/automation").then().statusCode(200)
                .body(containsString("<a href=\"" + RULE + "\">Urgent matters</a>"))
                .body(containsString("<td>Received, Message added</td>"));
        given().queryParam("lang", "fi").when().get("/supervise/macros").then().statusCode(200)
                .body(containsString("<a href=\"" + MACRO + "\">Ask for the permit number</a>"))
                .body(containsString("Uusi makro"));
    }

    @Test
    @TestSecurity(user = "supervisor-1", roles = "supervisor")
    void aRuleChangeNamesTheVersionItReplaces() {
        CookieFilter cookies = new CookieFilter();
        String page = given().filter(cookies).queryParam("lang", "en").when().get(RULE).then().statusCode(200)
                .body(containsString("<input type=\"hidden\" name=\"version\" value=\"2\">"))
                .body(containsString("value=\"Urgent matters\""))
                .body(containsString("id=\"trigger-MESSAGE_ADDED\" name=\"trigger\" value=\"MESSAGE_ADDED\" checked"))
                .body(containsString("id=\"keywords\" name=\"keywords\" type=\"text\" maxlength=\"2000\" value=\"kiire\""))
                .body(containsString("<option value=\"SET_PRIORITY\" selected>Set the priority</option>"))
                .body(containsString("<option value=\"" + DomainServiceStubs.TEMPLATE + "\" selected>Permit received</option>"))
                .body(containsString("id=\"action-3-value\" name=\"action-3-value\" type=\"text\" maxlength=\"100\" value=\"uusimaa-permits\""))
                .body(containsString("<option value=\"CALL_WEBHOOK\" selected>Call a webhook</option>"))
                .body(containsString("id=\"action-4-value\" name=\"action-4-value\" type=\"text\" maxlength=\"100\" value=\"" + AutomationStubs.WEBHOOK + "\""))
                .extract().asString();
        AutomationStubs.CALLS.clear();
        given().filter(cookies).redirects().follow(false).contentType("application/x-www-form-urlencoded")
                .formParam("csrf-token", Forms.csrfToken(page)).formParam("version", "2").formParam("name", " Urgent ")
                .formParam("enabled", "on").formParam("trigger", "RECEIVED").formParam("trigger", "SLA_AT_RISK")
                .formParam("channel", "PHONE").formParam("keywords", "kiire, pikaisesti").formParam("priorities", "2, 3")
                .formParam("tags", "vip").formParam("waitedMinutes", "45")
                .formParam("action-1-type", "ADD_TAG").formParam("action-1-value", "kiire")
                .formParam("action-2-type", "ASK_CLIENT_TEMPLATE").formParam("action-2-template", DomainServiceStubs.TEMPLATE)
                .formParam("action-3-type", "").formParam("action-3-value", "ignored")
                .formParam("action-4-type", "CALL_WEBHOOK").formParam("action-4-value", AutomationStubs.WEBHOOK)
                .when().post(RULE).then().statusCode(303).header("Location", "/supervise/automation?notice=automation_saved");
        String put = AutomationStubs.CALLS.stream().filter(c -> c.startsWith("PUT")).findFirst().orElseThrow();
        assertThat(put).startsWith("PUT /api/v1/automation-rules/" + AutomationStubs.RULE + " If-Match \"2\" ");
        JsonObject sent = new JsonObject(put.substring(put.indexOf('{')));
        assertThat(sent.getString("name")).isEqualTo("Urgent");
        assertThat(sent.getJsonArray("triggers").getList()).containsExactly("RECEIVED", "SLA_AT_RISK");
        assertThat(sent.getJsonObject("conditions").getJsonArray("keywords").getList()).containsExactly("kiire", "pikaisesti");
        assertThat(sent.getJsonObject("conditions").getJsonArray("priorities").getList()).containsExactly(2, 3);
        assertThat(sent.getJsonObject("conditions").getInteger("waitedMinutes")).isEqualTo(45);
        assertThat(sent.getJsonArray("actions")).hasSize(3);
        assertThat(sent.getJsonArray("actions").getJsonObject(1).getString("templateId")).isEqualTo(DomainServiceStubs.TEMPLATE);
        assertThat(sent.getJsonArray("actions").getJsonObject(2).getString("type")).isEqualTo("CALL_WEBHOOK");
        assertThat(sent.getJsonArray("actions").getJsonObject(2).getString("subscriptionId")).isEqualTo(AutomationStubs.WEBHOOK);

        given().filter(cookies).redirects().follow(false).contentType("application/x-www-form-urlencoded")
                .formParam("csrf-token", Forms.csrfToken(page)).formParam("version", "2")
                .when().post(RULE + "/delete").then().statusCode(303)
                .header("Location", "/supervise/automation?notice=automation_deleted");
        assertThat(AutomationStubs.CALLS).contains("DELETE /api/v1/automation-rules/" + AutomationStubs.RULE + " If-Match \"2\"");
    }

    @Test
    @TestSecurity(user = "supervisor-1", roles = "supervisor")
    void ruleErrorsAreShownBesideTheirFields() {
        CookieFilter cookies = new CookieFilter();
        String page = given().filter(cookies).when().get("/supervise/automation/new").then().statusCode(200).extract().asString();
        AutomationStubs.CALLS.clear();
        given().filter(cookies).header("Accept-Language", "en").contentType("application/x-www-form-urlencoded")
                .formParam("csrf-token", Forms.csrfToken(page)).formParam("name", "x".repeat(201))
                .formParam("waitedMinutes", "long").formParam("action-1-type", "SET_PRIORITY").formParam("action-1-value", "9")
                .formParam("action-2-type", "SEND_REPLY_TEMPLATE")
                .formParam("action-3-type", "CALL_WEBHOOK").formParam("action-3-value", "my-webhook")
                .when().post("/supervise/automation/new").then().statusCode(400)
                .body(containsString("<a href=\"#name\">Give the rule a name"))
                .body(containsString("<a href=\"#trigger\">Choose at least one event.</a>"))
                .body(containsString("<a href=\"#waitedMinutes\">Give the minutes"))
                .body(containsString("<a href=\"#action-1-value\">The priority is a number from 1 to 5.</a>"))
                .body(containsString("<a href=\"#action-2-template\">Choose a reply template.</a>"))
                .body(containsString("<a href=\"#action-3-value\">Give the id (a UUID) of one of your organisation&#39;s webhook subscriptions."))
                .body(containsString("aria-invalid=\"true\" aria-describedby=\"name-error\""));
        given().filter(cookies).header("Accept-Language", "en").contentType("application/x-www-form-urlencoded")
                .formParam("csrf-token", Forms.csrfToken(page)).formParam("name", "Kii\u0000re").formParam("trigger", "RECEIVED")
                .when().post("/supervise/automation/new").then().statusCode(400)
                .body(containsString("<a href=\"#name\">")).body(containsString("<a href=\"#action-1-type\">Give at least one action.</a>"));
        assertThat(AutomationStubs.CALLS).as("nothing sent that the page refused").isEmpty();

        given().filter(cookies).header("Accept-Language", "en").contentType("application/x-www-form-urlencoded")
                .formParam("csrf-token", Forms.csrfToken(page)).formParam("name", "Refused").formParam("trigger", "RECEIVED")
                .formParam("action-1-type", "ADD_TAG").formParam("action-1-value", "a")
                .formParam("action-2-type", "TRANSFER").formParam("action-2-value", "ely-other-queue")
                .when().post("/supervise/automation/new").then().statusCode(400)
                .body(containsString("<a href=\"#action-2-value\">Contact routing refused this"))
                .body(containsString("value=\"ely-other-queue\""));
        given().filter(cookies).header("Accept-Language", "en").contentType("application/x-www-form-urlencoded")
                .formParam("csrf-token", Forms.csrfToken(page)).formParam("version", "1").formParam("name", "Mine")
                .formParam("trigger", "RESOLVED").formParam("action-1-type", "ADD_TAG").formParam("action-1-value", "done")
                .when().post(RULE).then().statusCode(409)
                .body(containsString("Someone else changed the rule meanwhile."))
                .body(containsString("value=\"Mine\"")).body(containsString("id=\"trigger-RESOLVED\" name=\"trigger\" value=\"RESOLVED\" checked"));
    }

    @Test
    @TestSecurity(user = "supervisor-1", roles = "supervisor")
    void theSimulatorSaysWhichRulesWouldRunAndWhy() {
        CookieFilter cookies = new CookieFilter();
        String page = given().filter(cookies).queryParam("lang", "en").when().get("/supervise/automation/simulate").then()
                .statusCode(200).body(containsString("<option value=\"RECEIVED\" selected>Received</option>")).extract().asString();
        AutomationStubs.CALLS.clear();
        given().filter(cookies).header("Accept-Language", "en").contentType("application/x-www-form-urlencoded")
                .formParam("csrf-token", Forms.csrfToken(page)).formParam("event", "RECEIVED").formParam("channel", "WEB")
                .formParam("description", "Tämä on kiire").formParam("priority", "3").formParam("tags", "vip")
                .when().post("/supervise/automation/simulate").then().statusCode(200)
                .body(containsString("On the event Received"))
                .body(containsString("<a href=\"" + RULE + "\">Urgent matters</a> (v2)"))
                .body(containsString("<td>runs on RECEIVED: keyword in [kiire]</td>"))
                .body(containsString("set priority to 1; add tag &quot;kiire&quot;; call webhook " + AutomationStubs.WEBHOOK));
        JsonObject sent = new JsonObject(AutomationStubs.CALLS.peek().substring(AutomationStubs.CALLS.peek().indexOf('{')));
        assertThat(sent.getString("description")).isEqualTo("Tämä on kiire");
        assertThat(sent.getJsonArray("tags").getList()).containsExactly("vip");
        given().filter(cookies).header("Accept-Language", "en").contentType("application/x-www-form-urlencoded")
                .formParam("csrf-token", Forms.csrfToken(page)).formParam("event", "HAPPENED").formParam("priority", "9")
                .when().post("/supervise/automation/simulate").then().statusCode(400)
                .body(containsString("<a href=\"#event\">Choose an event.</a>"))
                .body(containsString("<a href=\"#priority\">")).body(not(containsString("id=\"simulation\"")));
    }

    @Test
    @TestSecurity(user = "supervisor-1", roles = "supervisor")
    void aMacroIsKeptWithItsVersion() {
        CookieFilter cookies = new CookieFilter();
        String page = given().filter(cookies).queryParam("lang", "fi").when().get(MACRO).then().statusCode(200)
                .body(containsString("<input type=\"hidden\" name=\"version\" value=\"2\">"))
                .body(containsString("<option value=\"ASK_CLIENT_TEMPLATE\" selected>Kysy asiakkaalta vastauspohjalla ja odota</option>"))
                .extract().asString();
        AutomationStubs.CALLS.clear();
        given().filter(cookies).redirects().follow(false).contentType("application/x-www-form-urlencoded")
                .formParam("csrf-token", Forms.csrfToken(page)).formParam("version", "2").formParam("name", "Kysy lupanumero")
                .formParam("action-1-type", "ASK_CLIENT_TEMPLATE").formParam("action-1-template", DomainServiceStubs.TEMPLATE)
                .formParam("action-2-type", "ADD_TAG").formParam("action-2-value", "lupanumero")
                .when().post(MACRO).then().statusCode(303).header("Location", "/supervise/macros?notice=macro_saved");
        assertThat(AutomationStubs.CALLS).anyMatch(c -> c.startsWith("PUT /api/v1/macros/" + AutomationStubs.MACRO + " If-Match \"2\" "));
        // the page's language is the one chosen before (lang=fi, remembered), not the browser's
        given().filter(cookies).header("Accept-Language", "en").contentType("application/x-www-form-urlencoded")
                .formParam("csrf-token", Forms.csrfToken(page)).formParam("name", "Taken")
                .formParam("action-1-type", "ADD_TAG").formParam("action-1-value", "x")
                .when().post("/supervise/macros/new").then().statusCode(409)
                .body(containsString("<a href=\"#name\">Organisaatiollasi on jo tämänniminen makro.</a>"));
        given().filter(cookies).contentType("application/x-www-form-urlencoded")
                .formParam("csrf-token", Forms.csrfToken(page)).formParam("version", "1").formParam("name", "Min")
                .formParam("action-1-type", "ADD_TAG").formParam("action-1-value", "x")
                .when().post(MACRO).then().statusCode(409).body(containsString("Joku muu muutti makroa sillä välin."));
    }

    @Test
    @TestSecurity(user = "agent-1", roles = "agent")
    void anAgentAppliesAMacroAtTheContactsVersion() {
        CookieFilter cookies = new CookieFilter();
        String page = given().filter(cookies).queryParam("lang", "en").when().get(CONTACT).then().statusCode(200)
                .body(containsString("<form method=\"post\" action=\"" + CONTACT + "/macro\" novalidate id=\"macro-form\">"))
                .body(containsString("<input type=\"hidden\" name=\"version\" value=\"7\">"))
                .body(containsString("<option value=\"" + AutomationStubs.MACRO + "\">Ask for the permit number</option>"))
                .body(containsString("<span class=\"tag\">vip</span>"))
                .extract().asString();
        AutomationStubs.CALLS.clear();
        given().filter(cookies).redirects().follow(false).contentType("application/x-www-form-urlencoded")
                .formParam("csrf-token", Forms.csrfToken(page)).formParam("version", "7").formParam("macroId", AutomationStubs.MACRO)
                .when().post(CONTACT + "/macro").then().statusCode(303).header("Location", CONTACT);
        assertThat(AutomationStubs.CALLS).contains("POST /api/v1/contacts/" + DomainServiceStubs.STAFF_CONTACT + "/macros/"
                + AutomationStubs.MACRO + " If-Match \"7\"");

        given().filter(cookies).header("Accept-Language", "en").contentType("application/x-www-form-urlencoded")
                .formParam("csrf-token", Forms.csrfToken(page)).formParam("version", "6").formParam("macroId", AutomationStubs.MACRO)
                .when().post(CONTACT + "/macro").then().statusCode(409)
                .body(containsString("<p class=\"error\" id=\"macroId-error\">The contact changed meanwhile."))
                .body(containsString("<option value=\"" + AutomationStubs.MACRO + "\" selected>"));
        given().filter(cookies).header("Accept-Language", "en").contentType("application/x-www-form-urlencoded")
                .formParam("csrf-token", Forms.csrfToken(page)).formParam("version", "7").formParam("macroId", "")
                .when().post(CONTACT + "/macro").then().statusCode(400)
                .body(containsString("<p class=\"error\" id=\"macroId-error\">Choose a macro.</p>"));
    }
}
