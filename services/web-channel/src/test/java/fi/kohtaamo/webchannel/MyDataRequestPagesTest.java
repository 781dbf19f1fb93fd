package fi.kohtaamo.webchannel;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.filter.cookie.CookieFilter;
import io.vertx.core.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

/**
 * What a signed-in citizen changes and asks for on "My data", against a stand-in of the client
 * registry's /api/v1/me: correcting their details (If-Match from the page, a stale change shown
 * with the current values), a copy to ask for and download, and erasure after a page that says
 * what happens and what stays; refusals beside their fields, in Finnish, Swedish and English.
 */
@QuarkusTest
@QuarkusTestResource(DomainServiceStubs.class)
@ExtendWith(DomainServiceStubs.OnContract.class)
class MyDataRequestPagesTest {

    private static final String FORM = "application/x-www-form-urlencoded";

    @Test
    @TestSecurity(user = "agent-1", roles = "agent")
    void staffHaveNoneOfThesePages() {
        for (String page : new String[]{"/my-data/details", "/my-data/erasure", "/my-data/exports/" + RegistryAdminStubs.EXPORT}) {
            given().header("Accept-Language", "en").when().get(page).then().statusCode(403);
        }
    }

    @Test
    void withoutSigningInItAsksToSignIn() {
        given().redirects().follow(false).when().get("/my-data/details").then().statusCode(303)
                .header("Location", "/login?redirect=/my-data/details");
    }

    @ParameterizedTest
    @CsvSource({"fi, Kopio tiedoistasi, Koostetaan, Lataa 27.11.2026 11:00 pyydetty kopio, Hylätty, Pyydä tietojesi poistamista",
            "sv, En kopia av dina uppgifter, Samlas in, Ladda ner kopian som begärdes 27.11.2026 11:00, Avslagen, Begär att dina uppgifter raderas",
            "en, A copy of your data, Being gathered, Download the copy asked 27.11.2026 11:00, Rejected, Ask for your data to be erased"})
    @TestSecurity(user = "citizen-1", roles = "citizen")
    void myDataShowsCopiesAndErasureRequests(String lang, String exports, String gathering, String download, String rejected,
                                             String askErasure) {
        given().queryParam("lang", lang).when().get("/my-data").then().statusCode(200)
                .body(containsString("<h2 id=\"exports\">" + exports + "</h2>"))
                .body(containsString("<td>" + gathering + "</td>"))
                .body(containsString("<a href=\"/my-data/exports/" + RegistryAdminStubs.EXPORT + "\" download>" + download + "</a>"))
                .body(not(containsString("/my-data/exports/" + RegistryAdminStubs.GATHERING)))
                .body(containsString("<td>" + rejected + "</td><td>A permit matter is still open</td>"))
                .body(containsString("<a href=\"/my-data/erasure\" id=\"ask-erasure\">" + askErasure + "</a>"))
                .body(containsString("<a href=\"/my-data/details\" id=\"correct-details\">"))
                .body(containsString("<form method=\"post\" action=\"/my-data/exports\">"));
    }

    @ParameterizedTest
    @CsvSource({"fi, Korjaa tietojasi, 'Kieli, jolla sinuun otetaan yhteyttä', Sähköposti",
            "sv, Rätta dina uppgifter, Språk som du kontaktas på, E-post",
            "en, Correct your details, Language for contacting you, E-mail"})
    @TestSecurity(user = "citizen-1", roles = "citizen")
    void theDetailsFormShowsTheRecordAsItIs(String lang, String heading, String languageLabel, String email) {
        given().queryParam("lang", lang).when().get("/my-data/details").then().statusCode(200)
                .header("Cache-Control", "no-store")
                .body(containsString("<h1>" + heading + "</h1>"))
                .body(containsString("<label for=\"language\">" + languageLabel + "</label>"))
                .body(containsString("<input type=\"hidden\" name=\"version\" value=\"4\">"))
                .body(containsString("<option value=\"sv\" selected>"))
                .body(containsString("id=\"channels-EMAIL\" name=\"channels\" value=\"EMAIL\" checked>"))
                .body(containsString("<label for=\"channels-EMAIL\">" + email + "</label>"))
                .body(containsString(">maija@example.org</textarea>"))
                .body(containsString("value=\"Kauppakatu 1\""))
                // names and the identity code are not fields to change
                .body(not(containsString("name=\"firstName\""))).body(not(containsString("identityCode")));
    }

