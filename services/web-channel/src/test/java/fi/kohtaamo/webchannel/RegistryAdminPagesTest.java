package fi.kohtaamo.webchannel;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.filter.cookie.CookieFilter;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

/**
 * Registry administration's pages against a stand-in of the client registry: segments (a list, a
 * change naming the version it replaces, a preview that saves nothing, refusals beside their
 * fields) and citizens' erasure requests (a decision with a reason), in Finnish, Swedish and
 * English; nobody else opens them.
 */
@QuarkusTest
@QuarkusTestResource(DomainServiceStubs.class)
@ExtendWith(DomainServiceStubs.OnContract.class)
class RegistryAdminPagesTest {

    private static final String SEGMENT = "/registry/segments/helsinki-young-adults";
    private static final String DECISION = "/registry/erasure-requests/" + RegistryAdminStubs.ERASURE;
    private static final String PERSON = "/registry/clients/" + RegistryAdminStubs.PERSON;

    @Test
    @TestSecurity(user = "agent-1", roles = {"agent", "supervisor"})
    void otherStaffHaveNoRegistryPages() {
        for (String page : new String[]{"/registry", "/registry/segments", SEGMENT, "/registry/erasure-requests", DECISION,
                "/registry/clients", PERSON, "/registry/clients/new", PERSON + "/merge"}) {
            given().header("Accept-Language", "en").when().get(page).then().statusCode(403);
        }
        given().queryParam("lang", "en").when().get("/work").then().body(not(containsString("href=\"/registry\"")));
    }

    @Test
    @TestSecurity(user = "citizen-1", roles = "citizen")
    void citizensHaveNoRegistryPages() {
        given().when().get("/registry/segments").then().statusCode(403);
        RegistryAdminStubs.CALLS.clear();
        given().contentType("application/x-www-form-urlencoded").formParam("decision", "approve")
                .formParam("reason", "Because I can").when().post(DECISION).then().statusCode(org.hamcrest.Matchers.oneOf(403, 404));
        assertThat(RegistryAdminStubs.CALLS).isEmpty();
    }

    @Test
    void withoutSigningInItAsksToSignIn() {
        given().redirects().follow(false).when().get("/registry/segments").then().statusCode(303)
                .header("Location", "/login?redirect=/registry/segments");
    }

    @ParameterizedTest
    @CsvSource({"fi, Asiakasrekisterin ylläpito, Nuoret aikuiset Helsingissä, Käsin asetettava tunniste, Poistopyynnöt",
            "sv, Förvaltning av kundregistret, Unga vuxna i Helsingfors, Märkning för hand, Begäranden om radering",
            "en, Registry administration, Young adults in Helsinki, Manual tag, Erasure requests"})
    @TestSecurity(user = "registry-admin-1", roles = "registry-admin")
    void theListsInEachLanguage(String lang, String heading, String segmentName, String manual, String erasures) {
        given().queryParam("lang", lang).when().get("/registry").then().statusCode(200)
                .header("Cache-Control", "no-store")
                .body(containsString("<h1>" + heading + "</h1>"))
                .body(containsString("<a href=\"/registry/erasure-requests\">" + erasures + "</a>"))
                .body(containsString("<a href=\"/registry\">"));
        given().queryParam("lang", lang).when().get("/registry/segments").then().statusCode(200)
                .body(containsString("<a href=\"" + SEGMENT + "\">" + segmentName + "</a> (helsinki-young-adults)"))
                .body(containsString("<td>PERSON, 091, 18–35</td>"))
                .body(containsString("<td>" + manual + "</td>"))
                .body(containsString("<caption>"));
        given().queryParam("lang", lang).when().get("/registry/erasure-requests").then().statusCode(200)
                .body(containsString("<h1>" + erasures + "</h1>"))
                .body(containsString("<td>I moved abroad</td>"))
                .body(containsString("href=\"" + DECISION + "\""));
        given().queryParam("lang", lang).when().get(DECISION).then().statusCode(200)
                .body(containsString("<dd>" + RegistryAdminStubs.ERASED_CLIENT + "</dd>"))
                .body(containsString("<label for=\"reason\">"));
    }

