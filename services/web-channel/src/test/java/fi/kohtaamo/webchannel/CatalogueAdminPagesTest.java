package fi.kohtaamo.webchannel;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import io.restassured.filter.cookie.CookieFilter;
import io.vertx.core.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.stringContainsInOrder;

/** The catalogue admin's pages: services with their missing translations, editing with If-Match, organisations, PTV preview. */
@QuarkusTest
@QuarkusTestResource(DomainServiceStubs.class)
@ExtendWith(DomainServiceStubs.OnContract.class)
class CatalogueAdminPagesTest {

    private static final String DRAFT_PAGE = "/catalogue/services/" + CatalogueAdminStubs.DRAFT;
    private static final String CHANNEL_PAGE = "/catalogue/channels/" + CatalogueAdminStubs.CHANNEL;

    @Test
    @TestSecurity(user = "admin-uusimaa", roles = "catalogue-admin")
    @OidcSecurity(claims = @Claim(key = "org", value = "ely-uusimaa"))
    void theListFlagsMissingTranslationsInEachLanguage() {
        given().queryParam("lang", "fi").when().get("/catalogue").then().statusCode(200).header("Cache-Control", "no-store")
                .body(containsString("<h1>Palveluluettelo</h1>"))
                .body(containsString("<a href=\"/catalogue\">Palveluluettelo</a>"))
                .body(containsString("<th scope=\"row\"><a href=\"" + DRAFT_PAGE + "\">Erikoiskuljetuslupa</a></th>"))
                .body(containsString("<td>Luonnos</td>"))
                .body(containsString("<td class=\"alert-cell\">ruotsi</td>"));
        given().queryParam("lang", "sv").when().get("/catalogue").then().statusCode(200)
                .body(containsString("<h1>Tjänstekatalog</h1>")).body(containsString("<td>Utkast</td>"))
                .body(containsString("<th scope=\"col\">Översättningar som saknas</th>"));
        given().queryParam("lang", "en").when().get("/catalogue").then().statusCode(200)
                .body(containsString("<a href=\"" + DRAFT_PAGE + "\">Special transport permit</a>"))
                .body(containsString("<td>Draft</td>"));
    }

