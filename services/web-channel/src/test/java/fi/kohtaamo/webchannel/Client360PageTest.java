package fi.kohtaamo.webchannel;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.filter.cookie.CookieFilter;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

/**
 * The client 360 page of a contact: the whole client only with a purpose (each service's part
 * named with the contact), and linking, unlinking and registering the contact's client, every
 * refusal beside its field.
 */
@QuarkusTest
@QuarkusTestResource(DomainServiceStubs.class)
@ExtendWith(DomainServiceStubs.OnContract.class)
class Client360PageTest {

    private static final String LINKED = "/work/contacts/" + DomainServiceStubs.STAFF_CONTACT + "/client-360";
    private static final String LINKLESS = "/work/contacts/" + Client360Stubs.LINKLESS + "/client-360";

    private final CookieFilter cookies = new CookieFilter();

    @Test
    @TestSecurity(user = "agent-1", roles = "agent")
    void theContactPageLeadsToTheClient360() {
        given().queryParam("lang", "sv").when().get("/work/contacts/" + DomainServiceStubs.STAFF_CONTACT).then().statusCode(200)
                .body(containsString("<a href=\"" + LINKED + "\" id=\"client-360-link\">Kundens helhetsbild</a>"));
    }

    @Test
    @TestSecurity(user = "agent-1", roles = "agent")
    void theWholeClientIsShownOnlyWithAPurposeAndEachPartNamesTheContact() {
        String page = given().filter(cookies).queryParam("lang", "en").when().get(LINKED).then().statusCode(200)
                .header("Cache-Control", "no-store")
                .body(containsString("<h1>Client 360 – KH-STAF-F222</h1>"))
                .body(containsString("<label for=\"purpose\">Purpose</label>"))
                .body(containsString("<label for=\"confirm\">I confirm that this contact does not concern this client</label>"))
                .body(not(containsString("Esimerkki")))
                .extract().asString();
        DomainServiceStubs.CLIENT_READS.clear();
        Client360Stubs.CALLS.clear();
        post(page, LINKED, Map.of("purpose", "no")).then().statusCode(400)
                .body(containsString("<a href=\"#purpose\">Give the purpose, 5–200 characters.</a>"))
                .body(containsString("aria-invalid=\"true\""));
        assertThat(DomainServiceStubs.CLIENT_READS).as("nothing read without a purpose").isEmpty();

        String purpose = "Answering the client about the permit";
        post(page, LINKED, Map.of("purpose", purpose)).then().statusCode(200)
                .body(containsString("<dd>Eero Esimerkki</dd>"))
                .body(containsString("<dd>010180-****</dd>"))
                .body(containsString("<td>Esimerkki Oy</td><td>Board member</td><td>1.1.2024–</td>"))
                .body(containsString("<li>Partner (since 1.3.2025)</li>"))
                .body(containsString("<p id=\"segments\">farmers</p>"))
                .body(containsString("<a href=\"/work/contacts/" + Client360Stubs.OPEN_MATTER + "\">KH-OPEN-MAT2</a>"))
                .body(containsString("<a href=\"/work/contacts/" + Client360Stubs.EARLIER + "\">KH-EARL-IER2</a>"))
                .body(not(containsString("This very contact")))
                .body(not(containsString("KH-OTHE-RAG3"))) // another agency's contact in a shared queue
                .body(containsString("<td>PA-1234</td>"))
                .body(containsString("<td>Complaint</td>"))
                .body(containsString("<dt>How satisfied were you?</dt><dd>4</dd>"));
        String open = page(post(page, LINKED, Map.of("purpose", purpose)).asString(), "open-heading", "earlier-heading");
        assertThat(open).contains("KH-OPEN-MAT2").doesNotContain("KH-EARL-IER2");
        assertThat(DomainServiceStubs.CLIENT_READS).contains("read " + DomainServiceStubs.STAFF_CONTACT + " " + purpose);
        assertThat(Client360Stubs.CALLS).contains("relations " + purpose,
                "feedback " + DomainServiceStubs.STAFF_CONTACT + " " + purpose);
    }

