package fi.kohtaamo.webchannel;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.filter.cookie.CookieFilter;
import io.vertx.core.json.JsonObject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

/** "Ask to be called back" for citizens, and the call-back's part of the staff contact page. */
@QuarkusTest
@QuarkusTestResource(DomainServiceStubs.class)
@ExtendWith(DomainServiceStubs.OnContract.class)
class CallBackPagesTest {

    private static final String FIRST_TIME = "2030-01-07T12:00/14:00";

    @BeforeEach
    void forget() {
        CallBackStubs.REQUESTS.clear();
        CallBackStubs.ATTEMPTS.clear();
    }

    @Test
    void theServicePageAndTheContactFormLeadToTheCallBackForm() {
        given().queryParam("lang", "en").when().get("/contact?service=" + DomainServiceStubs.PERMIT).then().statusCode(200)
                .body(containsString("<a href=\"/callback?service=" + DomainServiceStubs.PERMIT + "\">Ask to be called back</a>"));
    }

    @Test
    void aCitizenChoosesTimesFromTheServicesHoursAndGetsATrackingCode() {
        CookieFilter cookies = new CookieFilter();
        String form = given().filter(cookies).queryParam("service", DomainServiceStubs.PERMIT).queryParam("lang", "en")
                .when().get("/callback").then().statusCode(200)
                .body(containsString("<h1>Ask to be called back: Permit to connect to a public road</h1>"))
                .body(containsString("<legend>Monday 7 January</legend>"))
                .body(containsString("<legend>Tuesday 8 January</legend>"))
                .body(containsString("<input type=\"checkbox\" id=\"time-2030-01-07-1200\" name=\"time\" value=\"" + FIRST_TIME + "\">"))
                .body(containsString("<label for=\"time-2030-01-07-1200\">12:00–14:00</label>"))
                .body(containsString("name=\"form-check\""))
                .extract().asString();

        given().filter(cookies).contentType("application/x-www-form-urlencoded")
                .formParam("csrf-token", Forms.csrfToken(form)).formParam("form-check", Forms.formCheck(form))
                .formParam("serviceId", DomainServiceStubs.PERMIT).formParam("phone", "not a number")
                .formParam("description", "").formParam("language", "en")
                .when().post("/callback").then().statusCode(400)
                .body(containsString("<a href=\"#phone\">Give a phone number, for example 040 123 4567.</a>"))
                .body(containsString("aria-describedby=\"phone-hint phone-error\""))
                .body(containsString("<a href=\"#times\">Choose at least one time.</a>"))
                .body(containsString("aria-describedby=\"times-hint times-error\""))
                .body(containsString("<a href=\"#description\">Describe your matter.</a>"));
        assertThat(CallBackStubs.REQUESTS).as("nothing sent with errors").isEmpty();

        given().filter(cookies).contentType("application/x-www-form-urlencoded")
                .formParam("csrf-token", Forms.csrfToken(form)).formParam("form-check", Forms.formCheck(form))
                .formParam("serviceId", DomainServiceStubs.PERMIT).formParam("phone", "040 123 4567")
                .formParam("time", FIRST_TIME, "2030-01-08T08:00/10:00")
                .formParam("description", "About the road connection permit").formParam("language", "sv")
                .formParam("name", "Maija")
                .when().post("/callback").then().statusCode(201).header("Cache-Control", "no-store")
                .body(containsString("<dd id=\"tracking-code\">KH-CALL-B4CK</dd>"))
                .body(containsString("callbacksecret12345"))
                .body(containsString("<li>Monday 7 January 12:00–14:00</li>"));
        JsonObject posted = CallBackStubs.REQUESTS.peek();
        assertThat(posted.getString("serviceId")).isEqualTo(DomainServiceStubs.PERMIT);
        assertThat(posted.getString("language")).isEqualTo("sv");
        assertThat(posted.getJsonObject("contact").getString("name")).isEqualTo("Maija");
        assertThat(posted.getJsonObject("callback").getString("phone")).isEqualTo("040 123 4567");
        assertThat(posted.getJsonObject("callback").getJsonArray("windows").getJsonObject(0).getMap())
                .containsEntry("date", "2030-01-07").containsEntry("from", "12:00").containsEntry("to", "14:00");
    }