    @Test
    @TestSecurity(user = "citizen-1", roles = "citizen")
    void aCorrectionNamesTheVersionItReplaces() {
        CookieFilter cookies = new CookieFilter();
        String page = given().filter(cookies).when().get("/my-data/details").then().statusCode(200).extract().asString();
        RegistryAdminStubs.CALLS.clear();
        given().filter(cookies).redirects().follow(false).contentType(FORM).formParam("csrf-token", Forms.csrfToken(page))
                .formParam("version", "4").formParam("language", "en").formParam("channels", "EMAIL").formParam("channels", "LETTER")
                .formParam("emails", " maija@example.org \r\nmaija.m@example.fi\r\n\r\n").formParam("phones", "+358 40 123 4567")
                .formParam("street", "Kauppakatu 2").formParam("postalCode", "00100").formParam("postOffice", "Helsinki")
                .formParam("country", "fi").formParam("municipalityCode", "091").formParam("addressKind", "POSTAL")
                .when().post("/my-data/details").then().statusCode(303).header("Location", "/my-data?notice=details_saved");
        String put = RegistryAdminStubs.CALLS.stream().filter(call -> call.startsWith("PUT")).findFirst().orElseThrow();
        assertThat(put).startsWith("PUT /api/v1/me If-Match \"4\" ");
        JsonObject sent = new JsonObject(put.substring(put.indexOf('{')));
        assertThat(sent.getString("preferredLanguage")).isEqualTo("en");
        assertThat(sent.getJsonArray("preferredChannels").getList()).containsExactly("EMAIL", "LETTER");
        assertThat(sent.getJsonArray("emails").getList()).containsExactly("maija@example.org", "maija.m@example.fi");
        assertThat(sent.getJsonArray("addresses").getJsonObject(0).getString("country")).isEqualTo("FI");
        assertThat(sent.getJsonArray("addresses").getJsonObject(0).getString("street")).isEqualTo("Kauppakatu 2");
        // the record's other address, not on the form, goes back unchanged
        assertThat(sent.getJsonArray("addresses").getJsonObject(1).getString("street")).isEqualTo("Mökkitie 5");
        assertThat(sent.getString("municipalityCode")).isEqualTo("091");
        given().filter(cookies).queryParam("lang", "en").queryParam("notice", "details_saved").when().get("/my-data")
                .then().body(containsString("<p class=\"notice\" id=\"notice\" role=\"status\">Your details were saved.</p>"));

        // changed meanwhile in another window: the current details, and a notice
        given().filter(cookies).contentType(FORM).header("Accept-Language", "fi").formParam("csrf-token", Forms.csrfToken(page))
                .formParam("version", "3").formParam("language", "fi").formParam("emails", "old@example.fi")
                .when().post("/my-data/details").then().statusCode(409)
                .body(containsString("Your details were changed elsewhere meanwhile"))
                .body(containsString("<input type=\"hidden\" name=\"version\" value=\"4\">"))
                .body(containsString(">maija@example.org</textarea>"));
    }

    @Test
    @TestSecurity(user = "citizen-1", roles = "citizen")
    void refusalsAreShownBesideTheirFields() {
        CookieFilter cookies = new CookieFilter();
        String page = given().filter(cookies).when().get("/my-data/details").then().statusCode(200).extract().asString();
        String csrf = Forms.csrfToken(page);
        given().filter(cookies).contentType(FORM).header("Accept-Language", "en").formParam("csrf-token", csrf)
                .formParam("version", "4").formParam("language", "xx").formParam("channels", "PIGEON")
                .formParam("emails", "not-an-address").formParam("phones", "1\n2\n3\n4\n5\n6")
                .formParam("street", "Katu\u00001").formParam("postalCode", "123").formParam("postOffice", "x".repeat(101))
                .formParam("country", "Finland")
                .when().post("/my-data/details").then().statusCode(400)
                .body(containsString("<p class=\"error\" id=\"language-error\">Choose Finnish, Swedish or English.</p>"))
                .body(containsString("<p class=\"error\" id=\"channels-error\">"))
                .body(containsString("<p class=\"error\" id=\"emails-error\">Write at most five e-mail addresses"))
                .body(containsString("<p class=\"error\" id=\"phones-error\">"))
                .body(containsString("<p class=\"error\" id=\"street-error\">"))
                .body(containsString("<p class=\"error\" id=\"postOffice-error\">"))
                .body(containsString("<p class=\"error\" id=\"country-error\">"))
                .body(containsString("<a href=\"#emails\">"));
        // 100,000 characters never reach a page: the form limit refuses them (413), and nothing is sent on
        RegistryAdminStubs.CALLS.clear();
        given().filter(cookies).contentType(FORM).formParam("csrf-token", csrf).formParam("version", "4").formParam("language", "fi")
                .formParam("street", "x".repeat(100_000)).when().post("/my-data/details").then().statusCode(413);
        assertThat(RegistryAdminStubs.CALLS).isEmpty();
        given().filter(cookies).contentType(FORM).header("Accept-Language", "sv").formParam("csrf-token", csrf)
                .formParam("version", "4").formParam("language", "sv").formParam("street", "Kauppakatu 1")
                .formParam("postalCode", "123").formParam("postOffice", "Helsinki")
                .when().post("/my-data/details").then().statusCode(400)
                .body(containsString("<p class=\"error\" id=\"postalCode-error\">Skriv postnumret: fem siffror i Finland.</p>"));
        // the registry's own refusal, beside the field it names
        given().filter(cookies).contentType(FORM).header("Accept-Language", "fi").formParam("csrf-token", csrf)
                .formParam("version", "4").formParam("language", "fi").formParam("emails", "refused@example.fi")
                .when().post("/my-data/details").then().statusCode(400)
                .body(containsString("<p class=\"error\" id=\"emails-error\">Kirjoita enintään viisi sähköpostiosoitetta"));
    }

