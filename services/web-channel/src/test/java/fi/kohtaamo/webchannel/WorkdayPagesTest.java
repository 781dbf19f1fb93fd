package fi.kohtaamo.webchannel;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.filter.cookie.CookieFilter;
import io.vertx.core.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;

/**
 * The pages an agent works on all day: names instead of codes, push offers, the state changes
 * routing allows, the paused clock and the transfers, the side-by-side layout with its keyboard
 * shortcuts, and a phone contact logged, found and opened.
 */
@QuarkusTest
@QuarkusTestResource(DomainServiceStubs.class)
@ExtendWith(DomainServiceStubs.OnContract.class)
class WorkdayPagesTest {

    private static final String FORM = "application/x-www-form-urlencoded";

    @Test
    @TestSecurity(user = "agent-1", roles = "agent")
    void theContactPageNamesTheHandlerQueueServiceQuestionsAnswersAndLanguage() {
        given().queryParam("lang", "en").when().get("/work/contacts/" + WorkdayStubs.WAITING).then().statusCode(200)
                .body(containsString("<dd id=\"assigned-to\">expert.uusimaa</dd>"))
                .body(not(containsString(">e-1<")))
                .body(containsString("<dd id=\"contact-queue\">Permits</dd>"))
                .body(not(containsString("<dd id=\"contact-queue\">uusimaa-permits")))
                .body(containsString("<dd id=\"contact-service\">Permit to connect to a public road</dd>"))
                .body(containsString("<dd id=\"contact-language\">Swedish</dd>"))
                .body(containsString("<dt>Use of the connection</dt><dd>Business</dd>"))
                .body(containsString("<dt>Road number</dt><dd>12</dd>"))
                .body(containsString("<dt>Topics</dt><dd>Noise, Dust</dd>"))
                .body(containsString("<dt>retired_question</dt><dd>kept as written</dd>"))
                .body(not(containsString("<dt>road_number</dt>")))
                // what the client's segments prefer, and that they came another way
                .body(containsString("<dt>Client prefers</dt><dd id=\"preferred-channels\">Web form, Phone · came through another channel</dd>"))
                // the client and the system are named in words, staff by name
                .body(containsString("Received</span> · Client · "));
        given().queryParam("lang", "fi").when().get("/work/contacts/" + WorkdayStubs.WAITING).then().statusCode(200)
                .body(containsString("<dt>Liittymän käyttötarkoitus</dt><dd>Liiketoiminta</dd>"))
                .body(containsString("<dd id=\"contact-language\">ruotsi</dd>"))
                .body(containsString("<dd id=\"contact-queue\">Luvat</dd>"))
                .body(containsString("<dt>Asiakas suosii</dt><dd id=\"preferred-channels\">"));
        given().queryParam("lang", "sv").when().get("/work/contacts/" + WorkdayStubs.WAITING).then().statusCode(200)
                .body(containsString("<dt>Kunden föredrar</dt><dd id=\"preferred-channels\">"));
    }

    @Test
    @TestSecurity(user = "agent-1", roles = "agent")
    void aContactWaitingForTheClientShowsThePausedClockAndItsTransfersAsTheirOwnList() {
        String page = given().queryParam("lang", "en").when().get("/work/contacts/" + WorkdayStubs.WAITING).then().statusCode(200)
                .body(containsString("Waiting for the client&#39;s answer since 27.11.2026 14:00."))
                .body(containsString("The service-level clock is paused until the client answers. When the client answers, "
                        + "2 h 30 min of business time is left to the resolution deadline."))
                .body(containsString("<h2 id=\"transfers-heading\">Transfers</h2>"))
                .extract().asString();
        String transfers = page.substring(page.indexOf("id=\"transfers\""), page.indexOf("</ol>", page.indexOf("id=\"transfers\"")));
        assertThat(transfers)
                .contains("<time>27.11.2026 12:00</time> · by agent.uusimaa")
                .contains("From queue uusimaa-triage to queue Permits.")
                .contains("Handover note: Luvat hoitavat tämän")
                .contains("In queue Permits. Handed to expert expert.uusimaa.")
                .contains("Handover note: Leveyskysymys on sinun")
                .doesNotContain("Mikä on kiinteistötunnus?");
        // waiting for the client: neither released, reopened nor closed here
        assertThat(page).doesNotContain("action=\"/work/contacts/" + WorkdayStubs.WAITING + "/release\"")
                .doesNotContain("/reopen\"").doesNotContain("/close\"");
    }