    @Test
    @TestSecurity(user = "agent-1", roles = "agent")
    void aContactWithoutAClientFindsItNamingTheContactAndLinksIt() {
        String page = given().filter(cookies).queryParam("lang", "en").when().get(LINKLESS).then().statusCode(200)
                .body(containsString("The contact is not linked to a client."))
                .body(containsString("id=\"firstName\" name=\"firstName\" type=\"text\" maxlength=\"100\" value=\"Maija\""))
                .body(containsString("id=\"lastName\" name=\"lastName\" type=\"text\" maxlength=\"100\" value=\"Meikäläinen\""))
                .body(containsString("value=\"maija@example.fi\""))
                .body(containsString("id=\"register-phone\" name=\"register-phone\" type=\"text\" maxlength=\"30\" value=\"040 123 4567\""))
                .body(not(containsString("I confirm")))
                .extract().asString();
        Client360Stubs.CALLS.clear();
        post(page, LINKLESS + "/search", Map.of("q", "")).then().statusCode(400)
                .body(containsString("<a href=\"#q\">Give a name or e-mail (at least 2 characters), a phone, an identity code or a business ID.</a>"));
        post(page, LINKLESS + "/search", Map.of("identityCode", "010101-0101")).then().statusCode(400)
                .body(containsString("<p class=\"error\" id=\"identityCode-error\">Check the identity code.</p>"));
        post(page, LINKLESS + "/search", Map.of("q", "maija")).then().statusCode(200)
                .body(containsString("<input type=\"radio\" id=\"client-" + Client360Stubs.FOUND + "\" name=\"clientId\" value=\""
                        + Client360Stubs.FOUND + "\"><label for=\"client-" + Client360Stubs.FOUND
                        + "\">Maija Meikäläinen · Person · 13.10.1952</label>"))
                .body(containsString("value=\"maija\""));
        post(page, LINKLESS + "/search", Map.of("q", "nobody")).then().statusCode(200)
                .body(containsString("No client matches. You can register the client below."));
        assertThat(Client360Stubs.CALLS).filteredOn(call -> call.startsWith("search ")).hasSize(3)
                .allSatisfy(call -> assertThat(call).contains("\"contactId\":\"" + Client360Stubs.LINKLESS + "\"")
                        .contains("\"purpose\":\"Finding the client of contact KH-LINK-LESS\""));

        post(page, LINKLESS + "/link", Map.of()).then().statusCode(400)
                .body(containsString("<a href=\"#clientId\">Choose a client from the list.</a>"));
        post(page, LINKLESS + "/link", Map.of("clientId", Client360Stubs.FOUND)).then().statusCode(303)
                .header("Location", equalTo(LINKLESS + "?done=linked"));
        assertThat(Client360Stubs.CALLS).contains("PUT " + Client360Stubs.LINKLESS + " " + Client360Stubs.FOUND);
        given().filter(cookies).queryParam("lang", "en").queryParam("done", "linked").when().get(LINKLESS).then().statusCode(200)
                .body(containsString("<p class=\"notice\" role=\"status\" id=\"notice\">The client is now linked to this contact.</p>"));
    }

    @Test
    @TestSecurity(user = "agent-1", roles = "agent")
    void aNewClientIsRegisteredFromTheContactsDetailsUnderTheRegistrysRules() {
        String page = given().filter(cookies).queryParam("lang", "fi").when().get(LINKLESS).then().statusCode(200).extract().asString();
        Client360Stubs.CALLS.clear();
        post(page, LINKLESS + "/register", Map.of("kind", "PERSON", "firstName", "Maija", "lastName", "")).then().statusCode(400)
                .body(containsString("<a href=\"#lastName\">Anna sukunimi.</a>"));
        post(page, LINKLESS + "/register", Map.of("kind", "PERSON", "firstName", "Maija", "lastName", "Meikäläinen",
                "register-identityCode", Client360Stubs.KNOWN_CODE)).then().statusCode(409)
                .body(containsString("<a href=\"#register-identityCode\">Asiakas on jo rekisterissä: hae se yllä ja liitä se.</a>"))
                .body(containsString("value=\"Meikäläinen\""));
        assertThat(Client360Stubs.CALLS).as("a refused registration links nothing").noneMatch(call -> call.startsWith("PUT "));
        post(page, LINKLESS + "/register", Map.of("kind", "PERSON", "firstName", "Maija", "lastName", "Meikäläinen",
                "email", "maija@example.fi", "register-phone", "040 123 4567")).then().statusCode(303)
                .header("Location", equalTo(LINKLESS + "?done=linked"));
        assertThat(Client360Stubs.CALLS).filteredOn(call -> call.startsWith("register ")).last().asString()
                .contains("\"kind\":\"PERSON\"").contains("\"emails\":[\"maija@example.fi\"]").contains("\"phones\":[\"040 123 4567\"]")
                .contains("\"preferredLanguage\":\"fi\"");
        assertThat(Client360Stubs.CALLS).contains("PUT " + Client360Stubs.LINKLESS + " " + Client360Stubs.REGISTERED);
    }

    @Test
    @TestSecurity(user = "agent-1", roles = "agent")
    void aWrongLinkIsUndoneOnlyWhenConfirmedAndAClosedContactKeepsItsClient() {
        String page = given().filter(cookies).queryParam("lang", "en").when().get(LINKED).then().statusCode(200).extract().asString();
        Client360Stubs.CALLS.clear();
        post(page, LINKED + "/unlink", Map.of()).then().statusCode(400)
                .body(containsString("<a href=\"#confirm\">Tick the box to confirm.</a>"));
        assertThat(Client360Stubs.CALLS).isEmpty();
        post(page, LINKED + "/unlink", Map.of("confirm", "yes")).then().statusCode(303)
                .header("Location", equalTo(LINKED + "?done=unlinked"));
        assertThat(Client360Stubs.CALLS).containsExactly("DELETE " + DomainServiceStubs.STAFF_CONTACT);

        String closed = "/work/contacts/" + Client360Stubs.CLOSED + "/client-360";
        post(page, closed + "/link", Map.of("clientId", Client360Stubs.FOUND)).then().statusCode(409)
                .body(containsString("<a href=\"#clientId\">The contact is closed: its client is no longer changed.</a>"));
    }

    @Test
    @TestSecurity(user = "citizen-1", roles = "citizen")
    void citizensDoNotGetThePage() {
        given().when().get(LINKED).then().statusCode(403);
    }

    private RequestSpecification form(String page) {
        return given().filter(cookies).redirects().follow(false).header("Accept-Language", page.contains("lang=\"fi\"") ? "fi" : "en")
                .contentType("application/x-www-form-urlencoded").formParam("csrf-token", Forms.csrfToken(page));
    }

    private io.restassured.response.Response post(String page, String path, Map<String, String> fields) {
        return form(page).formParams(fields).when().post(path);
    }

    /** The part of a page between two ids. */
    private static String page(String html, String fromId, String toId) {
        return html.substring(html.indexOf("id=\"" + fromId + "\""), html.indexOf("id=\"" + toId + "\""));
    }
}