    @Test
    @TestSecurity(user = "admin-uusimaa", roles = "catalogue-admin")
    @OidcSecurity(claims = @Claim(key = "org", value = "ely-uusimaa"))
    void aChangeNamesTheVersionItReplacesAndKeepsWhatTheFormDoesNotShow() {
        CookieFilter cookies = new CookieFilter();
        String page = given().filter(cookies).queryParam("lang", "en").when().get(DRAFT_PAGE).then().statusCode(200)
                .body(containsString("<h1>Edit a service</h1>"))
                .body(containsString("<input type=\"hidden\" name=\"version\" value=\"3\">"))
                .body(containsString("<label for=\"name-sv\">Name (Swedish)</label>"))
                .body(containsString("<option value=\"" + CatalogueAdminStubs.UUSIMAA_TRANSPORT + "\" selected>ELY Centre for Uusimaa: transport and infrastructure</option>"))
                .body(not(containsString(CatalogueAdminStubs.PIRKANMAA_TRANSPORT)))
                .body(containsString("<legend>Question 1</legend>"))
                .body(containsString(">single | Kertareitti | Engångsrutt | One-off route\n</textarea>"))
                .body(containsString("<legend>Add a question</legend>"))
                .body(containsString("<th scope=\"row\">2</th><td>Edited</td><td>admin-uusimaa</td><td>21.11.2026 10:00</td><td>name</td>"))
                .extract().asString();
        CatalogueAdminStubs.CALLS.clear();
        given().filter(cookies).redirects().follow(false).contentType("application/x-www-form-urlencoded")
                .formParam("csrf-token", Forms.csrfToken(page)).formParam("version", "3").formParam("code", "special-transport")
                .formParam("group", "PERMITS_AND_NOTIFICATIONS").formParam("ptvType", "PERMIT_OR_OBLIGATION")
                .formParam("name-fi", "Erikoiskuljetuslupa").formParam("name-sv", "Specialtransporttillstånd").formParam("name-en", "Special transport permit")
                .formParam("summary-fi", "Lupa.").formParam("defaultQueue", "uusimaa-permits").formParam("area", "")
                .formParam("q0-code", "route_type").formParam("q0-datatype", "SINGLE_CHOICE").formParam("q0-fi", "Reitti")
                .formParam("q0-choices", "single | Kertareitti | Engångsrutt | One-off route\nrecurring | Toistuva")
                .formParam("q1-code", "width").formParam("q1-datatype", "NUMBER").formParam("q1-required", "on").formParam("q1-fi", "Leveys")
                .when().post(DRAFT_PAGE).then().statusCode(303).header("Location", DRAFT_PAGE + "?notice=saved");
        String put = CatalogueAdminStubs.CALLS.stream().filter(c -> c.startsWith("PUT")).findFirst().orElseThrow();
        assertThat(put).startsWith("PUT /api/v1/services/" + CatalogueAdminStubs.DRAFT + " If-Match \"3\" ");
        JsonObject sent = new JsonObject(put.substring(put.indexOf('{')));
        assertThat(sent.getJsonObject("name").getString("sv")).isEqualTo("Specialtransporttillstånd");
        assertThat(sent.getValue("responsibilityArea")).isNull();
        assertThat(sent.getJsonArray("attributes")).hasSize(2);
        assertThat(sent.getJsonArray("attributes").getJsonObject(0).getJsonArray("values").getJsonObject(1).getJsonObject("name")
                .getString("fi")).isEqualTo("Toistuva");
        assertThat(sent.getJsonArray("attributes").getJsonObject(1).getBoolean("required")).isTrue();
        // what the form does not show is sent as it was read
        assertThat(sent.getJsonArray("classifications").getJsonObject(0).getString("code")).isEqualTo("KR2");
        assertThat(sent.getJsonObject("routing").getInteger("priority")).isEqualTo(2);

        // a stale version: the current content with a notice, nothing overwritten (in the language chosen above)
        given().filter(cookies).contentType("application/x-www-form-urlencoded")
                .formParam("csrf-token", Forms.csrfToken(page)).formParam("version", "2").formParam("code", "special-transport")
                .formParam("group", "PERMITS_AND_NOTIFICATIONS").formParam("ptvType", "SERVICE").formParam("name-fi", "Vanha")
                .formParam("defaultQueue", "uusimaa-permits")
                .when().post(DRAFT_PAGE).then().statusCode(409)
                .body(containsString("Someone else changed the service meanwhile."))
                .body(containsString("<input type=\"hidden\" name=\"version\" value=\"3\">"))
                .body(containsString("value=\"Erikoiskuljetuslupa\""));
    }