    @Test
    @TestSecurity(user = "registry-admin-1", roles = "registry-admin")
    void aPreviewCountsWithoutSavingAndASaveNamesTheVersionItReplaces() {
        CookieFilter cookies = new CookieFilter();
        String page = given().filter(cookies).queryParam("lang", "en").when().get(SEGMENT).then().statusCode(200)
                .body(containsString("<input type=\"hidden\" name=\"version\" value=\"3\">"))
                .body(containsString("value=\"Unga vuxna i Helsingfors\""))
                .body(containsString("id=\"kinds-PERSON\" name=\"kinds\" value=\"PERSON\" checked"))
                .body(containsString("id=\"kinds-ORGANISATION\" name=\"kinds\" value=\"ORGANISATION\">"))
                .body(containsString("id=\"preferredChannels-CHAT\" name=\"preferredChannels\" value=\"CHAT\" checked"))
                .body(containsString("<label for=\"municipalities\">Municipality codes</label>"))
                .body(containsString("value=\"091\""))
                .extract().asString();
        RegistryAdminStubs.CALLS.clear();
        form(cookies, page).formParam("action", "preview").when().post(SEGMENT).then().statusCode(200)
                .body(containsString("42 clients match these criteria today. Nothing was saved yet."))
                .body(containsString("value=\"Young adults\""));
        assertThat(RegistryAdminStubs.CALLS).noneMatch(call -> call.startsWith("PUT"));
        assertThat(RegistryAdminStubs.CALLS).anyMatch(call -> call.startsWith("POST /api/v1/segments/preview")
                && call.contains("\"municipalities\":[\"091\"]") && call.contains("\"minAge\":18"));

        RegistryAdminStubs.CALLS.clear();
        form(cookies, page).formParam("action", "save").redirects().follow(false).when().post(SEGMENT).then().statusCode(303)
                .header("Location", "/registry/segments?notice=segment_saved");
        String put = RegistryAdminStubs.CALLS.stream().filter(call -> call.startsWith("PUT")).findFirst().orElseThrow();
        assertThat(put).startsWith("PUT /api/v1/segments/helsinki-young-adults If-Match \"3\" ")
                .contains("\"nameEn\":\"Young adults\"").contains("\"kinds\":[\"PERSON\"]").contains("\"sizeClasses\":[\"SMALL\",\"MICRO\"]")
                .contains("\"preferredChannels\":[\"WEB\",\"PHONE\"]");
        given().filter(cookies).queryParam("lang", "en").queryParam("notice", "segment_saved").when().get("/registry/segments")
                .then().body(containsString("The segment was saved"));
    }

    @Test
    @TestSecurity(user = "registry-admin-1", roles = "registry-admin")
    void aStaleSaveShowsTheCurrentValuesWithANotice() {
        CookieFilter cookies = new CookieFilter();
        String page = given().filter(cookies).when().get("/registry/segments/new").then().statusCode(200).extract().asString();
        given().filter(cookies).contentType("application/x-www-form-urlencoded").header("Accept-Language", "sv")
                .formParam("csrf-token", Forms.csrfToken(page)).formParam("version", "2").formParam("nameFi", "Vanha")
                .formParam("action", "save").when().post(SEGMENT).then().statusCode(409)
                .body(containsString("Någon annan ändrade segmentet under tiden"))
                .body(containsString("<input type=\"hidden\" name=\"version\" value=\"3\">"))
                .body(containsString("value=\"Nuoret aikuiset Helsingissä\""));
    }

    @Test
    @TestSecurity(user = "registry-admin-1", roles = "registry-admin")
    void refusalsAreShownBesideTheirFields() {
        CookieFilter cookies = new CookieFilter();
        String page = given().filter(cookies).when().get("/registry/segments/new").then().statusCode(200).extract().asString();
        String csrf = Forms.csrfToken(page);
        given().filter(cookies).contentType("application/x-www-form-urlencoded").header("Accept-Language", "en")
                .formParam("csrf-token", csrf).formParam("code", "Bad Code!").formParam("nameFi", "x".repeat(201))
                .formParam("organisationTypes", "OY, R\u0000Y").formParam("municipalities", "Helsinki")
                .formParam("kinds", "ROBOT").formParam("minAge", "40").formParam("maxAge", "30").formParam("action", "save")
                .when().post("/registry/segments/new").then().statusCode(400)
                .body(containsString("<p class=\"error\" id=\"code-error\">Give a code of 2 to 60"))
                .body(containsString("<p class=\"error\" id=\"nameFi-error\">Give a name of at most 200"))
                .body(containsString("<p class=\"error\" id=\"organisationTypes-error\">"))
                .body(containsString("<p class=\"error\" id=\"municipalities-error\">"))
                .body(containsString("<p class=\"error\" id=\"kinds-error\">"))
                .body(containsString("<p class=\"error\" id=\"minAge-error\">Give a whole number from 0 to 150"))
                .body(containsString("<a href=\"#municipalities\">"));
        // a code another segment has
        given().filter(cookies).contentType("application/x-www-form-urlencoded").header("Accept-Language", "fi")
                .formParam("csrf-token", csrf).formParam("code", "partner").formParam("nameFi", "Kumppani")
                .formParam("action", "save").when().post("/registry/segments/new").then().statusCode(409)
                .body(containsString("<p class=\"error\" id=\"code-error\">Tällä tunnuksella on jo segmentti"));
        // the registry's own refusal, beside the field it names
        given().filter(cookies).contentType("application/x-www-form-urlencoded").header("Accept-Language", "en")
                .formParam("csrf-token", csrf).formParam("code", "farms").formParam("nameFi", "Tilat")
                .formParam("industryCodePrefixes", "99999").formParam("action", "save")
                .when().post("/registry/segments/new").then().statusCode(400)
                .body(containsString("<p class=\"error\" id=\"industryCodePrefixes-error\">"));
    }

