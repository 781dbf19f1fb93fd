package fi.kohtaamo.webchannel;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.stringContainsInOrder;

/**
 * The pages every public site owes: the public results, the accessibility statement and the
 * privacy notice in three languages, the footer on every kind of page, and channels steered by
 * a signed-in citizen's segments.
 */
@QuarkusTest
@QuarkusTestResource(DomainServiceStubs.class)
@ExtendWith(DomainServiceStubs.OnContract.class)
class PublicPagesTest {

    private static final String FOOTER = "<footer class=\"site-footer\">";

    @AfterEach
    void noSegments() {
        PublicStubs.segmentChannels = null;
    }

    @ParameterizedTest
    @CsvSource({"fi,Palvelujen tulokset,Uudenmaan ELY-keskus", "sv,Tjänsternas resultat,NTM-centralen i Nyland",
            "en,Results of the services,ELY Centre for Uusimaa"})
    void theOrganisationsAreListed(String language, String heading, String name) {
        given().queryParam("lang", language).when().get("/results").then().statusCode(200)
                .body(containsString("<html lang=\"" + language + "\">"))
                .body(containsString("<h1>" + heading + "</h1>"))
                .body(containsString("<a href=\"/results/ely-uusimaa\">" + name + "</a>"))
                .body(containsString(FOOTER));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "fi|3. vuosineljännes 2026|<th scope=\"row\">Liittymäluvat</th><td>120</td><td>93 %</td><td>1 h 35 min</td><td>80 %</td><td>3 vrk</td><td>4,3</td><td>40</td>|alle 5, ei näytetä",
            "sv|kvartal 3 2026|<th scope=\"row\">Liittymäluvat (sv)</th><td>120</td><td>93 %</td><td>1 h 35 min</td><td>80 %</td><td>3 dygn</td><td>4,3</td><td>40</td>|under 5, visas inte",
            "en|Q3 2026|<th scope=\"row\">Liittymäluvat (en)</th><td>120</td><td>93%</td><td>1 h 35 min</td><td>80%</td><td>3 days</td><td>4.3</td><td>40</td>|fewer than 5, not shown"})
    void anOrganisationsResultsAreATableWithSmallGroupsLeftOut(String language, String quarter, String fullRow, String tooFew) {
        given().queryParam("lang", language).when().get("/results/ely-uusimaa").then().statusCode(200)
                .header("Cache-Control", "public, max-age=300")
                .body(containsString("<caption>"))
                .body(containsString(quarter))
                .body(containsString(fullRow))
                .body(containsString("<td>3</td><td>" + tooFew + "</td><td>" + tooFew + "</td>"))
                .body(containsString("<tfoot>"))
                .body(containsString("href=\"/results/ely-uusimaa/data.csv\""))
                .body(containsString("href=\"/results/ely-uusimaa/data.json\""))
                .body(containsString(FOOTER));
    }

    @Test
    void anOrganisationWithoutResultsSaysSo() {
        given().queryParam("lang", "en").when().get("/results/ely-empty").then().statusCode(200)
                .body(containsString("<h1>Empty agency</h1>"))
                .body(containsString("no published services"))
                .body(not(containsString("<table")));
    }

    @ParameterizedTest
    @ValueSource(strings = {"no-such-agency", "bad%20code", "x%27--"})
    void anUnknownOrBadCodeIsThePlatforms404(String code) {
        given().queryParam("lang", "en").when().get("/results/" + code).then().statusCode(404)
                .body(containsString("<h1>Page not found</h1>"))
                .body(containsString(FOOTER));
        given().when().get("/results/" + code + "/data.csv").then().statusCode(404);
    }

    @Test
    void theResultsDownloadAsCsvAndJson() {
        String csv = given().when().get("/results/ely-uusimaa/data.csv").then().statusCode(200)
                .contentType("text/csv").header("Content-Disposition", "attachment; filename=\"results-ely-uusimaa-2026-Q3.csv\"")
                .extract().asString();
        List<String> lines = csv.lines().toList();
        assertThat(lines.get(0)).startsWith("organisation,quarter,service_id,service_fi,service_sv,service_en,contacts,answered");
        assertThat(lines).hasSize(4);
        assertThat(lines.get(1)).startsWith("ely-uusimaa,2026-Q3," + PublicStubs.FULL + ",Liittymäluvat,Liittymäluvat (sv),Liittymäluvat (en),120,118,0.925,95,");
        // the small service: its count, nothing else, and both suppressed
        assertThat(lines.get(2)).isEqualTo("ely-uusimaa,2026-Q3," + PublicStubs.SMALL
                + ",Erikoisluvat,Erikoisluvat (sv),Erikoisluvat (en),3,,,,,,,,,,true,true");
        assertThat(lines.get(3)).startsWith("ely-uusimaa,2026-Q3,,,,,123,");
        assertThat(csv).contains("\r\n");
        given().when().get("/results/ely-uusimaa/data.json").then().statusCode(200).contentType("application/json")
                .body(containsString("\"quarter\":\"2026-Q3\""))
                .body(containsString("\"serviceLevelSuppressed\":true"));
    }

    @ParameterizedTest
    @CsvSource({"fi,Saavutettavuusseloste,osittain,Valvontaviranomainen,6.12.2026",
            "sv,Tillgänglighetsutlåtande,delvis,Tillsynsmyndighet,6.12.2026",
            "en,Accessibility statement,partially compliant,Enforcement procedure,6 December 2026"})
    void theAccessibilityStatementFollowsTheModel(String language, String heading, String status, String enforcement,
                                                  String date) {
        given().queryParam("lang", language).when().get("/accessibility").then().statusCode(200)
                .body(containsString("<h1>" + heading + "</h1>"))
                .body(containsString(status))
                .body(containsString("<ul id=\"gaps\">"))
                .body(containsString("axe-core"))
                .body(containsString(date))
                .body(containsString("<a href=\"/feedback\">"))
                .body(containsString(enforcement))
                .body(containsString("Traficom"))
                .body(containsString("https://www.saavutettavuusvaatimukset.fi/"))
                .body(containsString(FOOTER));
    }

    @ParameterizedTest
    @CsvSource({"fi,Tietosuojaseloste,Rekisterinpitäjä,kahden vuoden", "sv,Dataskyddsbeskrivning,Personuppgiftsansvarig,två år",
            "en,Privacy notice,Controller,two years"})
    void thePrivacyNoticeSaysWhatWhyHowLongAndHowToUseTheRights(String language, String heading, String controller,
                                                                 String retention) {
        given().queryParam("lang", language).when().get("/privacy").then().statusCode(200)
                .body(containsString("<h1>" + heading + "</h1>"))
                .body(containsString("<h2>" + controller + "</h2>"))
                .body(containsString("<table class=\"results\" id=\"stored\">"))
                .body(containsString(retention))
                .body(containsString("<ul id=\"rights\">"))
                .body(containsString("<a href=\"/my-data\">"))
                .body(containsString("<a href=\"/status\">"))
                .body(containsString("tietosuoja.fi"))
                .body(containsString(FOOTER));
    }

    @ParameterizedTest
    @ValueSource(strings = {"/", "/search?q=lupa", "/feedback", "/contact", "/status", "/results", "/no-such-page",
            "/services/not-an-id"})
    void everyKindOfPageHasTheFooter(String path) {
        for (String language : List.of("fi", "sv", "en")) {
            given().header("Accept-Language", language).when().get(path).then()
                    .body(containsString(FOOTER))
                    .body(containsString("<a href=\"/accessibility\">"))
                    .body(containsString("<a href=\"/privacy\">"));
        }
    }

    @Test
    void anUnknownAddressIsThePlatforms404InTheVisitorsLanguage() {
        given().header("Accept-Language", "sv").when().get("/no-such-page").then().statusCode(404)
                .contentType("text/html").body(containsString("<html lang=\"sv\">"))
                .body(containsString("Tillgänglighetsutlåtande"));
    }

    @Test
    @TestSecurity(user = "citizen-inari", roles = "citizen")
    void aCitizenInASegmentSeesItsPreferredChannelsFirst() {
        PublicStubs.segmentChannels = List.of("IN_PERSON", "PHONE");
        given().queryParam("lang", "en").when().get("/services/" + PublicStubs.STEERED).then().statusCode(200)
                .body(stringContainsInOrder("Service point", "Recommended for you", "Phone service", "Recommended for you",
                        "E-service"))
                .body(not(stringContainsInOrder("E-service", "Recommended for you")));
    }

    @Test
    @TestSecurity(user = "citizen-1", roles = "citizen")
    void aCitizenInNoSegmentSeesTheCataloguesOrder() {
        given().queryParam("lang", "fi").when().get("/services/" + PublicStubs.STEERED).then().statusCode(200)
                .body(stringContainsInOrder("Verkkoasiointi", "Puhelinpalvelu", "Palvelupiste"))
                .body(not(containsString("Suositeltu sinulle")));
    }

    @Test
    void anAnonymousVisitorSeesTheCataloguesOrder() {
        PublicStubs.segmentChannels = List.of("IN_PERSON");
        given().queryParam("lang", "sv").when().get("/services/" + PublicStubs.STEERED).then().statusCode(200)
                .body(stringContainsInOrder("E-tjänst", "Telefontjänst", "Serviceställe"))
                .body(not(containsString("Rekommenderas för dig")));
    }
}
