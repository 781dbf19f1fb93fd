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
import static org.hamcrest.Matchers.nullValue;

/**
 * The organisation's webhooks for its administrators, against a stand-in of the webhooks service's API
 * ({@link WebhookStubs}): the list, a subscription made with its secret shown once in the POST's answer,
 * a change naming the version it replaces (If-Match from the hidden field) and a stale one shown as the
 * subscription is now, the delivery log with every attempt, redelivery and a test event, deletion after
 * a confirmation page; refusals beside their fields, nothing sent that the page refused.
 */
@QuarkusTest
@QuarkusTestResource(DomainServiceStubs.class)
@ExtendWith(DomainServiceStubs.OnContract.class)
class WebhookPagesTest {

    private static final String PAGE = "/catalogue/webhooks/" + WebhookStubs.SUBSCRIPTION;

    @Test
    @TestSecurity(user = "agent-1", roles = "agent")
    void anAgentHasNoAccess() {
        WebhookStubs.CALLS.clear();
        given().header("Accept-Language", "en").when().get("/catalogue/webhooks").then().statusCode(403)
                .body(containsString("<h1>No access</h1>"));
        given().when().get(PAGE).then().statusCode(403);
        given().when().get("/catalogue/webhooks/new").then().statusCode(403);
        assertThat(WebhookStubs.CALLS).isEmpty();
    }

    @Test
    @TestSecurity(user = "catalogue-admin-1", roles = "catalogue-admin")
    void theSubscriptionsAreListedAndLinkedFromTheCatalogue() {
        given().queryParam("lang", "en").when().get("/catalogue").then().statusCode(200)
                .body(containsString("<a href=\"/catalogue/webhooks\" id=\"webhooks-link\">Webhooks</a>"));
        given().queryParam("lang", "en").when().get("/catalogue/webhooks").then().statusCode(200)
                .header("Cache-Control", "no-store")
                .body(containsString("<a href=\"" + PAGE + "\">https://system.example.fi/kohtaamo/webhooks</a>"))
                .body(containsString("<td>Case management system</td>"))
                .body(containsString("<td>contact.received, contact.resolved</td>"))
                .body(containsString("<td>In use</td>"))
                .body(containsString("<td>Ended: the receiver answered 410 Gone</td>"));
        given().queryParam("lang", "sv").when().get("/catalogue/webhooks").then().statusCode(200)
                .body(containsString("Ny prenumeration")).body(containsString("<td>I bruk</td>"));
        given().queryParam("lang", "fi").queryParam("notice", "hook_deleted").when().get("/catalogue/webhooks").then().statusCode(200)
                .body(containsString("<p class=\"notice\" id=\"notice\" role=\"status\">Tilaus poistettiin.</p>"));
    }

    @Test
    @TestSecurity(user = "catalogue-admin-1", roles = "catalogue-admin")
    void anotherOrganisationsSubscriptionIsNotFound() {
        given().header("Accept-Language", "en").when().get("/catalogue/webhooks/" + WebhookStubs.OTHER).then().statusCode(404)
                .body(containsString("Page not found"));
        given().when().get("/catalogue/webhooks/not-an-id").then().statusCode(404);
        given().when().get("/catalogue/webhooks/" + WebhookStubs.OTHER + "/delete").then().statusCode(404);
        CookieFilter cookies = new CookieFilter();
        String page = given().filter(cookies).when().get(PAGE).then().statusCode(200).extract().asString();
        given().filter(cookies).contentType("application/x-www-form-urlencoded").formParam("csrf-token", Forms.csrfToken(page))
                .when().post("/catalogue/webhooks/" + WebhookStubs.OTHER + "/test-event").then().statusCode(404);
        given().filter(cookies).contentType("application/x-www-form-urlencoded").formParam("csrf-token", Forms.csrfToken(page))
                .when().post("/catalogue/webhooks/" + WebhookStubs.OTHER + "/deliveries/" + WebhookStubs.PARKED + "/redelivery")
                .then().statusCode(404);
    }