    @Test
    @TestSecurity(user = "registry-admin-1", roles = "registry-admin")
    void anErasureDecisionNeedsAChoiceAndAReason() {
        CookieFilter cookies = new CookieFilter();
        String page = given().filter(cookies).when().get(DECISION).then().statusCode(200).extract().asString();
        String csrf = Forms.csrfToken(page);
        given().filter(cookies).contentType("application/x-www-form-urlencoded").header("Accept-Language", "en")
                .formParam("csrf-token", csrf).formParam("reason", "No\u0000").when().post(DECISION).then().statusCode(400)
                .body(containsString("<p class=\"error\" id=\"decision-error\">Choose whether to approve or reject"))
                .body(containsString("<p class=\"error\" id=\"reason-error\">Give a reason of 5 to 500 characters.</p>"));
        given().filter(cookies).contentType("application/x-www-form-urlencoded").header("Accept-Language", "sv")
                .formParam("csrf-token", csrf).formParam("decision", "reject").formParam("reason", "x".repeat(501))
                .when().post(DECISION).then().statusCode(400)
                .body(containsString("<p class=\"error\" id=\"reason-error\">Ange en motivering på 5–500 tecken.</p>"));
        // 100,000 characters never reach a page: the form limit refuses them (413), and nothing is decided
        RegistryAdminStubs.CALLS.clear();
        given().filter(cookies).contentType("application/x-www-form-urlencoded").formParam("csrf-token", csrf)
                .formParam("decision", "reject").formParam("reason", "x".repeat(100_000)).when().post(DECISION).then().statusCode(413);
        assertThat(RegistryAdminStubs.CALLS).isEmpty();

        RegistryAdminStubs.CALLS.clear();
        given().filter(cookies).redirects().follow(false).contentType("application/x-www-form-urlencoded")
                .formParam("csrf-token", csrf).formParam("decision", "reject").formParam("reason", "A permit matter is still open")
                .when().post(DECISION).then().statusCode(303)
                .header("Location", "/registry/erasure-requests?notice=erasure_rejected");
        assertThat(RegistryAdminStubs.CALLS).contains("POST /api/v1/erasure-requests/" + RegistryAdminStubs.ERASURE
                + "/decision {\"approve\":false,\"reason\":\"A permit matter is still open\"}");
        given().filter(cookies).queryParam("lang", "fi").queryParam("notice", "erasure_rejected")
                .when().get("/registry/erasure-requests").then().body(containsString("Pyyntö hylättiin"));

        // decided meanwhile by someone else: a notice, not an error page
        given().filter(cookies).redirects().follow(false).contentType("application/x-www-form-urlencoded")
                .formParam("csrf-token", csrf).formParam("decision", "approve").formParam("reason", "Nothing keeps it")
                .when().post("/registry/erasure-requests/" + RegistryAdminStubs.DECIDED).then().statusCode(303)
                .header("Location", "/registry/erasure-requests?notice=erasure_decided");
        given().when().get("/registry/erasure-requests/" + java.util.UUID.randomUUID()).then().statusCode(404);
        given().when().get("/registry/erasure-requests/not-an-id").then().statusCode(404);
    }