    @Test
    @TestSecurity(user = "agent-1", roles = "agent")
    void detailsHistoryAndActionsSitSideBySideWithTheReplyFirstAndShortcutsListed() {
        String page = given().queryParam("lang", "sv").when().get("/work/contacts/" + DomainServiceStubs.STAFF_CONTACT)
                .then().statusCode(200).extract().asString();
        int details = page.indexOf("<section class=\"contact-details\"");
        int history = page.indexOf("<section class=\"contact-history\"");
        int actions = page.indexOf("<section class=\"contact-actions\"");
        assertThat(details).isPositive().isLessThan(history);
        assertThat(history).isLessThan(actions);
        String actionPart = page.substring(actions);
        assertThat(actionPart.indexOf("id=\"reply-text\"")).as("the reply box first among the actions")
                .isPositive().isLessThan(actionPart.indexOf("id=\"note-text\""));
        assertThat(actionPart.indexOf("id=\"reply-text\"")).isLessThan(actionPart.indexOf("action=\"/work/contacts/"
                + DomainServiceStubs.STAFF_CONTACT + "/transfer\""));
        assertThat(page).contains("<textarea id=\"reply-text\" name=\"text\" rows=\"8\" maxlength=\"10000\" accesskey=\"r\"")
                .contains("<select id=\"resolve-code\" name=\"code\" accesskey=\"s\">")
                .contains("<button type=\"submit\" id=\"next-contact\" accesskey=\"n\">")
                .contains("<h2 id=\"shortcuts-heading\">Kortkommandon</h2>")
                .contains("<dt><kbd>R</kbd></dt><dd>Skriv svaret</dd>");
        given().queryParam("lang", "fi").when().get("/work").then().statusCode(200)
                .body(containsString("<button type=\"submit\" id=\"next-contact\" accesskey=\"n\">"))
                .body(containsString("<h2 id=\"shortcuts-heading\">Pikanäppäimet</h2>"));
        String css = given().when().get("/css/site.css").then().statusCode(200).extract().asString();
        assertThat(css).containsPattern("@media \\(min-width: [0-9.]+rem\\) \\{\\s*\\.contact-layout \\{ grid-template-columns: [^;]+ [^;]+ [^;]+;");
    }

    @Test
    @TestSecurity(user = "agent-1", roles = "agent")
    void theWorkspaceAsksRoutingItsFourReadsAtOnceWithTheRequestsHeaders() {
        // The token travels as every propagated header does; a test identity has no token, so the
        // client's address (propagated the same way) shows that reads made at once still carry them.
        DomainServiceStubs.AUTHORIZATION.clear();
        given().header("X-Forwarded-For", "203.0.113.7").queryParam("lang", "en").when().get("/work").then()
                .statusCode(200)
                .body(containsString("<a href=\"/work/notices\" id=\"notices-link\">Notices (1 unread)</a>"))
                .body(containsString("<strong>KH-0FFE-R001</strong> · Permits · Priority 2"));
        assertThat(DomainServiceStubs.AUTHORIZATION).as("each read made at once carries the request's headers")
                .contains("GET /api/v1/agents/me none from 203.0.113.7", "GET /api/v1/queues none from 203.0.113.7",
                        "GET /api/v1/staff-notices none from 203.0.113.7", "GET /api/v1/agents/me/offers none from 203.0.113.7");
    }

    @Test
    @TestSecurity(user = "agent-1", roles = "agent")
    void aPushOfferShowsItsSecondsLeftAndIsAcceptedOrDeclined() {
        CookieFilter cookies = new CookieFilter();
        String page = given().filter(cookies).queryParam("lang", "en").when().get("/work").then().statusCode(200)
                .body(containsString("<h2 id=\"offers-heading\">Offered to you</h2>"))
                .body(containsString("<strong>KH-0FFE-R001</strong> · Permits · Priority 2"))
                .extract().asString();
        Matcher left = Pattern.compile("data-countdown=\"(\\d+)\" data-expired=\"expired\" id=\"offer-left-KH-0FFE-R001\">(\\d+) s</span>")
                .matcher(page);
        assertThat(left.find()).as("the seconds left, rendered by the server").isTrue();
        assertThat(Integer.parseInt(left.group(1))).isBetween(1, 25).isEqualTo(Integer.parseInt(left.group(2)));
        assertThat(page).contains("action=\"/work/contacts/" + WorkdayStubs.OFFERED + "/accept\"")
                .contains("aria-label=\"Decline KH-0FFE-R001\"");

        WorkdayStubs.CALLS.clear();
        given().filter(cookies).redirects().follow(false).contentType(FORM).formParam("csrf-token", Forms.csrfToken(page))
                .when().post("/work/contacts/" + WorkdayStubs.OFFERED + "/accept").then().statusCode(303)
                .header("Location", "/work/contacts/" + WorkdayStubs.OFFERED);
        given().filter(cookies).redirects().follow(false).contentType(FORM).formParam("csrf-token", Forms.csrfToken(page))
                .when().post("/work/contacts/" + WorkdayStubs.OFFER_GONE + "/accept").then().statusCode(303)
                .header("Location", "/work?notice=offer_gone");
        given().filter(cookies).redirects().follow(false).contentType(FORM).formParam("csrf-token", Forms.csrfToken(page))
                .when().post("/work/contacts/" + WorkdayStubs.OFFERED + "/decline").then().statusCode(303)
                .header("Location", "/work?notice=offer_declined");
        assertThat(WorkdayStubs.CALLS).containsExactly("accept " + WorkdayStubs.OFFERED, "accept " + WorkdayStubs.OFFER_GONE,
                "decline " + WorkdayStubs.OFFERED);
        given().filter(cookies).queryParam("lang", "en").queryParam("notice", "offer_gone").when().get("/work").then()
                .statusCode(200).body(containsString("The offer is no longer yours: it expired or went to someone else."));
    }