    @Test
    @TestSecurity(user = "admin-uusimaa", roles = "catalogue-admin")
    @OidcSecurity(claims = @Claim(key = "org", value = "ely-uusimaa"))
    void refusalsAreShownBesideTheirFields() {
        CookieFilter cookies = new CookieFilter();
        String page = given().filter(cookies).when().get(DRAFT_PAGE).then().statusCode(200).extract().asString();
        CatalogueAdminStubs.CALLS.clear();
        given().filter(cookies).contentType("application/x-www-form-urlencoded").header("Accept-Language", "fi")
                .formParam("csrf-token", Forms.csrfToken(page)).formParam("version", "3").formParam("code", "X")
                .formParam("group", "PERMITS_AND_NOTIFICATIONS").formParam("ptvType", "SERVICE").formParam("name-fi", "")
                .formParam("defaultQueue", "q").formParam("area", CatalogueAdminStubs.PIRKANMAA_TRANSPORT)
                .formParam("q0-code", "kind").formParam("q0-datatype", "MULTI_CHOICE").formParam("q0-fi", "Laji")
                .formParam("summary-en", "x".repeat(20_000))
                .when().post(DRAFT_PAGE).then().statusCode(400)
                .body(containsString("<a href=\"#code\">Anna tunnus"))
                .body(containsString("<p class=\"error\" id=\"name-fi-error\">Anna nimi suomeksi, enintään 200 merkkiä.</p>"))
                .body(containsString("<p class=\"error\" id=\"area-error\">Valitse jokin organisaatiosi vastuualueista.</p>"))
                .body(containsString("id=\"q0-choices-error\""))
                .body(containsString("id=\"summary-en-error\""))
                .body(containsString("aria-describedby=\"code-hint code-error\" aria-invalid=\"true\""));
        assertThat(CatalogueAdminStubs.CALLS).noneMatch(call -> call.startsWith("PUT"));

        // the catalogue's own refusal, by its field name
        given().filter(cookies).contentType("application/x-www-form-urlencoded").header("Accept-Language", "en")
                .formParam("csrf-token", Forms.csrfToken(page)).formParam("version", "3").formParam("code", "special-transport")
                .formParam("group", "PERMITS_AND_NOTIFICATIONS").formParam("ptvType", "SERVICE").formParam("name-fi", "Nimi")
                .formParam("defaultQueue", "q").formParam("area", CatalogueAdminStubs.UUSIMAA_TRANSPORT)
                .formParam("name-en", "Refused area")
                .when().post(DRAFT_PAGE).then().statusCode(400)
                .body(containsString("<p class=\"error\" id=\"area-error\">Choose one of your organisation&#39;s responsibility areas.</p>"))
                .body(containsString("value=\"Refused area\""));
    }

    @Test
    @TestSecurity(user = "admin-uusimaa", roles = "catalogue-admin")
    @OidcSecurity(claims = @Claim(key = "org", value = "ely-uusimaa"))
    void publishingNamesTheVersionAndARefusalIsANoticeOnThePage() {
        CookieFilter cookies = new CookieFilter();
        String page = given().filter(cookies).when().get(DRAFT_PAGE).then().statusCode(200)
                .body(containsString("action=\"" + DRAFT_PAGE + "/publish\"")).extract().asString();
        CatalogueAdminStubs.CALLS.clear();
        given().filter(cookies).contentType("application/x-www-form-urlencoded").header("Accept-Language", "en")
                .formParam("csrf-token", Forms.csrfToken(page)).formParam("version", "3")
                .when().post(DRAFT_PAGE + "/publish").then().statusCode(409)
                .body(containsString("publishing needs the name in Finnish, Swedish and English"));
        assertThat(CatalogueAdminStubs.CALLS).contains("POST /api/v1/services/" + CatalogueAdminStubs.DRAFT + "/publish If-Match \"3\"");
    }

    @Test
    @TestSecurity(user = "admin-uusimaa", roles = "catalogue-admin")
    @OidcSecurity(claims = @Claim(key = "org", value = "ely-uusimaa"))
    void anotherOrganisationsServiceIsNotThere() {
        given().header("Accept-Language", "en").when().get("/catalogue/services/" + CatalogueAdminStubs.FOREIGN)
                .then().statusCode(404).body(containsString("Page not found"));
        given().when().get("/catalogue/services/not-an-id").then().statusCode(404);
    }