    @ParameterizedTest
    @CsvSource({"fi, Asiakkaat, Löytyneet asiakkaat, Henkilö, Asiakkaan tiedot, Korjaa tietoja, Käyttötarkoitus",
            "sv, Kunder, Kunder som hittades, Person, Kundens uppgifter, Korrigera uppgifterna, Syfte",
            "en, Clients, Clients found, Person, Client record, Correct the record, Purpose"})
    @TestSecurity(user = "registry-admin-1", roles = "registry-admin")
    void clientsAreFoundByAPostedSearchAndShownInEachLanguage(String lang, String heading, String results, String person,
                                                              String record, String correction, String purpose) {
        CookieFilter cookies = new CookieFilter();
        String page = given().filter(cookies).queryParam("lang", lang).when().get("/registry/clients").then().statusCode(200)
                .body(containsString("<h1>" + heading + "</h1>"))
                .body(containsString("<form method=\"post\" action=\"/registry/clients\""))
                .body(containsString("<label for=\"purpose\">" + purpose + "</label>"))
                .extract().asString();
        Client360Stubs.CALLS.clear();
        given().filter(cookies).contentType("application/x-www-form-urlencoded").queryParam("lang", lang)
                .formParam("csrf-token", Forms.csrfToken(page)).formParam("q", "Meikäläinen")
                .formParam("purpose", "Checking a duplicate").when().post("/registry/clients").then().statusCode(200)
                .body(containsString("<caption>" + results + "</caption>"))
                .body(containsString("<a href=\"/registry/clients/" + Client360Stubs.FOUND + "\">Maija Meikäläinen</a>"))
                .body(containsString("<td>" + person + "</td>"))
                .body(containsString("value=\"Meikäläinen\""));
        // the name travels in the body with the purpose, and registry administration names no contact
        assertThat(Client360Stubs.CALLS).anyMatch(call -> call.startsWith("search ") && call.contains("\"q\":\"Meikäläinen\"")
                && call.contains("\"purpose\":\"Checking a duplicate\"") && !call.contains("contactId"));

        RegistryAdminStubs.CALLS.clear();
        given().filter(cookies).queryParam("lang", lang).when().get(PERSON).then().statusCode(200)
                .body(containsString("<h1>" + record + "</h1>"))
                .body(containsString("<h2 id=\"correction-heading\">" + correction + "</h2>"))
                .body(containsString("<dd>010180-****</dd>"))
                .body(containsString("<input type=\"hidden\" name=\"version\" value=\"5\">"))
                .body(containsString("value=\"ville@example.org\""))
                .body(containsString("<option value=\"fi\" selected>"));
        // the read is the registry's audited read, with the page's purpose
        assertThat(RegistryAdminStubs.CALLS).contains("GET /api/v1/clients/" + RegistryAdminStubs.PERSON);
        given().filter(cookies).queryParam("lang", lang).when().get("/registry/clients/" + RegistryAdminStubs.ORGANISATION)
                .then().statusCode(200).body(containsString("value=\"Rakennus Oy\"")).body(containsString("<dd>1234567-1</dd>"))
                .body(not(containsString("id=\"firstName\"")));
    }

    @Test
    @TestSecurity(user = "registry-admin-1", roles = "registry-admin")
    void aSearchNeedsAPurposeAndACriterionBesideTheirFields() {
        CookieFilter cookies = new CookieFilter();
        String csrf = Forms.csrfToken(given().filter(cookies).when().get("/registry/clients").then().extract().asString());
        Client360Stubs.CALLS.clear();
        given().filter(cookies).contentType("application/x-www-form-urlencoded").header("Accept-Language", "en")
                .formParam("csrf-token", csrf).formParam("purpose", "x\u0000y").when().post("/registry/clients").then().statusCode(400)
                .body(containsString("<p class=\"error\" id=\"q-error\">Give at least one search criterion."))
                .body(containsString("<p class=\"error\" id=\"purpose-error\">Write the purpose, 5–200 characters."));
        assertThat(Client360Stubs.CALLS).noneMatch(call -> call.startsWith("search "));
        // the registry's refusal of an identity code, beside that field
        given().filter(cookies).contentType("application/x-www-form-urlencoded").header("Accept-Language", "sv")
                .formParam("csrf-token", csrf).formParam("identityCode", "010101-0101").formParam("purpose", "Checking a duplicate")
                .when().post("/registry/clients").then().statusCode(400)
                .body(containsString("<p class=\"error\" id=\"identityCode-error\">Kontrollera detta sökvillkor."));
        given().filter(cookies).contentType("application/x-www-form-urlencoded").header("Accept-Language", "fi")
                .formParam("csrf-token", csrf).formParam("q", "nobody").formParam("purpose", "Checking a duplicate")
                .when().post("/registry/clients").then().statusCode(200)
                .body(containsString("Hakuehdoilla ei löytynyt asiakkaita."));
    }

