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

/** A staff member's notices and their settings: listed, marked read, chosen per kind and medium, without script. */
@QuarkusTest
@QuarkusTestResource(DomainServiceStubs.class)
@ExtendWith(DomainServiceStubs.OnContract.class)
class NoticePagesTest {

    @Test
    @TestSecurity(user = "agent-1", roles = "agent")
    void theUnreadNoticesAreCountedListedAndMarkedRead() {
        given().queryParam("lang", "en").when().get("/work").then().statusCode(200)
                .body(containsString("<a href=\"/work/notices\" id=\"notices-link\">Notices (1 unread)</a>"));
        CookieFilter cookies = new CookieFilter();
        String page = given().filter(cookies).queryParam("lang", "en").when().get("/work/notices").then().statusCode(200)
                .header("Cache-Control", "no-store")
                .body(containsString("Unread: 1"))
                .body(containsString("Transferred to you as an expert"))
                .body(containsString("<a href=\"/work/contacts/" + DomainServiceStubs.STAFF_CONTACT + "\">KH-STAF-F222</a>"))
                .body(containsString("action=\"/work/notices/7/read\""))
                .body(not(containsString("action=\"/work/notices/8/read\"")))
                .extract().asString();

        DomainServiceStubs.NOTICE_CALLS.clear();
        given().filter(cookies).redirects().follow(false).contentType("application/x-www-form-urlencoded")
                .formParam("csrf-token", Forms.csrfToken(page))
                .when().post("/work/notices/7/read").then().statusCode(303).header("Location", containsString("/work/notices"));
        assertThat(DomainServiceStubs.NOTICE_CALLS).containsExactly("read 7");
        given().filter(cookies).contentType("application/x-www-form-urlencoded").formParam("csrf-token", Forms.csrfToken(page))
                .when().post("/work/notices/99/read").then().statusCode(404);
        given().filter(cookies).contentType("application/x-www-form-urlencoded").formParam("csrf-token", Forms.csrfToken(page))
                .when().post("/work/notices/not-a-number/read").then().statusCode(404);
    }

    @Test
    @TestSecurity(user = "agent-1", roles = "agent")
    void eachKindIsTurnedOnOrOffPerMediumAndABadAddressIsNamed() {
        CookieFilter cookies = new CookieFilter();
        String page = given().filter(cookies).queryParam("lang", "sv").when().get("/work/notices/settings").then().statusCode(200)
                .body(containsString("<label for=\"email\">E-postadress för meddelanden</label>"))
                .body(containsString("name=\"SLA_AT_RISK.email\" value=\"on\" aria-labelledby=\"kind-SLA_AT_RISK email-column\" checked"))
                .extract().asString();

        given().filter(cookies).contentType("application/x-www-form-urlencoded").formParam("csrf-token", Forms.csrfToken(page))
                .formParam("email", "not an address").formParam("language", "sv")
                .when().post("/work/notices/settings").then().statusCode(400)
                .body(containsString("<a href=\"#email\">Ange en e-postadress som namn@exempel.fi eller lämna fältet tomt.</a>"))
                .body(containsString("value=\"not an address\""));

        given().filter(cookies).redirects().follow(false).contentType("application/x-www-form-urlencoded")
                .formParam("csrf-token", Forms.csrfToken(page)).formParam("email", "expert@ely.example").formParam("language", "en")
                .formParam("TRANSFERRED_TO_EXPERT.email", "on").formParam("SLA_BREACHED.workspace", "on")
                .when().post("/work/notices/settings").then().statusCode(303)
                .header("Location", containsString("/work/notices/settings?notice=saved"));
        JsonObject put = DomainServiceStubs.NOTICE_SETTINGS.stream().reduce((a, b) -> b).orElseThrow();
        assertThat(put.getString("email")).isEqualTo("expert@ely.example");
        assertThat(put.getString("language")).isEqualTo("en");
        assertThat(put.getJsonArray("kinds").stream().map(kind -> ((JsonObject) kind))
                .map(kind -> kind.getString("kind") + " " + kind.getBoolean("email") + " " + kind.getBoolean("workspace")))
                .containsExactly("TRANSFERRED_TO_EXPERT true false", "SLA_AT_RISK false false", "SLA_BREACHED false true",
                        "NEW_IN_EXPERT_QUEUE false false", "AUTOMATION false false");
        given().filter(cookies).when().get("/work/notices/settings?notice=saved").then().statusCode(200)
                .body(containsString("Inställningarna sparades."))
                .body(containsString("name=\"SLA_BREACHED.workspace\" value=\"on\" aria-labelledby=\"kind-SLA_BREACHED workspace-column\" checked"))
                .body(not(containsString("name=\"SLA_AT_RISK.email\" value=\"on\" aria-labelledby=\"kind-SLA_AT_RISK email-column\" checked")));
    }

    @Test
    @TestSecurity(user = "citizen-1", roles = "citizen")
    void aCitizenHasNoNoticePages() {
        given().when().get("/work/notices").then().statusCode(403);
        given().when().get("/work/notices/settings").then().statusCode(403);
    }
}