    @Test
    @TestSecurity(user = "admin-uusimaa", roles = "catalogue-admin")
    @OidcSecurity(claims = @Claim(key = "org", value = "ely-uusimaa"))
    void theOrganisationsPageListsEachAgencyWithItsUnits() {
        given().queryParam("lang", "en").when().get("/catalogue/organisations").then().statusCode(200)
                .body(containsString("<caption>Organisations and their units</caption>"))
                .body(containsString("<th scope=\"row\">ELY Centre for Uusimaa (your organisation)</th>"))
                .body(containsString("<li>ELY Centre for Pirkanmaa: transport and infrastructure</li>"));
        given().queryParam("lang", "sv").when().get("/catalogue/organisations").then().statusCode(200)
                .body(containsString("<li>NTM-centralen i Nyland: trafik och infrastruktur</li>"));
        given().queryParam("lang", "fi").when().get("/catalogue/organisations").then().statusCode(200)
                .body(containsString("<h1>Organisaatiot ja niiden yksiköt</h1>"));
    }

    @Test
    @TestSecurity(user = "admin-uusimaa", roles = "catalogue-admin")
    @OidcSecurity(claims = @Claim(key = "org", value = "ely-uusimaa"))
    void aPtvImportIsPreviewedBeforeItIsApplied() {
        CookieFilter cookies = new CookieFilter();
        String page = given().filter(cookies).queryParam("lang", "en").when().get("/catalogue/ptv").then().statusCode(200)
                .body(containsString("<label for=\"document\">PTV document (JSON)</label>")).extract().asString();
        CatalogueAdminStubs.CALLS.clear();
        String document = "{\"services\":[{\"id\":\"" + CatalogueAdminStubs.DRAFT + "\"}]}";
        String plan = given().filter(cookies).contentType("application/x-www-form-urlencoded").header("Accept-Language", "en")
                .formParam("csrf-token", Forms.csrfToken(page)).formParam("document", document)
                .formParam("defaultGroup", "PERMITS_AND_NOTIFICATIONS").formParam("defaultQueue", "uusimaa-permits")
                .when().post("/catalogue/ptv").then().statusCode(200)
                .body(containsString("<h2 id=\"plan-heading\">What the import would change</h2>"))
                .body(containsString("<li>Service: 1 new, 1 changed, 0 unchanged</li>"))
                .body(containsString("<tr><th scope=\"row\">Service: special-transport</th><td>Changed</td><td>serviceNames, areas</td></tr>"))
                .body(containsString("<tr><th scope=\"row\">Service: new-permit</th><td>New</td><td></td></tr>"))
                .body(containsString("<button type=\"submit\" id=\"apply\">Apply the import</button>"))
                .extract().asString();
        assertThat(CatalogueAdminStubs.CALLS).singleElement().satisfies(call -> assertThat(call)
                .startsWith("POST /api/v1/ptv/import?").contains("dryRun=true").contains("defaultGroup=PERMITS_AND_NOTIFICATIONS")
                .endsWith(document));
        CatalogueAdminStubs.CALLS.clear();
        given().filter(cookies).contentType("application/x-www-form-urlencoded")
                .formParam("csrf-token", Forms.csrfToken(plan)).formParam("document", document)
                .formParam("defaultGroup", "PERMITS_AND_NOTIFICATIONS").formParam("defaultQueue", "uusimaa-permits")
                .when().post("/catalogue/ptv/apply").then().statusCode(200)
                .body(containsString("<h2 id=\"plan-heading\">What the import changed</h2>"))
                .body(not(containsString("id=\"apply\"")));
        assertThat(CatalogueAdminStubs.CALLS).singleElement().satisfies(call -> assertThat(call).contains("dryRun=false"));

        String swedish = given().filter(cookies).queryParam("lang", "sv").when().get("/catalogue/ptv").then().statusCode(200)
                .body(containsString("<h1>Import från Servicedatalagret</h1>")).extract().asString();
        given().filter(cookies).contentType("application/x-www-form-urlencoded")
                .formParam("csrf-token", Forms.csrfToken(swedish)).formParam("document", "not json\0")
                .formParam("defaultGroup", "NOPE")
                .when().post("/catalogue/ptv").then().statusCode(400)
                .body(containsString("<p class=\"error\" id=\"document-error\">Klistra in ett JSON-objekt"))
                .body(containsString("<p class=\"error\" id=\"defaultGroup-error\">Välj tjänstegrupp för nya tjänster.</p>"));
    }