    @Test
    @TestSecurity(user = "registry-admin-1", roles = "registry-admin")
    void aCorrectionNamesTheVersionShownAndAStaleOneShowsTheCurrentValues() {
        CookieFilter cookies = new CookieFilter();
        String csrf = Forms.csrfToken(given().filter(cookies).when().get(PERSON).then().extract().asString());
        RegistryAdminStubs.CALLS.clear();
        correction(cookies, csrf, "5", "ville.virtanen@example.org").redirects().follow(false).when().post(PERSON).then()
                .statusCode(303).header("Location", PERSON + "?notice=client_corrected");
        String put = RegistryAdminStubs.CALLS.stream().filter(call -> call.startsWith("PUT")).findFirst().orElseThrow();
        // the corrected fields, the rest as held; no identity code, so the one held stays
        assertThat(put).startsWith("PUT /api/v1/clients/" + RegistryAdminStubs.PERSON + " If-Match \"5\" ")
                .contains("\"lastName\":\"Virtanen-Korhonen\"").contains("\"emails\":[\"ville.virtanen@example.org\"]")
                .contains("\"street\":\"Kauppakatu 1\"").contains("\"preferredChannels\":[\"EMAIL\"]")
                .doesNotContain("identityCode");
        given().filter(cookies).queryParam("lang", "en").queryParam("notice", "client_corrected").when().get(PERSON).then()
                .body(containsString("The correction was saved."));

        // the page's language is remembered from the visit above (English)
        correction(cookies, csrf, "4", "ville.virtanen@example.org").header("Accept-Language", "sv").when().post(PERSON).then()
                .statusCode(409)
                .body(containsString("Someone else changed the client meanwhile."))
                .body(containsString("<input type=\"hidden\" name=\"version\" value=\"5\">"))
                .body(containsString("value=\"Virtanen\""));
    }

    @Test
    @TestSecurity(user = "registry-admin-1", roles = "registry-admin")
    void correctionRefusalsAreShownBesideTheirFields() {
        CookieFilter cookies = new CookieFilter();
        String csrf = Forms.csrfToken(given().filter(cookies).when().get(PERSON).then().extract().asString());
        RegistryAdminStubs.CALLS.clear();
        given().filter(cookies).contentType("application/x-www-form-urlencoded").header("Accept-Language", "en")
                .formParam("csrf-token", csrf).formParam("version", "5").formParam("firstName", "")
                .formParam("lastName", "V\u0000").formParam("municipalityCode", "Helsinki").formParam("preferredLanguage", "de")
                .when().post(PERSON).then().statusCode(400)
                .body(containsString("<p class=\"error\" id=\"firstName-error\">Write the name"))
                .body(containsString("<p class=\"error\" id=\"lastName-error\">"))
                .body(containsString("<p class=\"error\" id=\"municipalityCode-error\">A municipality code has three digits."))
                .body(containsString("<p class=\"error\" id=\"preferredLanguage-error\">"))
                .body(containsString("value=\"Helsinki\""));
        assertThat(RegistryAdminStubs.CALLS).noneMatch(call -> call.startsWith("PUT"));
        correction(cookies, csrf, "5", "refused@example.fi").header("Accept-Language", "fi").when().post(PERSON).then()
                .statusCode(400)
                .body(containsString("<p class=\"error\" id=\"emails-error\">Rekisteri ei hyväksynyt tätä arvoa."))
                .body(containsString("value=\"refused@example.fi\""));
    }

    @Test
    @TestSecurity(user = "registry-admin-1", roles = "registry-admin")
    void aClientTheRegistryDoesNotShowIsNotThere() {
        String hidden = "/registry/clients/" + RegistryAdminStubs.HIDDEN;
        given().when().get(hidden).then().statusCode(404);
        given().when().get("/registry/clients/not-an-id").then().statusCode(404);
        CookieFilter cookies = new CookieFilter();
        String csrf = Forms.csrfToken(given().filter(cookies).when().get(PERSON).then().extract().asString());
        correction(cookies, csrf, "5", "a@example.org").when().post(hidden).then().statusCode(404);
    }