    @Test
    @TestSecurity(user = "agent-1", roles = "agent")
    void aHeldContactIsReleasedWithItsNote() {
        CookieFilter cookies = new CookieFilter();
        String path = "/work/contacts/" + DomainServiceStubs.STAFF_CONTACT;
        String page = given().filter(cookies).queryParam("lang", "en").when().get(path).then().statusCode(200)
                .body(containsString("<legend>Put back in the queue</legend>"))
                .body(not(containsString(path + "/reopen\""))).body(not(containsString(path + "/close\"")))
                .extract().asString();
        WorkdayStubs.CALLS.clear();
        given().filter(cookies).redirects().follow(false).contentType(FORM).formParam("csrf-token", Forms.csrfToken(page))
                .formParam("text", "Back after lunch").when().post(path + "/release").then().statusCode(303)
                .header("Location", "/work?notice=released");
        assertThat(WorkdayStubs.CALLS).singleElement().asString().startsWith("release " + DomainServiceStubs.STAFF_CONTACT)
                .satisfies(call -> assertThat(new JsonObject(call.substring(call.indexOf('{'))).getString("note"))
                        .isEqualTo("Back after lunch"));
    }

    @Test
    @TestSecurity(user = "agent-1", roles = "agent")
    void aResolvedContactIsReopenedWithAReasonOrClosed() {
        CookieFilter cookies = new CookieFilter();
        String path = "/work/contacts/" + WorkdayStubs.RESOLVED;
        String page = given().filter(cookies).queryParam("lang", "en").when().get(path).then().statusCode(200)
                .body(containsString("<label for=\"reopen-text\">Why is it reopened?</label>"))
                .body(containsString("<button type=\"submit\" id=\"close-button\""))
                .body(not(containsString("id=\"reply-text\""))).body(not(containsString(path + "/release\"")))
                .extract().asString();
        WorkdayStubs.CALLS.clear();
        given().filter(cookies).header("Accept-Language", "en").contentType(FORM).formParam("csrf-token", Forms.csrfToken(page))
                .formParam("text", " ").when().post(path + "/reopen").then().statusCode(400)
                .body(containsString("<a href=\"#reopen-text\">Give the reason for reopening (at most 2000 characters).</a>"))
                .body(containsString("aria-invalid=\"true\""));
        assertThat(WorkdayStubs.CALLS).as("nothing sent without a reason").isEmpty();
        given().filter(cookies).header("Accept-Language", "en").contentType(FORM).formParam("csrf-token", Forms.csrfToken(page))
                .formParam("text", "Too late, sadly").when().post(path + "/reopen").then().statusCode(409)
                .body(containsString("<a href=\"#reopen-text\">"))
                .body(containsString(">Too late, sadly</textarea>"));
        given().filter(cookies).redirects().follow(false).contentType(FORM).formParam("csrf-token", Forms.csrfToken(page))
                .formParam("text", "The client called back").when().post(path + "/reopen").then().statusCode(303)
                .header("Location", path);
        given().filter(cookies).redirects().follow(false).contentType(FORM).formParam("csrf-token", Forms.csrfToken(page))
                .when().post(path + "/close").then().statusCode(303).header("Location", path);
        assertThat(WorkdayStubs.CALLS).hasSize(3).last().isEqualTo("close " + WorkdayStubs.RESOLVED);
        assertThat(WorkdayStubs.CALLS).element(1).asString().contains("\"reason\":\"The client called back\"");
    }