    @Test
    @TestSecurity(user = "manager-1", roles = "manager")
    void theManagementViewCountsContactsByResponsibilityArea() {
        given().queryParam("lang", "en").when().get("/manage").then().statusCode(200)
                .body(containsString("<h2 id=\"chart-areas-heading\">Contacts by responsibility area</h2>"))
                .body(containsString("<tr><th scope=\"row\">transport and infrastructure</th><td>6</td></tr><tr><th scope=\"row\">No responsibility area</th><td>3</td></tr>"));
        given().queryParam("lang", "sv").when().get("/manage").then().statusCode(200)
                .body(containsString("Kontakter per ansvarsområde")).body(containsString("<th scope=\"row\">trafik och infrastruktur</th>"));
    }

    @ParameterizedTest
    @CsvSource({"fi,Vastuualue,liikenne ja infrastruktuuri,Kaikki vastuualueet", "sv,Ansvarsområde,trafik och infrastruktur,Alla ansvarsområden",
            "en,Responsibility area,transport and infrastructure,All responsibility areas"})
    @TestSecurity(user = "manager-1", roles = "manager")
    @OidcSecurity(claims = @Claim(key = "org", value = "ely-uusimaa"))
    void theManagementViewOffersTheOrganisationsAreas(String language, String label, String area, String all) {
        given().queryParam("lang", language).when().get("/manage").then().statusCode(200)
                .body(containsString("<label for=\"area\">" + label + "</label>"))
                .body(containsString("<option value=\"\">" + all + "</option>"))
                .body(containsString("<option value=\"" + CatalogueAdminStubs.UUSIMAA_TRANSPORT + "\">" + area + "</option>"))
                .body(not(containsString(CatalogueAdminStubs.PIRKANMAA_TRANSPORT)));
    }

    @Test
    @TestSecurity(user = "manager-1", roles = "manager")
    @OidcSecurity(claims = @Claim(key = "org", value = "ely-uusimaa"))
    void anAreaChosenLimitsEveryFigureAndAnotherIsRefusedBesideTheSelect() {
        WorkdayStubs.STATISTICS.clear();
        given().queryParam("lang", "en").queryParam("days", 90).queryParam("area", CatalogueAdminStubs.UUSIMAA_TRANSPORT)
                .when().get("/manage").then().statusCode(200)
                .body(containsString("<option value=\"" + CatalogueAdminStubs.UUSIMAA_TRANSPORT + "\" selected>"))
                .body(containsString("href=\"/manage?days=30&amp;area=" + CatalogueAdminStubs.UUSIMAA_TRANSPORT + "\""))
                .body(containsString("&amp;area=" + CatalogueAdminStubs.UUSIMAA_TRANSPORT + "\" download>"))
                .body(containsString("<input type=\"hidden\" name=\"days\" value=\"90\">"));
        assertThat(WorkdayStubs.STATISTICS).hasSizeGreaterThanOrEqualTo(7)
                .allMatch(call -> call.contains("area=" + CatalogueAdminStubs.UUSIMAA_TRANSPORT), "every figure of the area");

        for (String refused : new String[] {CatalogueAdminStubs.PIRKANMAA_TRANSPORT, CatalogueAdminStubs.UUSIMAA, "not-an-id\u0000"}) {
            WorkdayStubs.STATISTICS.clear();
            given().queryParam("lang", "en").queryParam("area", refused).when().get("/manage").then().statusCode(400)
                    .body(containsString("<a href=\"#area\">Choose one of your organisation&#39;s responsibility areas."))
                    .body(containsString("<p class=\"error\" id=\"area-error\">"))
                    .body(containsString("aria-describedby=\"area-error\""))
                    .body(containsString("<option value=\"\">All responsibility areas</option>"));
            assertThat(WorkdayStubs.STATISTICS).isNotEmpty().noneMatch(call -> call.contains("area="));
        }
    }