    @ParameterizedTest
    @CsvSource({"fi, Rekisteröi asiakas, Asiakas rekisteröitiin., Avaa olemassa oleva asiakas",
            "sv, Registrera en kund, Kunden registrerades., Öppna den befintliga kunden",
            "en, Register a client, The client was registered., Open the existing client"})
    @TestSecurity(user = "registry-admin-1", roles = "registry-admin")
    void aClientIsRegisteredAndADuplicateIsLinkedToTheOneHeld(String lang, String heading, String registered, String existing) {
        CookieFilter cookies = new CookieFilter();
        String page = given().filter(cookies).queryParam("lang", lang).when().get("/registry/clients/new").then().statusCode(200)
                .body(containsString("<h1>" + heading + "</h1>"))
                .body(containsString("<form method=\"post\" action=\"/registry/clients/new\""))
                .body(containsString("<input type=\"radio\" id=\"kind-PERSON\" name=\"kind\" value=\"PERSON\" checked>"))
                .extract().asString();
        RegistryAdminStubs.CALLS.clear();
        registration(cookies, Forms.csrfToken(page), "Uusi Oy").redirects().follow(false).when().post("/registry/clients/new")
                .then().statusCode(303).header("Location", "/registry/clients/" + RegistryAdminStubs.ORGANISATION + "?notice=client_registered");
        // the organisation's fields only: no person's names or identity code travel
        assertThat(RegistryAdminStubs.CALLS).anyMatch(call -> call.startsWith("POST /api/v1/clients {")
                && call.contains("\"kind\":\"ORGANISATION\"") && call.contains("\"businessId\":\"7654321-0\"")
                && call.contains("\"emails\":[\"info@uusi.fi\"]") && call.contains("\"sizeClass\":\"SMALL\"")
                && !call.contains("firstName\":\"") && !call.contains("identityCode\":\""));
        given().filter(cookies).queryParam("lang", lang).queryParam("notice", "client_registered")
                .when().get("/registry/clients/" + RegistryAdminStubs.ORGANISATION).then().body(containsString(registered));
        // the business id is held: the refusal beside it, and a link to the client that holds it
        registration(cookies, Forms.csrfToken(page), "Rakennus Oy").when().post("/registry/clients/new").then().statusCode(409)
                .body(containsString("<p class=\"error\" id=\"businessId-error\">"))
                .body(containsString("<a href=\"/registry/clients/" + RegistryAdminStubs.ORGANISATION + "\">" + existing + "</a>"))
                .body(containsString("value=\"Rakennus Oy\""));
    }

    @Test
    @TestSecurity(user = "registry-admin-1", roles = "registry-admin")
    void registrationRefusalsAreShownBesideTheirFields() {
        CookieFilter cookies = new CookieFilter();
        String csrf = Forms.csrfToken(given().filter(cookies).when().get("/registry/clients/new").then().extract().asString());
        RegistryAdminStubs.CALLS.clear();
        given().filter(cookies).contentType("application/x-www-form-urlencoded").header("Accept-Language", "en")
                .formParam("csrf-token", csrf).formParam("kind", "PERSON").formParam("firstName", "")
                .formParam("lastName", "x".repeat(101)).formParam("identityCode", "0101\u0000").formParam("municipalityCode", "91")
                .formParam("preferredLanguage", "de").formParam("sizeClass", "HUGE")
                .when().post("/registry/clients/new").then().statusCode(400)
                .body(containsString("<p class=\"error\" id=\"firstName-error\">Write the name"))
                .body(containsString("<p class=\"error\" id=\"lastName-error\">"))
                .body(containsString("<p class=\"error\" id=\"identityCode-error\">"))
                .body(containsString("<p class=\"error\" id=\"municipalityCode-error\">A municipality code has three digits."))
                .body(containsString("<p class=\"error\" id=\"preferredLanguage-error\">"))
                .body(containsString("<p class=\"error\" id=\"sizeClass-error\">"));
        given().filter(cookies).contentType("application/x-www-form-urlencoded").header("Accept-Language", "en")
                .formParam("csrf-token", csrf).formParam("kind", "ROBOT").when().post("/registry/clients/new").then().statusCode(400)
                .body(containsString("<p class=\"error\" id=\"kind-error\">"));
        assertThat(RegistryAdminStubs.CALLS).noneMatch(call -> call.startsWith("POST"));
        // the registry's refusal, beside the field it names
        given().filter(cookies).contentType("application/x-www-form-urlencoded").header("Accept-Language", "sv")
                .formParam("csrf-token", csrf).formParam("kind", "PERSON").formParam("firstName", "Rita")
                .formParam("lastName", "Refused").formParam("emails", "rita@").formParam("preferredLanguage", "sv")
                .when().post("/registry/clients/new").then().statusCode(400)
                .body(containsString("<p class=\"error\" id=\"emails-error\">"))
                .body(containsString("value=\"rita@\""));
    }

