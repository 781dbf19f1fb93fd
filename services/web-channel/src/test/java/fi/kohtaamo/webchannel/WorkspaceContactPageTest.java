package fi.kohtaamo.webchannel;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.filter.cookie.CookieFilter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.util.regex.Matcher;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

/** A contact in the agent's workspace: suggested articles, and the client read from the registry with a purpose. */
@QuarkusTest
@QuarkusTestResource(DomainServiceStubs.class)
@ExtendWith(DomainServiceStubs.OnContract.class)
class WorkspaceContactPageTest {

    @Test
    @TestSecurity(user = "agent-1", roles = "agent")
    void theAgentReadsTheClientOnlyWithAPurposeAndSeesSuggestedArticles() {
        CookieFilter cookies = new CookieFilter();
        String path = "/work/contacts/" + DomainServiceStubs.STAFF_CONTACT;
        String page = given().filter(cookies).queryParam("lang", "en").when().get(path).then().statusCode(200)
                .header("Cache-Control", "no-store")
                .body(containsString("<h1>Contact KH-STAF-F222</h1>"))
                .body(containsString("How to apply for a road connection permit"))
                .body(containsString("<label for=\"client-purpose\">Purpose</label>"))
                .body(not(containsString("010180-9026")))
                .extract().asString();
        DomainServiceStubs.CLIENT_READS.clear();
        given().filter(cookies).header("Accept-Language", "en").contentType("application/x-www-form-urlencoded")
                .formParam("csrf-token", Forms.csrfToken(page)).formParam("purpose", "no")
                .when().post(path + "/client").then().statusCode(400)
                .body(containsString("<a href=\"#client-purpose\">Give the purpose (5–200 characters).</a>"));
        assertThat(DomainServiceStubs.CLIENT_READS).as("nothing read without a purpose").isEmpty();
        given().filter(cookies).header("Accept-Language", "en").contentType("application/x-www-form-urlencoded")
                .formParam("csrf-token", Forms.csrfToken(page)).formParam("purpose", "Checking the applicant of this permit")
                .when().post(path + "/client").then().statusCode(200)
                .body(containsString("<dd>010180-****</dd>"))
                .body(not(containsString("010180-9026")))
                .body(containsString("<dd>eero@example.org</dd>"))
                .body(containsString("<label for=\"reveal-reason\">Why do you need the whole identity code?</label>"));
        assertThat(DomainServiceStubs.CLIENT_READS).as("the read names this contact")
                .containsExactly("read " + DomainServiceStubs.STAFF_CONTACT + " Checking the applicant of this permit");
    }

    @Test
    @TestSecurity(user = "agent-1", roles = "agent")
    void theWholeIdentityCodeIsRevealedOnlyWithAReasonNamingTheContact() {
        CookieFilter cookies = new CookieFilter();
        String path = "/work/contacts/" + DomainServiceStubs.STAFF_CONTACT;
        String page = given().filter(cookies).queryParam("lang", "fi").when().get(path).then().statusCode(200)
                .body(containsString("<label for=\"reveal-reason\">Miksi tarvitset koko henkilötunnuksen?</label>"))
                .extract().asString();
        DomainServiceStubs.CLIENT_READS.clear();
        // the language chosen stays (its cookie)
        given().filter(cookies).contentType("application/x-www-form-urlencoded")
                .formParam("csrf-token", Forms.csrfToken(page)).formParam("reason", "too short")
                .when().post(path + "/client/identity-code").then().statusCode(400)
                .body(containsString("<a href=\"#reveal-reason\">Kerro peruste (10–500 merkkiä).</a>"))
                .body(containsString("aria-describedby=\"reveal-reason-hint reveal-reason-error\""));
        assertThat(DomainServiceStubs.CLIENT_READS).as("nothing revealed without a reason").isEmpty();
        given().filter(cookies).contentType("application/x-www-form-urlencoded")
                .formParam("csrf-token", Forms.csrfToken(page)).formParam("reason", "Comparing with the permit decision")
                .when().post(path + "/client/identity-code").then().statusCode(200)
                .body(containsString("<dd>010180-9026</dd>"))
                .body(not(containsString("<label for=\"reveal-reason\">")));
        assertThat(DomainServiceStubs.CLIENT_READS)
                .containsExactly("reveal " + DomainServiceStubs.STAFF_CONTACT + " Comparing with the permit decision");
    }

    @Test
    @TestSecurity(user = "agent-1", roles = "agent")
    void aContactIsHandedToAnExpertWithANoteOrTheMissingTargetIsNamed() {
        CookieFilter cookies = new CookieFilter();
        String path = "/work/contacts/" + DomainServiceStubs.STAFF_CONTACT;
        String page = given().filter(cookies).queryParam("lang", "en").when().get(path).then().statusCode(200)
                .body(containsString("<label for=\"transfer-expert\">or to an expert</label>"))
                .body(containsString("<option value=\"e-1\">expert.uusimaa (Available)</option>"))
                .extract().asString();
        DomainServiceStubs.TRANSFERS.clear();
        given().filter(cookies).header("Accept-Language", "en").contentType("application/x-www-form-urlencoded")
                .formParam("csrf-token", Forms.csrfToken(page)).formParam("queueId", "").formParam("expert", "")
                .formParam("text", "Over to you")
                .when().post(path + "/transfer").then().statusCode(400)
                .body(containsString("<a href=\"#transfer-queueId\">Choose a queue or an expert.</a>"));
        assertThat(DomainServiceStubs.TRANSFERS).isEmpty();
        given().filter(cookies).redirects().follow(false).contentType("application/x-www-form-urlencoded")
                .formParam("csrf-token", Forms.csrfToken(page)).formParam("queueId", "").formParam("expert", "e-1")
                .formParam("text", "The width question is yours")
                .when().post(path + "/transfer").then().statusCode(303).header("Location", "/work?notice=transferred");
        assertThat(DomainServiceStubs.TRANSFERS).singleElement().satisfies(sent -> {
            assertThat(sent.getString("expert")).isEqualTo("e-1");
            assertThat(sent.getValue("queueId")).isNull();
            assertThat(sent.getString("note")).isEqualTo("The width question is yours");
        });
    }
}