    @Test
    @TestSecurity(user = "catalogue-admin-1", roles = "catalogue-admin")
    void aNewSubscriptionShowsItsSecretOnceInTheAnswer() {
        CookieFilter cookies = new CookieFilter();
        String form = given().filter(cookies).queryParam("lang", "en").when().get("/catalogue/webhooks/new").then().statusCode(200)
                .body(containsString("<input type=\"checkbox\" id=\"eventType-contact.received\" name=\"eventType\" value=\"contact.received\">"))
                .body(containsString("<label for=\"eventType-feedback.answered\">Feedback was answered (<code>feedback.answered</code>)</label>"))
                .body(containsString("id=\"active\" name=\"active\" value=\"on\" checked"))
                .extract().asString();
        WebhookStubs.CALLS.clear();
        String answer = given().filter(cookies).redirects().follow(false).contentType("application/x-www-form-urlencoded")
                .formParam("csrf-token", Forms.csrfToken(form)).formParam("url", " https://system.example.fi/in ")
                .formParam("description", "Case system").formParam("eventType", "contact.received")
                .formParam("eventType", "feedback.answered").formParam("active", "on")
                .when().post("/catalogue/webhooks/new").then().statusCode(200)
                .header("Cache-Control", "no-store").header("Location", nullValue())
                .body(containsString("<code id=\"secret\">" + WebhookStubs.SECRET + "</code>"))
                .body(containsString("it will not be shown again"))
                .body(containsString("<a href=\"" + PAGE + "\" id=\"to-subscription\">"))
                .extract().asString();
        assertThat(answer).containsOnlyOnce(WebhookStubs.SECRET);
        String post = WebhookStubs.CALLS.stream().filter(c -> c.startsWith("POST")).findFirst().orElseThrow();
        JsonObject sent = new JsonObject(post.substring(post.indexOf('{')));
        assertThat(sent.getString("url")).isEqualTo("https://system.example.fi/in");
        assertThat(sent.getString("description")).isEqualTo("Case system");
        assertThat(sent.getJsonArray("eventTypes").getList()).containsExactly("contact.received", "feedback.answered");
        assertThat(sent.getBoolean("active")).isTrue();
        given().filter(cookies).when().get(PAGE).then().statusCode(200).body(not(containsString(WebhookStubs.SECRET)));
    }

    @Test
    @TestSecurity(user = "catalogue-admin-1", roles = "catalogue-admin")
    void refusalsAreShownBesideTheirFields() {
        CookieFilter cookies = new CookieFilter();
        String form = given().filter(cookies).when().get("/catalogue/webhooks/new").then().statusCode(200).extract().asString();
        WebhookStubs.CALLS.clear();
        given().filter(cookies).header("Accept-Language", "en").contentType("application/x-www-form-urlencoded")
                .formParam("csrf-token", Forms.csrfToken(form)).formParam("url", "").formParam("description", "x".repeat(201))
                .when().post("/catalogue/webhooks/new").then().statusCode(400)
                .body(containsString("<a href=\"#url\">Give the receiver&#39;s address.</a>"))
                .body(containsString("<a href=\"#description\">The description is at most 200 characters"))
                .body(containsString("<a href=\"#eventTypes\">Choose at least one event type.</a>"))
                .body(containsString("<p class=\"error\" id=\"url-error\">"))
                .body(containsString("aria-describedby=\"url-hint url-error\" aria-invalid=\"true\""));
        given().filter(cookies).header("Accept-Language", "en").contentType("application/x-www-form-urlencoded")
                .formParam("csrf-token", Forms.csrfToken(form)).formParam("url", "https://x.example.fi/" + "a".repeat(5_000))
                .formParam("eventType", "contact.deleted").when().post("/catalogue/webhooks/new").then().statusCode(400)
                .body(containsString("<a href=\"#url\">The address is at most 2,000 characters"))
                .body(containsString("<a href=\"#eventTypes\">Choose event types from the list.</a>"));
        // A field far longer than any (the site's form limit, 64K) is refused before the page reads it.
        given().filter(cookies).contentType("application/x-www-form-urlencoded")
                .formParam("csrf-token", Forms.csrfToken(form)).formParam("url", "https://x.example.fi/" + "a".repeat(100_000))
                .formParam("eventType", "contact.received").when().post("/catalogue/webhooks/new").then().statusCode(413);
        given().filter(cookies).header("Accept-Language", "en").contentType("application/x-www-form-urlencoded")
                .formParam("csrf-token", Forms.csrfToken(form)).formParam("url", "system.example.fi\u0000")
                .formParam("eventType", "contact.received").when().post("/catalogue/webhooks/new").then().statusCode(400)
                .body(containsString("<a href=\"#url\">"))
                .body(containsString("id=\"eventType-contact.received\" name=\"eventType\" value=\"contact.received\" checked"));
        given().filter(cookies).header("Accept-Language", "en").contentType("application/x-www-form-urlencoded")
                .formParam("csrf-token", Forms.csrfToken(form)).formParam("url", "ftp://system.example.fi/in")
                .formParam("eventType", "contact.received").when().post("/catalogue/webhooks/new").then().statusCode(400)
                .body(containsString("<a href=\"#url\">Give a whole address starting with https://.</a>"));
        assertThat(WebhookStubs.CALLS).as("nothing sent that the page refused").noneMatch(c -> c.startsWith("POST"));

        given().filter(cookies).header("Accept-Language", "en").contentType("application/x-www-form-urlencoded")
                .formParam("csrf-token", Forms.csrfToken(form)).formParam("url", "https://192.168.1.10/in")
                .formParam("eventType", "contact.received").when().post("/catalogue/webhooks/new").then().statusCode(400)
                .body(containsString("<a href=\"#url\">The address was refused: it must be https, must not be in a local or private network and must not carry a user name or password.</a>"))
                .body(containsString("value=\"https://192.168.1.10/in\""))
                .body(not(containsString("id=\"secret\"")));
    }