    private static RequestSpecification registration(CookieFilter cookies, String csrf, String name) {
        return given().filter(cookies).contentType("application/x-www-form-urlencoded").formParam("csrf-token", csrf)
                .formParam("kind", "ORGANISATION").formParam("firstName", "Not").formParam("lastName", "Sent")
                .formParam("identityCode", "010190-123A").formParam("name", name).formParam("businessId", "7654321-0")
                .formParam("organisationType", "OY").formParam("industryCode", "41200").formParam("sizeClass", "SMALL")
                .formParam("emails", "info@uusi.fi").formParam("phones", "").formParam("municipalityCode", "091")
                .formParam("preferredLanguage", "fi");
    }

    @ParameterizedTest
    @CsvSource({"fi, Yhdistä kaksoiskappale, Vahvista yhdistäminen, Säilyvä asiakas, Yhdistämistä ei voi perua., Kaksoiskappale yhdistettiin",
            "sv, Slå ihop en dubblett, Bekräfta sammanslagningen, Kunden som blir kvar, Sammanslagningen kan inte ångras., Dubbletten slogs ihop",
            "en, Merge a duplicate, Confirm the merge, The client that stays, A merge cannot be undone., The duplicate was merged"})
    @TestSecurity(user = "registry-admin-1", roles = "registry-admin")
    void aDuplicateIsChosenByTheSearchConfirmedSideBySideAndMergedAtTheVersionsShown(String lang, String heading, String confirm,
                                                                                      String survivor, String undone, String merged) {
        CookieFilter cookies = new CookieFilter();
        String page = given().filter(cookies).queryParam("lang", lang).when().get(PERSON + "/merge").then().statusCode(200)
                .body(containsString("<h1>" + heading + "</h1>"))
                .body(containsString("<form method=\"post\" action=\"/registry/clients/" + RegistryAdminStubs.PERSON + "/merge/search\""))
                .extract().asString();
        String csrf = Forms.csrfToken(page);
        Client360Stubs.CALLS.clear();
        given().filter(cookies).contentType("application/x-www-form-urlencoded").formParam("csrf-token", csrf)
                .formParam("q", "Meikäläinen").formParam("purpose", "Looking for a duplicate").when().post(PERSON + "/merge/search")
                .then().statusCode(200)
                .body(containsString("<input type=\"hidden\" name=\"duplicateId\" value=\"" + Client360Stubs.FOUND + "\">"));
        assertThat(Client360Stubs.CALLS).anyMatch(call -> call.startsWith("search ") && call.contains("Looking for a duplicate"));
        given().filter(cookies).contentType("application/x-www-form-urlencoded").formParam("csrf-token", csrf)
                .formParam("purpose", "x").when().post(PERSON + "/merge/search").then().statusCode(400)
                .body(containsString("<p class=\"error\" id=\"purpose-error\">"));

        given().filter(cookies).contentType("application/x-www-form-urlencoded").formParam("csrf-token", csrf)
                .formParam("duplicateId", RegistryAdminStubs.DUPLICATE).when().post(PERSON + "/merge/confirm").then().statusCode(200)
                .body(containsString("<h1>" + confirm + "</h1>"))
                .body(containsString(survivor + "</th>"))
                .body(containsString(undone))
                .body(containsString("<td>ville@example.org</td><td>ville.v@example.org</td>"))
                .body(containsString("<input type=\"hidden\" name=\"version\" value=\"5\">"))
                .body(containsString("<input type=\"hidden\" name=\"duplicateVersion\" value=\"1\">"));

        RegistryAdminStubs.CALLS.clear();
        merge(cookies, csrf, "5", "1", RegistryAdminStubs.DUPLICATE).redirects().follow(false).when().post(PERSON + "/merge").then()
                .statusCode(303).header("Location", PERSON + "?notice=client_merged");
        assertThat(RegistryAdminStubs.CALLS).anyMatch(call -> call.startsWith("POST /api/v1/clients/" + RegistryAdminStubs.PERSON
                + "/merge If-Match \"5\" ") && call.contains("\"duplicateId\":\"" + RegistryAdminStubs.DUPLICATE + "\"")
                && call.contains("\"duplicateVersion\":1") && call.contains("\"reason\":\"Same person twice\""));
        given().filter(cookies).queryParam("lang", lang).queryParam("notice", "client_merged").when().get(PERSON).then()
                .body(containsString(merged));
    }