    /** The "a functional test, not only an accessibility check": log a call, find it, open it. */
    @Test
    @TestSecurity(user = "agent-1", roles = "agent")
    void aPhoneContactLoggedFromTheWorkspaceIsFoundAndOpened() {
        CookieFilter cookies = new CookieFilter();
        WorkdayStubs.LOGGED_CONTACTS.clear();
        String form = given().filter(cookies).queryParam("lang", "en").when().get("/work/phone").then().statusCode(200)
                .body(containsString("<option value=\"" + DomainServiceStubs.PERMIT + "\">Permit to connect to a public road</option>"))
                .extract().asString();
        given().filter(cookies).header("Accept-Language", "en").contentType(FORM).formParam("csrf-token", Forms.csrfToken(form))
                .formParam("serviceId", DomainServiceStubs.PERMIT).formParam("description", "Soitti liittymän leveydestä")
                .formParam("language", "fi").formParam("name", "Eero Esimerkki").formParam("phone", "+358 40 123 4567")
                .formParam("email", "")
                .when().post("/work/phone").then().statusCode(201)
                .body(containsString("<dd id=\"tracking-code\">" + WorkdayStubs.LOGGED_CODE + "</dd>"))
                .body(containsString("<dd id=\"access-secret\">phonesecret23456789</dd>"))
                .body(containsString("<a href=\"/work/contacts/" + WorkdayStubs.LOGGED + "\" id=\"open-logged\">Open contact "
                        + WorkdayStubs.LOGGED_CODE + "</a>"));
        JsonObject sent = WorkdayStubs.LOGGED_CONTACTS.get(WorkdayStubs.LOGGED_CODE);
        assertThat(sent.getString("channel")).isEqualTo("PHONE");
        assertThat(sent.getString("serviceId")).isEqualTo(DomainServiceStubs.PERMIT);
        assertThat(sent.getString("language")).isEqualTo("fi");
        assertThat(sent.getJsonObject("contact").getString("phone")).isEqualTo("+358 40 123 4567");
        assertThat(sent.getJsonObject("contact").getString("email")).as("an empty field is not sent").isNull();

        given().filter(cookies).queryParam("lang", "en").queryParam("q", WorkdayStubs.LOGGED_CODE).when().get("/work/search")
                .then().statusCode(200)
                .body(containsString("<a href=\"/work/contacts/" + WorkdayStubs.LOGGED + "\">" + WorkdayStubs.LOGGED_CODE + "</a>"))
                .body(containsString("Soitti liittymän leveydestä"));
        given().filter(cookies).queryParam("lang", "en").when().get("/work/contacts/" + WorkdayStubs.LOGGED).then().statusCode(200)
                .body(containsString("<h1>Contact " + WorkdayStubs.LOGGED_CODE + "</h1>"))
                .body(containsString("<dd>Phone</dd>"))
                .body(containsString("<dd id=\"contact-service\">Permit to connect to a public road</dd>"))
                .body(containsString("<dd id=\"contact-language\">Finnish</dd>"))
                .body(containsString("<dd>+358 40 123 4567</dd>"))
                .body(containsString("<p class=\"description\">Soitti liittymän leveydestä</p>"))
                .body(matchesPattern("(?s).*<button type=\"submit\" id=\"take\">Take</button>.*"));
    }

    @Test
    @TestSecurity(user = "manager-1", roles = "manager")
    void theManagementViewNamesServicesAndChannels() {
        String page = given().queryParam("lang", "en").when().get("/manage").then().statusCode(200).extract().asString();
        assertThat(page).contains("<th scope=\"row\">Permit to connect to a public road</th><td>7</td>")
                .contains("<th scope=\"row\">no service</th><td>2</td>")
                .contains("<th scope=\"row\">Phone</th><td>5</td>")
                .contains("<th scope=\"row\">channel not known</th><td>4</td>")
                .doesNotContain(">" + DomainServiceStubs.PERMIT + "<").doesNotContain("<th scope=\"row\">-</th>");
        given().queryParam("lang", "sv").when().get("/manage").then().statusCode(200)
                .body(containsString("<th scope=\"row\">Anslutningstillstånd till landsväg</th><td>7</td>"))
                .body(containsString("<th scope=\"row\">kanalen inte känd</th><td>4</td>"));
    }

    @Test
    @TestSecurity(user = "supervisor-1", roles = "supervisor")
    void theRulesListSaysConditionsServicesChannelsAndQueuesInWords() {
        given().queryParam("lang", "en").when().get("/supervise/rules").then().statusCode(200)
                .body(containsString("is about the service: Permit to connect to a public road"))
                .body(containsString("comes through the channel: Web form"))
                .body(containsString("contains the word: kiire"))
                .body(containsString("came through a channel the client&#39;s segments prefer: Yes, a preferred channel"))
                .body(containsString("<td>Permits</td>"))
                .body(not(containsString("services: [")));
    }

    @Test
    @TestSecurity(user = "agent-1", roles = "agent")
    void searchResultsNameTheHandler() {
        given().queryParam("lang", "en").queryParam("q", "road").when().get("/work/search").then().statusCode(200)
                .body(containsString("<td>agent.uusimaa</td>"))
                .body(not(containsString("<td>a-1</td>")));
    }
}