    @Test
    @TestSecurity(user = "catalogue-admin-1", roles = "catalogue-admin")
    void aChangeNamesTheVersionItReplacesAndAStaleOneShowsTheCurrent() {
        CookieFilter cookies = new CookieFilter();
        String page = given().filter(cookies).queryParam("lang", "en").when().get(PAGE).then().statusCode(200)
                .body(containsString("<input type=\"hidden\" name=\"version\" value=\"3\">"))
                .body(containsString("id=\"url\" name=\"url\" type=\"text\" maxlength=\"2000\" value=\"https://system.example.fi/kohtaamo/webhooks\""))
                .body(containsString("id=\"eventType-contact.resolved\" name=\"eventType\" value=\"contact.resolved\" checked"))
                .body(containsString("<p id=\"state\">State: In use</p>"))
                .extract().asString();
        WebhookStubs.CALLS.clear();
        given().filter(cookies).redirects().follow(false).contentType("application/x-www-form-urlencoded")
                .formParam("csrf-token", Forms.csrfToken(page)).formParam("version", "3").formParam("active", "on")
                .formParam("url", "https://system.example.fi/v2").formParam("description", "")
                .formParam("eventType", "contact.routed")
                .when().post(PAGE).then().statusCode(303).header("Location", PAGE + "?notice=hook_saved");
        String put = WebhookStubs.CALLS.stream().filter(c -> c.startsWith("PUT")).findFirst().orElseThrow();
        assertThat(put).startsWith("PUT /api/v1/webhooks/subscriptions/" + WebhookStubs.SUBSCRIPTION + " If-Match \"3\" ");
        JsonObject sent = new JsonObject(put.substring(put.indexOf('{')));
        assertThat(sent.getString("url")).isEqualTo("https://system.example.fi/v2");
        assertThat(sent.getString("description")).isNull();
        assertThat(sent.getJsonArray("eventTypes").getList()).containsExactly("contact.routed");
        assertThat(sent.getBoolean("active")).isTrue();

        given().filter(cookies).header("Accept-Language", "en").contentType("application/x-www-form-urlencoded")
                .formParam("csrf-token", Forms.csrfToken(page)).formParam("version", "2").formParam("active", "on")
                .formParam("url", "https://mine.example.fi/").formParam("eventType", "contact.routed")
                .when().post(PAGE).then().statusCode(409)
                .body(containsString("Someone else changed the subscription meanwhile. Here it is as it is now"))
                .body(containsString("value=\"https://system.example.fi/kohtaamo/webhooks\""))
                .body(not(containsString("https://mine.example.fi/")))
                .body(containsString("<input type=\"hidden\" name=\"version\" value=\"3\">"));
        given().filter(cookies).header("Accept-Language", "en").contentType("application/x-www-form-urlencoded")
                .formParam("csrf-token", Forms.csrfToken(page)).formParam("version", "3").formParam("active", "on")
                .formParam("url", "http://10.0.0.5/in").formParam("eventType", "contact.routed")
                .when().post(PAGE).then().statusCode(400)
                .body(containsString("<a href=\"#url\">The address was refused"))
                .body(containsString("value=\"http://10.0.0.5/in\""));
    }