    @Test
    @TestSecurity(user = "registry-admin-1", roles = "registry-admin")
    void aStaleOrRefusedMergeShowsTheCurrentRecordsWithANotice() {
        CookieFilter cookies = new CookieFilter();
        String csrf = Forms.csrfToken(given().filter(cookies).when().get(PERSON + "/merge").then().extract().asString());
        merge(cookies, csrf, "4", "1", RegistryAdminStubs.DUPLICATE).header("Accept-Language", "en").when().post(PERSON + "/merge")
                .then().statusCode(409)
                .body(containsString("Someone else changed one of the clients meanwhile."))
                .body(containsString("<input type=\"hidden\" name=\"version\" value=\"5\">"))
                .body(containsString("value=\"Same person twice\""));
        merge(cookies, csrf, "5", "0", RegistryAdminStubs.DUPLICATE).header("Accept-Language", "en").when().post(PERSON + "/merge")
                .then().statusCode(409).body(containsString("Someone else changed one of the clients meanwhile."));
        merge(cookies, csrf, "5", "1", RegistryAdminStubs.ORGANISATION).header("Accept-Language", "en").when().post(PERSON + "/merge")
                .then().statusCode(409).body(containsString("they are not the same client"));
        RegistryAdminStubs.CALLS.clear();
        given().filter(cookies).contentType("application/x-www-form-urlencoded").header("Accept-Language", "fi")
                .formParam("csrf-token", csrf).formParam("version", "5").formParam("duplicateVersion", "1")
                .formParam("duplicateId", RegistryAdminStubs.DUPLICATE).formParam("reason", "ab\u0000")
                .when().post(PERSON + "/merge").then().statusCode(400)
                .body(containsString("<p class=\"error\" id=\"reason-error\">Kirjoita perustelu, 5–500 merkkiä."));
        assertThat(RegistryAdminStubs.CALLS).noneMatch(call -> call.startsWith("POST"));
        merge(cookies, csrf, "5", "1", RegistryAdminStubs.HIDDEN).when().post(PERSON + "/merge").then().statusCode(404);
        merge(cookies, csrf, "5", "1", "not-an-id").when().post(PERSON + "/merge").then().statusCode(404);
    }

    private static RequestSpecification merge(CookieFilter cookies, String csrf, String version, String duplicateVersion,
                                               String duplicate) {
        return given().filter(cookies).contentType("application/x-www-form-urlencoded").formParam("csrf-token", csrf)
                .formParam("version", version).formParam("duplicateVersion", duplicateVersion).formParam("duplicateId", duplicate)
                .formParam("reason", "Same person twice");
    }

    /** The person's correction form as a browser posts it back. */
    private static RequestSpecification correction(CookieFilter cookies, String csrf, String version, String email) {
        return given().filter(cookies).contentType("application/x-www-form-urlencoded").formParam("csrf-token", csrf)
                .formParam("version", version).formParam("firstName", "Ville").formParam("lastName", "Virtanen-Korhonen")
                .formParam("emails", email).formParam("phones", "358401111111").formParam("municipalityCode", "091")
                .formParam("preferredLanguage", "fi");
    }

    /** The segment form as a browser posts it back, with the changes this test makes. */
    private static RequestSpecification form(CookieFilter cookies, String page) {
        return given().filter(cookies).contentType("application/x-www-form-urlencoded").header("Accept-Language", "en")
                .formParam("csrf-token", Forms.csrfToken(page)).formParam("version", "3")
                .formParam("nameFi", "Nuoret aikuiset Helsingissä").formParam("nameSv", "").formParam("nameEn", "Young adults")
                .formParam("kinds", "PERSON").formParam("sizeClasses", "SMALL").formParam("sizeClasses", "MICRO")
                .formParam("municipalities", "091").formParam("minAge", "18").formParam("maxAge", "35")
                .formParam("preferredChannels", "WEB").formParam("preferredChannels", "PHONE");
    }
}