    @Test
    @TestSecurity(user = "agent-1", roles = "agent")
    void otherRolesFindNoCataloguePages() {
        for (String path : new String[] {"/catalogue", DRAFT_PAGE, "/catalogue/organisations", "/catalogue/ptv",
                "/catalogue/channels", CHANNEL_PAGE}) {
            given().header("Accept-Language", "en").when().get(path).then().statusCode(403).body(containsString("<h1>No access</h1>"));
        }
        given().when().get("/?lang=en").then().body(not(containsString("href=\"/catalogue\"")));
    }

    @Test
    void withoutSigningInThePagesAskToSignIn() {
        given().redirects().follow(false).when().get("/catalogue/ptv").then().statusCode(303)
                .header("Location", containsString("/login?redirect=/catalogue/ptv"));
    }

    @Test
    @TestSecurity(user = "admin-uusimaa", roles = "catalogue-admin")
    @OidcSecurity(claims = @Claim(key = "org", value = "ely-uusimaa"))
    void theChannelListShowsTodaysHoursInEachLanguage() {
        given().queryParam("lang", "fi").when().get("/catalogue/channels").then().statusCode(200)
                .body(containsString("<h1>Asiointikanavat</h1>"))
                .body(containsString("<th scope=\"row\"><a href=\"" + CHANNEL_PAGE + "\">Puhelinpalvelu</a></th>"))
                .body(containsString("<td>Puhelinasiointi</td>")).body(containsString("<td>08:00–16:00</td>"));
        given().queryParam("lang", "sv").when().get("/catalogue/channels").then().statusCode(200)
                .body(containsString("<caption>Servicekanaler</caption>")).body(containsString(">Telefonservice</a>"));
        given().queryParam("lang", "en").when().get("/catalogue").then().statusCode(200)
                .body(containsString("<a href=\"/catalogue/channels\">Service channels and opening hours</a>"));
    }

