package fi.kohtaamo.webchannel;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.filter.cookie.CookieFilter;
import io.restassured.response.Response;
import io.vertx.core.json.JsonObject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.util.regex.Matcher;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

@QuarkusTest
@QuarkusTestResource(DomainServiceStubs.class)
@ExtendWith(DomainServiceStubs.OnContract.class)
class PagesTest {

    @BeforeEach
    void clear() {
        DomainServiceStubs.POSTED.clear();
    }

    @Test
    void theFrontPageListsServicesByGroupInFinnishByDefault() {
        given().when().get("/")
                .then().statusCode(200)
                .header("Content-Language", "fi")
                .body(containsString("<html lang=\"fi\">"))
                .body(containsString("Luvat ja ilmoitukset"))
                .body(containsString("Infra-rakentaminen ja kunnossapito"))
                .body(containsString("Liittymälupa maantielle"))
                .body(containsString("href=\"/contact?service=" + DomainServiceStubs.PERMIT + "\""))
                .body(containsString("Kirjaudu sisään"));
    }

    @Test
    void aChosenLanguageSticksThroughACookie() {
        CookieFilter cookies = new CookieFilter();
        given().filter(cookies).queryParam("lang", "sv").when().get("/")
                .then().statusCode(200)
                .body(containsString("<html lang=\"sv\">"))
                .body(containsString("Tillstånd och anmälningar"))
                .body(containsString("Anslutningstillstånd till landsväg"));
        given().filter(cookies).when().get("/contact")
                .then().statusCode(200)
                .body(containsString("<html lang=\"sv\">"))
                .body(containsString("Beskriv ditt ärende"));
        given().header("Accept-Language", "en-GB,en;q=0.8").when().get("/")
                .then().body(containsString("Permits and notifications")).body(containsString("Sign in"));
    }

    @Test
    void theContactFormSubmitsAndShowsTheTrackingCode() {
        CookieFilter cookies = new CookieFilter();
        String form = given().filter(cookies).queryParam("service", DomainServiceStubs.PERMIT).when().get("/contact")
                .then().statusCode(200)
                .body(containsString("Ota yhteyttä: Liittymälupa maantielle"))
                .body(containsString("<legend>Palvelun kysymykset</legend>"))
                .body(containsString("<label for=\"q-road_number\">Maantien numero</label>"))
                .body(containsString("<option value=\"business\">Liiketoiminta</option>"))
                .body(containsString("Aiheet (vapaaehtoinen)"))
                .extract().asString();
        assertThat(form.indexOf("q-road_number")).as("questions in the catalogue's order")
                .isLessThan(form.indexOf("q-connection_use"));
        Response sent = given().filter(cookies).contentType("application/x-www-form-urlencoded")
                .formParam("csrf-token", Forms.csrfToken(form))
                .formParam("serviceId", DomainServiceStubs.PERMIT)
                .formParam("description", "Tarvitsen liittymäluvan uudelle tontille.")
                .formParam("language", "fi")
                .formParam("form-check", Forms.formCheck(form))
                .formParam("email", "maija@example.fi")
                .formParam("question", "road_number", "connection_use")
                .formParam("answer", "1234", "business")
                .formParam("choice", "topics=noise", "topics=dust")
                .when().post("/contact");
        sent.then().statusCode(201)
                .header("Cache-Control", "no-store")
                .body(containsString("KH-7QM4-X2PD"))
                .body(containsString("abcdefghijkmnpqrstuv"));
        JsonObject posted = DomainServiceStubs.POSTED.peek();
        assertThat(posted.getString("serviceId")).isEqualTo(DomainServiceStubs.PERMIT);
        assertThat(posted.getString("language")).isEqualTo("fi");
        assertThat(posted.getJsonObject("contact").getString("email")).isEqualTo("maija@example.fi");
        assertThat(posted.getJsonObject("attributes").getMap()).containsEntry("road_number", "1234")
                .containsEntry("connection_use", "business").containsEntry("topics", java.util.List.of("noise", "dust"));
    }

    @Test
    void anUnansweredQuestionIsShownOnItsFieldInTheChosenLanguage() {
        CookieFilter cookies = new CookieFilter();
        String form = given().filter(cookies).queryParam("service", DomainServiceStubs.PERMIT).queryParam("lang", "sv")
                .when().get("/contact").then().statusCode(200).extract().asString();
        given().filter(cookies).contentType("application/x-www-form-urlencoded")
                .formParam("csrf-token", Forms.csrfToken(form))
                .formParam("serviceId", DomainServiceStubs.PERMIT)
                .formParam("form-check", Forms.formCheck(form))
                .formParam("description", "Behöver tillstånd")
                .formParam("question", "road_number", "connection_use")
                .formParam("answer", "", "residential")
                .when().post("/contact")
                .then().statusCode(400)
                .body(containsString("<a href=\"#q-road_number\">Svara på frågan.</a>"))
                .body(containsString("aria-describedby=\"q-road_number-error\""))
                .body(containsString("<option value=\"residential\" selected>Bostadsfastighet</option>"));
    }

