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

/**
 * The supervisor keeps reply templates against a stand-in of contact routing's API: the list, a
 * new one, a change naming the version it replaces (If-Match from the hidden field), a deletion,
 * and errors beside their fields, whether the page or routing finds them.
 */
@QuarkusTest
@QuarkusTestResource(DomainServiceStubs.class)
@ExtendWith(DomainServiceStubs.OnContract.class)
class ReplyTemplatePagesTest {

    private static final String ONE = "/supervise/templates/" + DomainServiceStubs.TEMPLATE;

    @Test
    @TestSecurity(user = "agent-1", roles = "agent")
    void agentsDoNotKeepTemplates() {
        given().when().get("/supervise/templates").then().statusCode(403);
        given().when().get(ONE).then().statusCode(403);
    }

    @Test
    @TestSecurity(user = "supervisor-1", roles = "supervisor")
    void theSupervisePageLinksTheTemplatesListedWithTheirLanguages() {
        given().queryParam("lang", "sv").when().get("/supervise").then().statusCode(200)
                .body(containsString("<a href=\"/supervise/templates\">Svarsmallar</a>"));
        given().queryParam("lang", "fi").when().get("/supervise/templates").then().statusCode(200)
                .body(containsString("<a href=\"" + ONE + "\">Permit received</a>"))
                .body(containsString("<td>suomi, englanti</td>"))
                .body(containsString("<a href=\"/supervise/templates/new\" id=\"new-template\">Uusi vastauspohja</a>"));
    }

    @Test
    @TestSecurity(user = "supervisor-1", roles = "supervisor")
    void aChangeNamesTheVersionItReplaces() {
        CookieFilter cookies = new CookieFilter();
        String page = given().filter(cookies).queryParam("lang", "en").when().get(ONE).then().statusCode(200)
                .body(containsString("<input type=\"hidden\" name=\"version\" value=\"2\">"))
                .body(containsString("value=\"Permit received\""))
                .body(containsString(">Hello {client_name}, your application {tracking_code} has arrived.</textarea>"))
                .body(containsString("<label for=\"text-sv\">Text: Swedish</label>"))
                .body(containsString("It may use the placeholders {client_name} (the client&#39;s name)"))
                .extract().asString();
        DomainServiceStubs.TEMPLATE_CALLS.clear();
        given().filter(cookies).redirects().follow(false).contentType("application/x-www-form-urlencoded")
                .formParam("csrf-token", Forms.csrfToken(page)).formParam("version", "2").formParam("name", " Permit arrived ")
                .formParam("text-fi", "Hei {client_name}").formParam("text-sv", "Hej {client_name}").formParam("text-en", "  ")
                .when().post(ONE).then().statusCode(303).header("Location", "/supervise/templates?notice=reply_template_saved");
        String put = DomainServiceStubs.TEMPLATE_CALLS.stream().filter(c -> c.startsWith("PUT")).findFirst().orElseThrow();
        assertThat(put).startsWith("PUT /api/v1/reply-templates/" + DomainServiceStubs.TEMPLATE + " If-Match \"2\" ");
        JsonObject sent = new JsonObject(put.substring(put.indexOf('{')));
        assertThat(sent.getString("name")).isEqualTo("Permit arrived");
        assertThat(sent.getJsonObject("texts").getString("sv")).isEqualTo("Hej {client_name}");
        assertThat(sent.getJsonObject("texts").getValue("en")).as("a blank language has no text").isNull();
        given().filter(cookies).queryParam("notice", "reply_template_saved").queryParam("lang", "en").when()
                .get("/supervise/templates").then().body(containsString("The reply template was saved."));

        given().filter(cookies).redirects().follow(false).contentType("application/x-www-form-urlencoded")
                .formParam("csrf-token", Forms.csrfToken(page)).formParam("version", "2")
                .when().post(ONE + "/delete").then().statusCode(303)
                .header("Location", "/supervise/templates?notice=reply_template_deleted");
        assertThat(DomainServiceStubs.TEMPLATE_CALLS).contains("DELETE /api/v1/reply-templates/" + DomainServiceStubs.TEMPLATE
                + " If-Match \"2\"");
    }

    @Test
    @TestSecurity(user = "supervisor-1", roles = "supervisor")
    void errorsAreShownBesideTheirFieldsAndAStaleChangeKeepsTheInput() {
        CookieFilter cookies = new CookieFilter();
        String page = given().filter(cookies).when().get("/supervise/templates/new").then().statusCode(200).extract().asString();
        DomainServiceStubs.TEMPLATE_CALLS.clear();
        given().filter(cookies).header("Accept-Language", "en").contentType("application/x-www-form-urlencoded")
                .formParam("csrf-token", Forms.csrfToken(page)).formParam("name", "").formParam("text-fi", "")
                .formParam("text-sv", "x".repeat(10001))
                .when().post("/supervise/templates/new").then().statusCode(400)
                .body(containsString("<a href=\"#name\">Give the reply template a name"))
                .body(containsString("<a href=\"#text-sv\">The text is too long"))
                .body(containsString("aria-invalid=\"true\" aria-describedby=\"name-error\""));
        given().filter(cookies).header("Accept-Language", "en").contentType("application/x-www-form-urlencoded")
                .formParam("csrf-token", Forms.csrfToken(page)).formParam("name", "Empty")
                .when().post("/supervise/templates/new").then().statusCode(400)
                .body(containsString("<a href=\"#text-fi\">Give the text in at least one language.</a>"));
        assertThat(DomainServiceStubs.TEMPLATE_CALLS).as("nothing sent that the page refused").isEmpty();

        given().filter(cookies).header("Accept-Language", "en").contentType("application/x-www-form-urlencoded")
                .formParam("csrf-token", Forms.csrfToken(page)).formParam("name", "Typo").formParam("text-sv", "Hej {clent_name}")
                .when().post("/supervise/templates/new").then().statusCode(400)
                .body(containsString("<a href=\"#text-sv\">The text is too long (at most 10,000 characters) or names an unknown placeholder.</a>"))
                .body(containsString(">Hej {clent_name}</textarea>"));
        given().filter(cookies).header("Accept-Language", "en").contentType("application/x-www-form-urlencoded")
                .formParam("csrf-token", Forms.csrfToken(page)).formParam("name", "Taken").formParam("text-fi", "Hei")
                .when().post("/supervise/templates/new").then().statusCode(409)
                .body(containsString("<a href=\"#name\">Your organisation already has a reply template with this name.</a>"));
        given().filter(cookies).header("Accept-Language", "en").contentType("application/x-www-form-urlencoded")
                .formParam("csrf-token", Forms.csrfToken(page)).formParam("version", "1").formParam("name", "Mine")
                .formParam("text-fi", "Minun")
                .when().post(ONE).then().statusCode(409)
                .body(containsString("Someone else changed the reply template meanwhile."))
                .body(containsString("value=\"Mine\""));
    }
}