    @Test
    void timesRoutingRefusesAreSaidBesideTheTimesInTheChosenLanguageWithTheChoicesKept() {
        CookieFilter cookies = new CookieFilter();
        String form = given().filter(cookies).queryParam("lang", "fi").when().get("/callback").then().statusCode(200)
                .body(containsString("<h1>Pyydä soittoa</h1>"))
                .body(containsString("<legend>Maanantai 7.1.</legend>"))
                .extract().asString();
        given().filter(cookies).contentType("application/x-www-form-urlencoded")
                .formParam("csrf-token", Forms.csrfToken(form)).formParam("form-check", Forms.formCheck(form))
                .formParam("phone", CallBackStubs.HOURS_CHANGED).formParam("time", FIRST_TIME)
                .formParam("description", "Tiestä").formParam("language", "fi")
                .when().post("/callback").then().statusCode(400)
                .body(containsString("<a href=\"#times\">Jokin valitsemistasi ajoista ei enää käy. Valitse ajat uudelleen.</a>"))
                .body(containsString("value=\"" + FIRST_TIME + "\" checked>"))
                .body(containsString("value=\"040 000 0000\""));

        given().filter(cookies).contentType("application/x-www-form-urlencoded")
                .formParam("csrf-token", Forms.csrfToken(form)).formParam("form-check", Forms.formCheck(form))
                .formParam("phone", "040 123 4567").formParam("time", FIRST_TIME).formParam("description", "Tiestä")
                .formParam("website", "http://spam.example")
                .when().post("/callback").then().statusCode(400);
        given().filter(cookies).contentType("application/x-www-form-urlencoded")
                .formParam("form-check", Forms.formCheck(form)).formParam("phone", "040 123 4567")
                .formParam("time", FIRST_TIME).formParam("description", "Tiestä")
                .when().post("/callback").then().statusCode(400); // no CSRF token
        assertThat(CallBackStubs.REQUESTS).as("only the request routing refused went").hasSize(1);
    }

    @Test
    @TestSecurity(user = "agent-1", roles = "agent")
    void theAgentSeesTheNumberAndTimesAndRecordsAnAttempt() {
        CookieFilter cookies = new CookieFilter();
        String path = "/work/contacts/" + CallBackStubs.CALL_BACK_CONTACT;
        String page = given().filter(cookies).queryParam("lang", "en").when().get(path).then().statusCode(200)
                .body(containsString("<h2 id=\"call-back-heading\">Call-back request</h2>"))
                .body(containsString("<a href=\"tel:+358407654321\" id=\"call-number\">+358 40 765 4321</a>"))
                .body(containsString("<li>7.1.2030 12:00–14:00</li>"))
                .body(containsString("No call attempts yet."))
                .body(containsString("Call the client in the first time they chose."))
                .body(containsString("<label for=\"call-outcome-WRONG_NUMBER\">Wrong number</label>"))
                .extract().asString();

        given().filter(cookies).header("Accept-Language", "en").contentType("application/x-www-form-urlencoded")
                .formParam("csrf-token", Forms.csrfToken(page)).formParam("outcome", "HUNG_UP").formParam("note", "x")
                .when().post(path + "/call-attempt").then().statusCode(400)
                .body(containsString("<a href=\"#call-outcome\">Choose how the call went.</a>"))
                .body(containsString("aria-describedby=\"call-outcome-error\""));
        assertThat(CallBackStubs.ATTEMPTS).isEmpty();

        given().filter(cookies).redirects().follow(false).contentType("application/x-www-form-urlencoded")
                .formParam("csrf-token", Forms.csrfToken(page)).formParam("outcome", "NO_ANSWER")
                .formParam("note", "Ei vastannut, yritän huomenna")
                .when().post(path + "/call-attempt").then().statusCode(303)
                .header("Location", containsString(path + "#call-back"));
        assertThat(CallBackStubs.ATTEMPTS).singleElement().satisfies(sent -> {
            assertThat(sent.getString("outcome")).isEqualTo("NO_ANSWER");
            assertThat(sent.getString("note")).isEqualTo("Ei vastannut, yritän huomenna");
        });
        given().filter(cookies).queryParam("lang", "fi").when().get(path).then().statusCode(200)
                .body(containsString("<span class=\"call-outcome\">Ei vastannut</span>"))
                .body(containsString("Ei vastannut, yritän huomenna"))
                .body(containsString("Soita uudelleen seuraavana valittuna aikana."))
                .body(not(containsString("Ei vielä soittoyrityksiä.")));

        given().filter(cookies).header("Accept-Language", "en").contentType("application/x-www-form-urlencoded")
                .formParam("csrf-token", Forms.csrfToken(page)).formParam("outcome", "LEFT_MESSAGE")
                .when().post(path + "/call-attempt").then().statusCode(409)
                .body(containsString("value=\"LEFT_MESSAGE\" checked>"));
    }
}