    @Test
    @TestSecurity(user = "citizen-1", roles = "citizen")
    void aCopyIsAskedForAndDownloaded() {
        CookieFilter cookies = new CookieFilter();
        String page = given().filter(cookies).when().get("/my-data").then().statusCode(200).extract().asString();
        RegistryAdminStubs.CALLS.clear();
        given().filter(cookies).redirects().follow(false).contentType(FORM).formParam("csrf-token", Forms.csrfToken(page))
                .when().post("/my-data/exports").then().statusCode(303).header("Location", "/my-data?notice=export_requested#exports");
        assertThat(RegistryAdminStubs.CALLS).contains("POST /api/v1/me/exports");
        given().filter(cookies).when().get("/my-data/exports/" + RegistryAdminStubs.EXPORT).then().statusCode(200)
                .header("Content-Disposition", containsString("attachment; filename=\"my-data-"))
                .header("Cache-Control", "no-store")
                .contentType(containsString("application/json"))
                .body(containsString("\"firstName\":\"Maija\""));
        // the registry knows only the signed-in person's copies: any other is not there
        given().header("Accept-Language", "en").when().get("/my-data/exports/" + UUID.randomUUID()).then().statusCode(404);
        given().when().get("/my-data/exports/not-an-id").then().statusCode(404);
    }

    @ParameterizedTest
    @CsvSource({"fi, Pyydä tietojesi poistamista, Mitä laki edellyttää säilytettävän, Vahvista valintaruudulla",
            "sv, Begär att dina uppgifter raderas, Vad lagen kräver att sparas, Kryssa i rutan",
            "en, Ask for your data to be erased, What the law requires to be kept, Tick the box"})
    @TestSecurity(user = "citizen-1", roles = "citizen")
    void erasureIsAskedAfterAPageThatSaysWhatHappens(String lang, String heading, String kept, String confirmError) {
        CookieFilter cookies = new CookieFilter();
        String page = given().filter(cookies).queryParam("lang", lang).when().get("/my-data/erasure").then().statusCode(200)
                .body(containsString("<h1>" + heading + "</h1>"))
                .body(containsString("<h2>" + kept + "</h2>"))
                .body(containsString("<label for=\"confirm\">"))
                .extract().asString();
        String csrf = Forms.csrfToken(page);
        RegistryAdminStubs.CALLS.clear();
        given().filter(cookies).contentType(FORM).formParam("csrf-token", csrf).formParam("reason", "x".repeat(1001))
                .when().post("/my-data/erasure").then().statusCode(400)
                .body(containsString("<p class=\"error\" id=\"confirm-error\">" + confirmError))
                .body(containsString("<p class=\"error\" id=\"reason-error\">"));
        assertThat(RegistryAdminStubs.CALLS).isEmpty();
        given().filter(cookies).redirects().follow(false).contentType(FORM).formParam("csrf-token", csrf)
                .formParam("reason", "I moved abroad").formParam("confirm", "yes")
                .when().post("/my-data/erasure").then().statusCode(303).header("Location", "/my-data?notice=erasure_requested#erasure");
        assertThat(RegistryAdminStubs.CALLS).contains("POST /api/v1/me/erasure-requests {\"reason\":\"I moved abroad\"}");
        // one already waiting: said on My data
        given().filter(cookies).redirects().follow(false).contentType(FORM).formParam("csrf-token", csrf)
                .formParam("reason", "again").formParam("confirm", "yes")
                .when().post("/my-data/erasure").then().statusCode(303).header("Location", "/my-data?notice=erasure_waiting#erasure");
    }
}
