package fi.kohtaamo.webchannel;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

/** The agent's search of the organisation's contacts: a GET form whose criteria reach routing, and pages of results. */
@QuarkusTest
@QuarkusTestResource(DomainServiceStubs.class)
@ExtendWith(DomainServiceStubs.OnContract.class)
class WorkSearchPageTest {

    @Test
    @TestSecurity(user = "agent-1", roles = "agent")
    void theFormAloneSearchesNothing() {
        DomainServiceStubs.CONTACT_SEARCHES.clear();
        given().queryParam("lang", "sv").when().get("/work/search").then().statusCode(200)
                .header("Cache-Control", "no-store")
                .body(containsString("<h1>Sök kontakter</h1>"))
                .body(containsString("<label for=\"q\">Ord eller spårningskod</label>"))
                .body(not(containsString("results-heading")));
        assertThat(DomainServiceStubs.CONTACT_SEARCHES).isEmpty();
    }

    @Test
    @TestSecurity(user = "agent-1", roles = "agent")
    void criteriaReachRoutingAndResultsLinkToTheContactAndTheNextPage() {
        DomainServiceStubs.CONTACT_SEARCHES.clear();
        given().queryParam("lang", "en").queryParam("q", "road permit").queryParam("status", "CLOSED")
                .queryParam("channel", "TELEPATHY").queryParam("from", "2026-11-01").when().get("/work/search").then().statusCode(200)
                .body(containsString("<h2 id=\"results-heading\">26 contacts</h2>"))
                .body(containsString("<a href=\"/work/contacts/" + DomainServiceStubs.STAFF_CONTACT + "\">KH-STAF-F222</a>"))
                .body(containsString("<td>Permits</td>"))
                .body(containsString("<option value=\"CLOSED\" selected>"))
                .body(containsString("href=\"/work/search?q=road+permit&amp;status=CLOSED&amp;from=2026-11-01&amp;page=1\" rel=\"next\""))
                .body(containsString("Page 1 of 2"));
        assertThat(DomainServiceStubs.CONTACT_SEARCHES).singleElement().asString()
                .contains("q=road+permit").contains("status=CLOSED").contains("receivedFrom=2026-11-01").contains("page=0")
                .doesNotContain("TELEPATHY");
    }

    @Test
    @TestSecurity(user = "agent-1", roles = "agent")
    void aBadDateIsShownBesideItsFieldAndNothingIsSearched() {
        DomainServiceStubs.CONTACT_SEARCHES.clear();
        given().queryParam("lang", "fi").queryParam("from", "2026-11-31").queryParam("to", "2026-11-01").when().get("/work/search")
                .then().statusCode(400)
                .body(containsString("<a href=\"#from\">Anna päivämäärä muodossa VVVV-KK-PP.</a>"))
                .body(containsString("aria-invalid=\"true\""));
        given().queryParam("lang", "fi").queryParam("from", "2026-11-02").queryParam("to", "2026-11-01").when().get("/work/search")
                .then().statusCode(400).body(containsString("Loppupäivä ei voi olla ennen alkupäivää."));
        assertThat(DomainServiceStubs.CONTACT_SEARCHES).isEmpty();
    }

    @Test
    @TestSecurity(user = "agent-1", roles = "agent")
    void noMatchSaysSo() {
        given().queryParam("lang", "en").queryParam("q", "nothing").when().get("/work/search").then().statusCode(200)
                .body(containsString("No contacts match the search."));
    }

    @Test
    @TestSecurity(user = "citizen-1", roles = "citizen")
    void citizensDoNotGetThePage() {
        given().when().get("/work/search").then().statusCode(403);
    }
}