    @Test
    @TestSecurity(user = "admin-uusimaa", roles = "catalogue-admin")
    @OidcSecurity(claims = @Claim(key = "org", value = "ely-uusimaa"))
    void hoursAreSavedWithTheVersionShownAndRefusalsSaidBesideTheField() {
        CookieFilter cookies = new CookieFilter();
        String page = given().filter(cookies).queryParam("lang", "en").when().get(CHANNEL_PAGE).then().statusCode(200)
                .body(containsString("<h1>Opening hours: Phone service</h1>"))
                .body(containsString("<input type=\"hidden\" name=\"version\" value=\"2\">"))
                .body(containsString("<legend>Monday</legend>"))
                .body(containsString("<label for=\"MONDAY-0-from\">Opens 1</label>"))
                .body(containsString("name=\"MONDAY-0-to\" type=\"text\" inputmode=\"numeric\" maxlength=\"5\" size=\"5\" autocomplete=\"off\" value=\"16:00\""))
                .body(containsString("id=\"MONDAY-1-from\""))
                .body(containsString("id=\"TUESDAY-0-from\"")).body(not(containsString("id=\"TUESDAY-1-from\"")))
                .body(containsString("value=\"2026-12-24\"")).body(containsString("<input id=\"x0-closed\" name=\"x0-closed\" type=\"checkbox\" checked>"))
                .body(containsString("value=\"Julafton\"")).body(containsString("<legend>Add an exceptional day</legend>"))
                .body(containsString("<input id=\"holidays\" name=\"holidays\" type=\"checkbox\" checked>"))
                .extract().asString();
        CatalogueAdminStubs.CALLS.clear();
        given().filter(cookies).redirects().follow(false).contentType("application/x-www-form-urlencoded")
                .formParam("csrf-token", Forms.csrfToken(page)).formParam("version", "2").formParam("holidays", "on")
                .formParam("MONDAY-0-from", "08:00").formParam("MONDAY-0-to", "12:00")
                .formParam("MONDAY-1-from", "13:00").formParam("MONDAY-1-to", "16:00").formParam("TUESDAY-0-from", "")
                .formParam("x0-date", "2026-12-24").formParam("x0-closed", "on").formParam("x0-note-fi", "Jouluaatto")
                .formParam("x1-date", "2026-12-30").formParam("x1-0-from", "10:00").formParam("x1-0-to", "14:00")
                .when().post(CHANNEL_PAGE).then().statusCode(303).header("Location", CHANNEL_PAGE + "?notice=saved");
        String put = CatalogueAdminStubs.CALLS.stream().filter(c -> c.startsWith("PUT")).findFirst().orElseThrow();
        assertThat(put).startsWith("PUT /api/v1/channels/" + CatalogueAdminStubs.CHANNEL + "/hours If-Match \"2\" ");
        JsonObject sent = new JsonObject(put.substring(put.indexOf('{')));
        assertThat(sent.getJsonArray("hours")).hasSize(2);
        assertThat(sent.getJsonArray("hours").getJsonObject(1).getString("from")).isEqualTo("13:00");
        assertThat(sent.getBoolean("closedOnPublicHolidays")).isTrue();
        assertThat(sent.getBoolean("alwaysOpen")).isFalse();
        assertThat(sent.getJsonArray("exceptions").getJsonObject(0).getBoolean("closed")).isTrue();
        assertThat(sent.getJsonArray("exceptions").getJsonObject(0).getJsonObject("note").getString("fi")).isEqualTo("Jouluaatto");
        assertThat(sent.getJsonArray("exceptions").getJsonObject(1).getJsonArray("periods").getJsonObject(0).getString("to"))
                .isEqualTo("14:00");
        assertThat(sent.getJsonArray("exceptions").getJsonObject(0).getJsonArray("periods")).as("closed: no periods").isEmpty();
        given().filter(cookies).when().get(CHANNEL_PAGE + "?notice=saved").then().body(containsString("The opening hours were saved."));

        // the catalogue refuses the second period sent, Tuesday's first: said beside that field, the typed values kept
        given().filter(cookies).contentType("application/x-www-form-urlencoded")
                .formParam("csrf-token", Forms.csrfToken(page)).formParam("version", "2")
                .formParam("MONDAY-0-from", "08:00").formParam("MONDAY-0-to", "12:00")
                .formParam("TUESDAY-0-from", "25:00").formParam("TUESDAY-0-to", "16:00")
                .when().post(CHANNEL_PAGE).then().statusCode(400)
                .body(containsString("<a href=\"#TUESDAY-0-from\">Give the time as HH:mm"))
                .body(containsString("<p class=\"error\" id=\"TUESDAY-0-from-error\">"))
                .body(containsString("aria-describedby=\"TUESDAY-0-from-error\""))
                .body(containsString("value=\"25:00\""));

        // a stale version: the current hours with a notice
        given().filter(cookies).contentType("application/x-www-form-urlencoded")
                .formParam("csrf-token", Forms.csrfToken(page)).formParam("version", "1")
                .formParam("MONDAY-0-from", "07:00").formParam("MONDAY-0-to", "12:00")
                .when().post(CHANNEL_PAGE).then().statusCode(409)
                .body(containsString("Someone else changed the channel&#39;s hours meanwhile."))
                .body(containsString("value=\"08:00\"")).body(not(containsString("value=\"07:00\"")))
                .body(containsString("<input type=\"hidden\" name=\"version\" value=\"2\">"));
    }