    @Test
    void theSpamTrapFieldStopsTheContactButKeepsTheMessage() {
        CookieFilter cookies = new CookieFilter();
        String form = given().filter(cookies).when().get("/contact").then().statusCode(200)
                .body(containsString("<label for=\"website\">Jätä tämä kenttä tyhjäksi"))
                .extract().asString();
        given().filter(cookies).contentType("application/x-www-form-urlencoded")
                .formParam("csrf-token", Forms.csrfToken(form))
                .formParam("description", "Halpoja kelloja, klikkaa tästä")
                .formParam("website", "http://spam.example")
                .when().post("/contact")
                .then().statusCode(400)
                .body(containsString("aria-describedby=\"website-error\""))
                .body(containsString("Halpoja kelloja, klikkaa tästä"));
        assertThat(DomainServiceStubs.POSTED).isEmpty();
    }

    @Test
    void aFormWithoutItsCheckOrWithAUsedOneIsShownAgainAndNothingIsSent() {
        CookieFilter cookies = new CookieFilter();
        String form = given().filter(cookies).when().get("/contact").then().statusCode(200).extract().asString();
        given().filter(cookies).contentType("application/x-www-form-urlencoded")
                .formParam("csrf-token", Forms.csrfToken(form))
                .formParam("description", "Ilman tarkistusta")
                .when().post("/contact")
                .then().statusCode(400)
                .body(containsString("Lomakkeen tarkistus ei onnistunut"))
                .body(containsString("Ilman tarkistusta"))
                .body(containsString("name=\"form-check\" value=\""));
        assertThat(DomainServiceStubs.POSTED).isEmpty();

        String check = Forms.formCheck(form);
        given().filter(cookies).contentType("application/x-www-form-urlencoded")
                .formParam("csrf-token", Forms.csrfToken(form)).formParam("form-check", check)
                .formParam("description", "Ensimmäinen kerta")
                .when().post("/contact").then().statusCode(201);
        DomainServiceStubs.POSTED.clear();
        given().filter(cookies).contentType("application/x-www-form-urlencoded")
                .formParam("csrf-token", Forms.csrfToken(form)).formParam("form-check", check)
                .formParam("description", "Toinen kerta samalla tarkistuksella")
                .when().post("/contact").then().statusCode(400).body(containsString("Lomakkeen tarkistus ei onnistunut"));
        assertThat(DomainServiceStubs.POSTED).as("a used check sends nothing").isEmpty();
    }

    @Test
    void fieldErrorsAreShownNextToTheirFieldsAndNothingIsSent() {
        CookieFilter cookies = new CookieFilter();
        String form = given().filter(cookies).when().get("/contact").then().extract().asString();
        given().filter(cookies).contentType("application/x-www-form-urlencoded")
                .formParam("csrf-token", Forms.csrfToken(form))
                .formParam("description", "  ")
                .formParam("email", "not an address")
                .when().post("/contact")
                .then().statusCode(400)
                .body(containsString("Lomakkeessa on virheitä"))
                .body(containsString("<a href=\"#description\">Kirjoita kuvaus asiastasi.</a>"))
                .body(containsString("aria-describedby=\"email-error\""))
                .body(containsString("value=\"not an address\""));
        assertThat(DomainServiceStubs.POSTED).isEmpty();
    }

    @Test
    void aProblemFromContactRoutingIsShownOnItsField() {
        CookieFilter cookies = new CookieFilter();
        String form = given().filter(cookies).when().get("/contact").then().extract().asString();
        given().filter(cookies).contentType("application/x-www-form-urlencoded")
                .formParam("csrf-token", Forms.csrfToken(form))
                .formParam("form-check", Forms.formCheck(form))
                .formParam("description", "Kysymys")
                .formParam("email", "rejected@example.invalid")
                .when().post("/contact")
                .then().statusCode(400)
                .body(containsString("<a href=\"#email\">Tarkista sähköpostiosoite.</a>"));
    }

    @Test
    void aFormPostWithoutTheCsrfTokenIsRefused() {
        given().contentType("application/x-www-form-urlencoded")
                .formParam("description", "Kysymys")
                .when().post("/contact")
                .then().statusCode(400).body(not(containsString("KH-")));
        assertThat(DomainServiceStubs.POSTED).isEmpty();
    }

}
