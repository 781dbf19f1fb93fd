package fi.kohtaamo.webchannel;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.filter.cookie.CookieFilter;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.util.regex.Matcher;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

/** The client follows their contact with code and secret, and answers, without JavaScript. */
@QuarkusTest
@QuarkusTestResource(DomainServiceStubs.class)
@ExtendWith(DomainServiceStubs.OnContract.class)
class StatusPageTest {

    @BeforeEach
    void clear() {
        DomainServiceStubs.MESSAGES.clear();
    }

    @Test
    void theClientSeesTheStateTheMessagesAndAnswers() {
        CookieFilter cookies = new CookieFilter();
        given().filter(cookies).when().get("/?lang=en").then().statusCode(200)
                .body(containsString("<a href=\"/status\">Follow your matter</a>"));
        String form = given().filter(cookies).when().get("/status?lang=en").then().statusCode(200)
                .body(containsString("<h1>Follow your matter</h1>"))
                .body(containsString("<label for=\"accessSecret\">Secret</label>")).extract().asString();
        String page = given().filter(cookies).contentType("application/x-www-form-urlencoded")
                .formParam("csrf-token", Forms.csrfToken(form))
                .formParam("trackingCode", "KH-7QM4-X2PD").formParam("accessSecret", "abcdefghijkmnpqrstuv")
                .when().post("/status").then().statusCode(200)
                .header("Cache-Control", "no-store")
                .body(containsString("<dd id=\"contact-status\">Waiting for your answer</dd>"))
                .body(containsString("We need more information"))
                .body(containsString("Mikä on kiinteistötunnuksesi?"))
                .body(containsString("Reply from customer service"))
                .body(containsString("27.11.2026 12:15"))
                .extract().asString();

        given().filter(cookies).contentType("application/x-www-form-urlencoded")
                .formParam("csrf-token", Forms.csrfToken(page))
                .formParam("trackingCode", "KH-7QM4-X2PD").formParam("accessSecret", "abcdefghijkmnpqrstuv")
                .formParam("text", "  ")
                .when().post("/status/message").then().statusCode(400)
                .body(containsString("<a href=\"#text\">Write a message.</a>"));
        given().filter(cookies).contentType("application/x-www-form-urlencoded")
                .formParam("csrf-token", Forms.csrfToken(page))
                .formParam("trackingCode", "KH-7QM4-X2PD").formParam("accessSecret", "abcdefghijkmnpqrstuv")
                .formParam("text", "Se on 91-1-2-3.")
                .when().post("/status/message").then().statusCode(200)
                .body(containsString("<dd id=\"contact-status\">Being handled</dd>"))
                .body(containsString("Se on 91-1-2-3."))
                .body(not(containsString("id=\"waiting\"")));
        assertThat(DomainServiceStubs.MESSAGES).hasSize(1);
        assertThat(DomainServiceStubs.MESSAGES.peek().getString("text")).isEqualTo("Se on 91-1-2-3.");
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.CsvSource(delimiter = '|', value = {
            "fi|Hukkasitko seurantatunnuksen|Jos tällä osoitteella on avoimia asioita|Anna sähköpostiosoite|liian monta kertaa",
            "sv|Har du tappat bort ärendekoden|Om adressen har öppna ärenden|Ange e-postadressen|för många gånger",
            "en|Lost your tracking code or secret?|If this address has open matters|Enter the e-mail address|too many times"})
    void aLostCodeIsAskedByAddressAndThePageSaysTheSameWhateverItHas(String language, String heading, String sent,
                                                                     String invalid, String limited) {
        DomainServiceStubs.RECOVERIES.clear();
        CookieFilter cookies = new CookieFilter();
        String form = given().filter(cookies).when().get("/status?lang=" + language).then().statusCode(200)
                .body(containsString(heading)).body(containsString("action=\"/status/recover\"")).extract().asString();

        given().filter(cookies).contentType("application/x-www-form-urlencoded")
                .formParam("csrf-token", Forms.csrfToken(form)).formParam("email", " maija@example.fi ")
                .when().post("/status/recover").then().statusCode(200)
                .header("Cache-Control", "no-store")
                .body(containsString("<p class=\"notice\" id=\"recovery-sent\" role=\"status\">" + sent))
                .body(not(containsString("maija@example.fi")));
        assertThat(DomainServiceStubs.RECOVERIES).containsExactly("maija@example.fi");

        given().filter(cookies).contentType("application/x-www-form-urlencoded")
                .formParam("csrf-token", Forms.csrfToken(form)).formParam("email", "maija\u0000@example.fi")
                .when().post("/status/recover").then().statusCode(400)
                .body(containsString("<a href=\"#email\">" + invalid))
                .body(containsString("aria-describedby=\"email-error\""));
        given().filter(cookies).contentType("application/x-www-form-urlencoded")
                .formParam("csrf-token", Forms.csrfToken(form)).formParam("email", "a".repeat(100_000) + "@example.fi")
                .when().post("/status/recover").then().statusCode(413); // the server's form limit refuses it before the page
        given().filter(cookies).contentType("application/x-www-form-urlencoded")
                .formParam("csrf-token", Forms.csrfToken(form)).formParam("email", "often@example.fi")
                .when().post("/status/recover").then().statusCode(429)
                .body(containsString(limited));
        assertThat(DomainServiceStubs.RECOVERIES).as("bad addresses never reach routing").hasSize(2);
        given().filter(cookies).contentType("application/x-www-form-urlencoded").formParam("email", "maija@example.fi")
                .when().post("/status/recover").then().statusCode(400); // no CSRF token
    }

    @Test
    void aWrongCodeOrSecretAndAClosedMatterAreSaidPlainly() {
        CookieFilter cookies = new CookieFilter();
        String form = given().filter(cookies).header("Accept-Language", "sv").when().get("/status").then().extract().asString();
        given().filter(cookies).contentType("application/x-www-form-urlencoded").header("Accept-Language", "sv")
                .formParam("csrf-token", Forms.csrfToken(form))
                .formParam("trackingCode", "KH-AAAA-BBBB").formParam("accessSecret", "wrong")
                .when().post("/status").then().statusCode(404)
                .body(containsString("<a href=\"#trackingCode\">Det finns inget ärende med den här koden"));
        given().filter(cookies).contentType("application/x-www-form-urlencoded").header("Accept-Language", "sv")
                .formParam("csrf-token", Forms.csrfToken(form))
                .formParam("trackingCode", "not a code").formParam("accessSecret", "x")
                .when().post("/status").then().statusCode(400)
                .body(containsString("Ärendekoden har formen KH-XXXX-XXXX."))
                .body(containsString("aria-describedby=\"trackingCode-error\""));
        given().filter(cookies).contentType("application/x-www-form-urlencoded").header("Accept-Language", "sv")
                .formParam("csrf-token", Forms.csrfToken(form))
                .formParam("trackingCode", "KH-7QM4-X2PD").formParam("accessSecret", "closed-secret").formParam("text", "Hej")
                .when().post("/status/message").then().statusCode(409)
                .body(containsString("Ärendet är stängt."));
        given().filter(cookies).contentType("application/x-www-form-urlencoded")
                .formParam("trackingCode", "KH-7QM4-X2PD").formParam("accessSecret", "abcdefghijkmnpqrstuv")
                .when().post("/status").then().statusCode(400);
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.CsvSource(delimiter = '|', value = {
            "fi|Asian tekstit ja yhteystietosi poistettiin 27.11.2026, kun niiden säilytysaika päättyi.|Vastattu",
            "sv|Ärendets texter och dina kontaktuppgifter raderades 27.11.2026 när deras lagringstid gick ut.|Besvarat",
            "en|The texts of this matter and your contact details were removed on 27.11.2026, at the end of their retention period.|Answered"})
    void aMatterWhoseTextsWereRemovedSaysSoInTheClientsLanguage(String language, String notice, String resolution) {
        CookieFilter cookies = new CookieFilter();
        String form = given().filter(cookies).when().get("/status?lang=" + language).then().statusCode(200).extract().asString();
        given().filter(cookies).contentType("application/x-www-form-urlencoded")
                .formParam("csrf-token", Forms.csrfToken(form))
                .formParam("trackingCode", "KH-7QM4-X2PD").formParam("accessSecret", "removed-secret")
                .when().post("/status").then().statusCode(200)
                .body(containsString("<p class=\"notice\" id=\"removed\">" + notice))
                .body(containsString(resolution))
                .body(not(containsString("retention period]")))
                .body(not(containsString("<textarea")));
    }

    @Test
    @io.quarkus.test.security.TestSecurity(user = "citizen-1", roles = "citizen")
    void aSignedInCitizenSeesTheirContactsAndWritesWithoutCodeOrSecret() {
        CookieFilter cookies = new CookieFilter();
        given().filter(cookies).when().get("/status?lang=en").then().statusCode(200)
                .body(containsString("<h2>Your matters</h2>"))
                .body(containsString("<a href=\"/status/" + DomainServiceStubs.OWN + "\">KH-MY22-CASE</a>"))
                .body(containsString("<td>Being handled</td>"));
        String page = given().filter(cookies).when().get("/status/" + DomainServiceStubs.OWN).then().statusCode(200)
                .body(containsString("<dd id=\"contact-status\">Resolved</dd>"))
                .body(containsString("Decision made"))
                .body(containsString("A message reopens the resolved matter."))
                .body(containsString("action=\"/status/" + DomainServiceStubs.OWN + "/message\""))
                .body(not(containsString("name=\"accessSecret\""))).extract().asString();
        given().filter(cookies).contentType("application/x-www-form-urlencoded")
                .formParam("csrf-token", Forms.csrfToken(page)).formParam("text", "Entä liittymän leveys?")
                .when().post("/status/" + DomainServiceStubs.OWN + "/message").then().statusCode(200)
                .body(containsString("<dd id=\"contact-status\">Being handled</dd>"))
                .body(containsString("Entä liittymän leveys?"));
        assertThat(DomainServiceStubs.MESSAGES.peek().getString("text")).isEqualTo("Entä liittymän leveys?");
        given().filter(cookies).when().get("/status/" + java.util.UUID.randomUUID()).then().statusCode(404);
        given().filter(cookies).when().get("/status/not-an-id").then().statusCode(404);
    }

    @Test
    void withoutSigningInAnOwnContactAsksToSignIn() {
        given().redirects().follow(false).when().get("/status/" + DomainServiceStubs.OWN).then().statusCode(303);
    }
}