    @Test
    @TestSecurity(user = "catalogue-admin-1", roles = "catalogue-admin")
    void turningOffRotatingAndDeletingNameTheVersion() {
        CookieFilter cookies = new CookieFilter();
        String page = given().filter(cookies).queryParam("lang", "en").when().get(PAGE).then().statusCode(200)
                .body(containsString("<button type=\"submit\" id=\"turn-subscription\" aria-describedby=\"active-form-hint\">Turn off</button>"))
                .body(containsString("<a href=\"" + PAGE + "/delete\" id=\"delete-subscription\">"))
                .extract().asString();
        WebhookStubs.CALLS.clear();
        given().filter(cookies).redirects().follow(false).contentType("application/x-www-form-urlencoded")
                .formParam("csrf-token", Forms.csrfToken(page)).formParam("version", "3").formParam("active", "false")
                .when().post(PAGE + "/active").then().statusCode(303).header("Location", PAGE + "?notice=hook_turned_off");
        String put = WebhookStubs.CALLS.stream().filter(c -> c.startsWith("PUT")).findFirst().orElseThrow();
        assertThat(put).contains(" If-Match \"3\" ");
        JsonObject sent = new JsonObject(put.substring(put.indexOf('{')));
        assertThat(sent.getBoolean("active")).isFalse();
        assertThat(sent.getString("url")).isEqualTo("https://system.example.fi/kohtaamo/webhooks");
        assertThat(sent.getJsonArray("eventTypes").getList()).containsExactly("contact.received", "contact.resolved");

        String rotated = given().filter(cookies).contentType("application/x-www-form-urlencoded")
                .formParam("csrf-token", Forms.csrfToken(page)).formParam("version", "3")
                .when().post(PAGE + "/secret").then().statusCode(200).header("Cache-Control", "no-store")
                .body(containsString("A new secret was made."))
                .body(containsString("The previous secret keeps signing beside the new one until 7.12.2026 12:00."))
                .extract().asString();
        assertThat(rotated).containsOnlyOnce(WebhookStubs.ROTATED);
        assertThat(WebhookStubs.CALLS).contains("POST /api/v1/webhooks/subscriptions/" + WebhookStubs.SUBSCRIPTION + "/secret If-Match \"3\"");
        given().filter(cookies).header("Accept-Language", "en").contentType("application/x-www-form-urlencoded")
                .formParam("csrf-token", Forms.csrfToken(page)).formParam("version", "1")
                .when().post(PAGE + "/secret").then().statusCode(409)
                .body(containsString("Someone else changed the subscription meanwhile.")).body(not(containsString("id=\"secret\"")));

        String confirm = given().filter(cookies).queryParam("lang", "en").when().get(PAGE + "/delete").then().statusCode(200)
                .body(containsString("<h1>Delete the webhook subscription?</h1>"))
                .body(containsString("<input type=\"hidden\" name=\"version\" value=\"3\">"))
                .extract().asString();
        assertThat(WebhookStubs.CALLS).noneMatch(c -> c.startsWith("DELETE"));
        given().filter(cookies).redirects().follow(false).contentType("application/x-www-form-urlencoded")
                .formParam("csrf-token", Forms.csrfToken(confirm)).formParam("version", "3")
                .when().post(PAGE + "/delete").then().statusCode(303).header("Location", "/catalogue/webhooks?notice=hook_deleted");
        assertThat(WebhookStubs.CALLS).contains("DELETE /api/v1/webhooks/subscriptions/" + WebhookStubs.SUBSCRIPTION + " If-Match \"3\"");
        given().filter(cookies).contentType("application/x-www-form-urlencoded")
                .formParam("csrf-token", Forms.csrfToken(confirm)).formParam("version", "2")
                .when().post(PAGE + "/delete").then().statusCode(409);
        given().filter(cookies).contentType("application/x-www-form-urlencoded")
                .formParam("csrf-token", Forms.csrfToken(confirm))
                .when().post(PAGE + "/delete").then().statusCode(404);
    }

