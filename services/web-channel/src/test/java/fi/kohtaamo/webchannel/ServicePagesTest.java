package fi.kohtaamo.webchannel;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

/** Finding help: one search over services and articles, a service's page, an article. */
@QuarkusTest
@QuarkusTestResource(DomainServiceStubs.class)
@ExtendWith(DomainServiceStubs.OnContract.class)
class ServicePagesTest {

    @Test
    void theFrontPageSearchFindsServicesAndArticles() {
        given().when().get("/?lang=en").then().statusCode(200)
                .body(containsString("<form method=\"get\" action=\"/search\" role=\"search\""))
                .body(containsString("<label for=\"q\">Search services and guidance</label>"))
                .body(containsString("<a href=\"/services/" + DomainServiceStubs.PERMIT + "\">Permit to connect to a public road</a>"));
        DomainServiceStubs.SEARCHES.clear();
        given().queryParam("q", "road permit").queryParam("lang", "sv").when().get("/search").then().statusCode(200)
                .body(containsString("<h2>Tjänster</h2>"))
                .body(containsString("<a href=\"/services/" + DomainServiceStubs.PERMIT + "\">Anslutningstillstånd till landsväg</a>"))
                .body(containsString("<a href=\"/articles/" + DomainServiceStubs.ARTICLE + "?lang=en\" lang=\"en\">How to apply for a road connection permit</a>"))
                .body(containsString("value=\"road permit\""));
        assertThat(DomainServiceStubs.SEARCHES.peek()).contains("q=road").contains("language=sv");
        given().queryParam("q", "road zzq").queryParam("lang", "fi").when().get("/search").then().statusCode(200)
                .body(containsString("<p id=\"missing-words\">Osa hakusanoista ei löytynyt näistä ohjeista: <s>zzq</s></p>"));
        given().queryParam("q", "road permit").queryParam("lang", "en").when().get("/search").then().statusCode(200)
                .body(not(containsString("missing-words")));
        given().queryParam("lang", "en").when().get("/search").then().statusCode(200)
                .body(not(containsString("<h2>Services</h2>")));
    }

    @Test
    void theCatalogueIsBrowsedByLifeEventAndTargetGroup() {
        given().when().get("/?lang=sv").then().statusCode(200)
                .body(containsString("<li><a href=\"/?lifeEvent=BUILDING_AND_HOUSING\">Byggande och boende</a></li>"))
                .body(containsString("<option value=\"KR1\">Medborgare</option>"))
                .body(containsString("Vinterunderhåll av landsvägar"));
        DomainServiceStubs.BROWSES.clear();
        given().queryParam("lifeEvent", "BUILDING_AND_HOUSING").queryParam("targetGroup", "KR1").queryParam("lang", "en")
                .when().get("/").then().statusCode(200)
                .body(containsString("<p id=\"browse-result\" role=\"status\">1 service."))
                .body(containsString("<option value=\"BUILDING_AND_HOUSING\" selected>Building and housing</option>"))
                .body(containsString("aria-current=\"true\">Building and housing</a>"))
                .body(containsString("Permit to connect to a public road"))
                .body(not(containsString("Winter maintenance of public roads")));
        assertThat(DomainServiceStubs.BROWSES).singleElement().asString()
                .contains("lifeEvent=BUILDING_AND_HOUSING").contains("targetGroup=KR1");
        given().queryParam("lifeEvent", "TIME_TRAVEL").queryParam("lang", "en").when().get("/").then().statusCode(400)
                .body(containsString("<a href=\"#lifeEvent\">That choice was not found; showing all.</a>"))
                .body(containsString("Winter maintenance of public roads"));
    }

    @Test
    void theContactFormSuggestsArticlesWhileTheClientTypes() {
        given().queryParam("lang", "en").when().get("/contact").then().statusCode(200)
                .body(containsString("<script src=\"/js/enhance.js\" defer></script>"))
                .body(containsString("data-suggest=\"suggestions\""))
                .body(containsString("<div id=\"suggestions\" class=\"suggestions\" aria-live=\"polite\"></div>"));
        DomainServiceStubs.SUGGESTION_ASKS.clear();
        given().queryParam("text", "I need a road connection").queryParam("serviceId", DomainServiceStubs.PERMIT)
                .queryParam("lang", "en").when().get("/contact/suggestions").then().statusCode(200)
                .body(containsString("<h2 class=\"suggestions-heading\">Could these answers help?</h2>"))
                .body(containsString("<a href=\"/articles/" + DomainServiceStubs.ARTICLE + "?lang=en\" lang=\"en\""))
                .body(not(containsString("<html")));
        assertThat(DomainServiceStubs.SUGGESTION_ASKS).singleElement().asString()
                .contains("serviceId=" + DomainServiceStubs.PERMIT).contains("language=en").contains("limit=3");
        given().queryParam("text", "hello there").when().get("/contact/suggestions").then().statusCode(204);
        given().queryParam("text", "ro").when().get("/contact/suggestions").then().statusCode(204);
        given().queryParam("text", "road").queryParam("serviceId", "nope").when().get("/contact/suggestions")
                .then().statusCode(400).contentType("application/problem+json").body("violations[0].field", org.hamcrest.Matchers.equalTo("serviceId"));
        given().when().get("/js/enhance.js").then().statusCode(200).body(containsString("data-suggest"));
    }

    @Test
    void aServicePageShowsItsChannelsHoursArticlesAndTheWayToContact() {
        given().queryParam("lang", "en").when().get("/services/" + DomainServiceStubs.PERMIT).then().statusCode(200)
                .body(containsString("<h1>Permit to connect to a public road</h1>"))
                .body(containsString("<h3 id=\"channel-0\">Phone service</h3>"))
                .body(containsString("Closed, opens 30.11. 09:00"))
                .body(containsString("<th scope=\"row\">Monday</th><td>09:00–16:00</td>"))
                .body(containsString("<a href=\"tel:+358 29 502 0000\">"))
                .body(containsString("href=\"/contact?service=" + DomainServiceStubs.PERMIT + "\""))
                .body(containsString("href=\"/feedback?service=" + DomainServiceStubs.PERMIT + "\""))
                .body(containsString("How to apply for a road connection permit"));
        given().header("Accept-Language", "en").when().get("/services/" + java.util.UUID.randomUUID()).then().statusCode(404);
        given().header("Accept-Language", "en").when().get("/services/not-an-id").then().statusCode(404);
    }

    @Test
    void anArticleIsShownAsTheKnowledgePortalRenderedIt() {
        given().queryParam("lang", "en").when().get("/articles/" + DomainServiceStubs.ARTICLE).then().statusCode(200)
                .body(containsString("<article lang=\"en\">"))
                .body(containsString("<p>Apply <strong>well in advance</strong>.</p>"));
        given().header("Accept-Language", "en").when().get("/articles/" + java.util.UUID.randomUUID()).then().statusCode(404);
    }
}