    @Test
    @TestSecurity(user = "admin-uusimaa", roles = "catalogue-admin")
    @OidcSecurity(claims = @Claim(key = "org", value = "ely-uusimaa"))
    void anExceptionalDayHasSeveralPeriodRowsAndARefusedOneIsSaidBesideIt() {
        CookieFilter cookies = new CookieFilter();
        String page = given().filter(cookies).queryParam("lang", "en").when().get(CHANNEL_PAGE).then().statusCode(200)
                .body(containsString("<label for=\"x1-0-from\">Period 1 opens (unless closed)</label>"))
                .body(containsString("id=\"x1-0-from\" name=\"x1-0-from\" type=\"text\" inputmode=\"numeric\" maxlength=\"5\" size=\"5\" autocomplete=\"off\" value=\"08:00\""))
                .body(containsString("id=\"x1-1-to\" name=\"x1-1-to\" type=\"text\" inputmode=\"numeric\" maxlength=\"5\" size=\"5\" autocomplete=\"off\" value=\"15:00\""))
                .body(containsString("<label for=\"x1-2-from\">Period 3 opens (unless closed)</label>"))
                .body(not(containsString("id=\"x1-3-from\"")))
                .extract().asString();
        given().queryParam("lang", "fi").when().get(CHANNEL_PAGE).then().statusCode(200)
                .body(containsString("<label for=\"x1-1-to\">Jakso 2 päättyy</label>"));
        given().queryParam("lang", "sv").when().get(CHANNEL_PAGE).then().statusCode(200)
                .body(containsString("<label for=\"x1-1-to\">Period 2 slutar</label>"));
        CatalogueAdminStubs.CALLS.clear();
        given().filter(cookies).redirects().follow(false).contentType("application/x-www-form-urlencoded")
                .formParam("csrf-token", Forms.csrfToken(page)).formParam("version", "2")
                .formParam("x1-date", "2026-12-30").formParam("x1-0-from", "08:00").formParam("x1-0-to", "11:00")
                .formParam("x1-2-from", "12:00").formParam("x1-2-to", "15:00")
                .when().post(CHANNEL_PAGE).then().statusCode(303);
        String put = CatalogueAdminStubs.CALLS.stream().filter(c -> c.startsWith("PUT")).findFirst().orElseThrow();
        JsonObject day = new JsonObject(put.substring(put.indexOf('{'))).getJsonArray("exceptions").getJsonObject(0);
        assertThat(day.getString("date")).isEqualTo("2026-12-30");
        assertThat(day.getJsonArray("periods").encode())
                .isEqualTo("[{\"from\":\"08:00\",\"to\":\"11:00\"},{\"from\":\"12:00\",\"to\":\"15:00\"}]");

        // the catalogue refuses the second exception's second period (overlapping): said beside that row's field
        given().filter(cookies).contentType("application/x-www-form-urlencoded").header("Accept-Language", "en")
                .formParam("csrf-token", Forms.csrfToken(page)).formParam("version", "2")
                .formParam("x0-date", "2026-12-24").formParam("x0-closed", "on")
                .formParam("x1-date", "2026-12-30").formParam("x1-0-from", "08:00").formParam("x1-0-to", "11:00")
                .formParam("x1-1-from", "10:30").formParam("x1-1-to", "15:00")
                .when().post(CHANNEL_PAGE).then().statusCode(400)
                .body(containsString("<a href=\"#x1-1-from\">"))
                .body(containsString("<p class=\"error\" id=\"x1-1-from-error\">"))
                .body(containsString("aria-describedby=\"x1-1-from-error\""))
                .body(containsString("value=\"10:30\""));
    }

    @Test
    @TestSecurity(user = "admin-uusimaa", roles = "catalogue-admin")
    @OidcSecurity(claims = @Claim(key = "org", value = "ely-uusimaa"))
    void anotherOrganisationsChannelIsNotThere() {
        given().header("Accept-Language", "en").when().get("/catalogue/channels/" + CatalogueAdminStubs.FOREIGN_CHANNEL)
                .then().statusCode(404).body(containsString("Page not found"));
        given().when().get("/catalogue/channels/not-an-id").then().statusCode(404);
    }
}