    @Test
    @TestSecurity(user = "catalogue-admin-1", roles = "catalogue-admin")
    void theDeliveryLogShowsEveryAttemptAndSendsAgain() {
        CookieFilter cookies = new CookieFilter();
        WebhookStubs.CALLS.clear();
        String page = given().filter(cookies).queryParam("lang", "en").when().get(PAGE).then().statusCode(200)
                .body(containsString("<tr id=\"delivery-" + WebhookStubs.PARKED + "\">"))
                .body(containsString("<td class=\"delivery-status\">Given up</td>"))
                .body(containsString("<td class=\"delivery-status\">Delivered</td>"))
                .body(containsString("<code class=\"event-id\">e7e7e7e7-0000-4000-8000-000000000002</code>"))
                .body(containsString("<tr><td>6.12.2026 11:00:00</td><td>503</td><td>17</td><td>receiver answered 503</td></tr>"))
                .body(containsString("<tr><td>6.12.2026 11:30:00</td><td>–</td><td>10000</td><td>timed out</td></tr>"))
                .body(containsString("<tr><td>6.12.2026 10:00:01</td><td>200</td><td>42</td><td></td></tr>"))
                .body(containsString("<form method=\"post\" action=\"" + PAGE + "/deliveries/" + WebhookStubs.PARKED + "/redelivery\""))
                .extract().asString();
        assertThat(page.indexOf(WebhookStubs.PARKED)).as("newest first, as the service gives them").isLessThan(page.indexOf(WebhookStubs.DELIVERED));
        assertThat(WebhookStubs.CALLS).anyMatch(c -> c.startsWith("GET /api/v1/webhooks/subscriptions/" + WebhookStubs.SUBSCRIPTION
                + "/deliveries?limit=100"));

        given().filter(cookies).queryParam("lang", "en").queryParam("status", "PARKED").when().get(PAGE).then().statusCode(200)
                .body(containsString("<option value=\"PARKED\" selected>Given up</option>"))
                .body(not(containsString("<tr id=\"delivery-" + WebhookStubs.DELIVERED + "\">")));
        assertThat(WebhookStubs.CALLS).anyMatch(c -> c.contains("/deliveries?") && c.contains("status=PARKED"));
        given().filter(cookies).queryParam("lang", "en").queryParam("status", "LOST").when().get(PAGE).then().statusCode(400)
                .body(containsString("<p class=\"error\" id=\"status-error\">Choose a status from the list.</p>"));

        WebhookStubs.CALLS.clear();
        given().filter(cookies).redirects().follow(false).contentType("application/x-www-form-urlencoded")
                .formParam("csrf-token", Forms.csrfToken(page))
                .when().post(PAGE + "/deliveries/" + WebhookStubs.PARKED + "/redelivery").then().statusCode(303)
                .header("Location", PAGE + "?notice=hook_redelivered");
        given().filter(cookies).redirects().follow(false).contentType("application/x-www-form-urlencoded")
                .formParam("csrf-token", Forms.csrfToken(page))
                .when().post(PAGE + "/test-event").then().statusCode(303).header("Location", PAGE + "?notice=hook_test_sent");
        assertThat(WebhookStubs.CALLS).containsExactly(
                "POST /api/v1/webhooks/subscriptions/" + WebhookStubs.SUBSCRIPTION + "/deliveries/" + WebhookStubs.PARKED + "/redelivery",
                "POST /api/v1/webhooks/subscriptions/" + WebhookStubs.SUBSCRIPTION + "/test-events");
        given().filter(cookies).queryParam("lang", "en").queryParam("notice", "hook_redelivered").when().get(PAGE).then().statusCode(200)
                .body(containsString("The delivery will be sent again with the same event id"));
    }
}
