package fi.kohtaamo.webchannel;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import io.restassured.filter.cookie.CookieFilter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

/**
 * A client's relations and stakeholder roles on registry administration's client page, and the
 * similar clients asked about before registering, against a stand-in of the client registry: each
 * change names the version shown (If-Match), a stale one is shown as a refusal, nothing is chosen
 * by typing an id.
 */
@QuarkusTest
@QuarkusTestResource(DomainServiceStubs.class)
@ExtendWith(DomainServiceStubs.OnContract.class)
class RegistryRelationPagesTest {

    private static final String PERSON = "/registry/clients/" + RegistryAdminStubs.PERSON;
    private static final String ORGANISATION = "/registry/clients/" + RegistryAdminStubs.ORGANISATION;

    @ParameterizedTest
    @CsvSource({"fi, Suhteet, Edustaja, Sidosryhmäroolit, Kumppani, Ohjausryhmä, Roolit suhteessa virastoon ely-uusimaa",
            "sv, Relationer, Företrädare, Intressentroller, Partner, Styrgrupp, Roller gentemot myndigheten ely-uusimaa",
            "en, Relations, Representative, Stakeholder roles, Partner, Steering body, Roles towards ely-uusimaa"})
    @TestSecurity(user = "registry-admin-1", roles = "registry-admin")
    @OidcSecurity(claims = @Claim(key = "org", value = "ely-uusimaa"))
    void theClientPageShowsRelationsAndTheOrganisationsRolesInEachLanguage(String lang, String relations, String representative,
                                                                             String roles, String partner, String steering,
                                                                             String towards) {
        given().queryParam("lang", lang).when().get(PERSON).then().statusCode(200)
                .body(containsString("<h2 id=\"relations-heading\">" + relations + "</h2>"))
                .body(containsString("<th scope=\"row\"><a href=\"" + ORGANISATION + "\">Rakennus Oy</a></th>"))
                .body(containsString("<td>" + representative + "</td>"))
                .body(containsString("<td>2024-01-01</td>"))
                .body(containsString("<form method=\"post\" action=\"" + PERSON + "/relation-removal\">"))
                .body(containsString("<input type=\"hidden\" name=\"relationId\" value=\"" + RegistryAdminStubs.RELATION + "\">"))
                .body(containsString("<input type=\"hidden\" name=\"version\" value=\"1\">"))
                .body(containsString("href=\"" + PERSON + "/relations\""))
                // a person holds no roles
                .body(not(containsString("id=\"roles-form\"")));
        given().queryParam("lang", lang).when().get(ORGANISATION).then().statusCode(200)
                .body(containsString("<th scope=\"row\"><a href=\"" + PERSON + "\">Ville Virtanen</a></th>"))
                .body(containsString("<h2 id=\"roles-heading\">" + roles + "</h2>"))
                .body(containsString("<legend>" + towards + "</legend>"))
                .body(containsString("<form method=\"post\" action=\"" + ORGANISATION + "/roles\" novalidate id=\"roles-form\">"))
                .body(containsString("<input type=\"hidden\" name=\"version\" value=\"3\">"))
                .body(containsString("<input type=\"checkbox\" id=\"role-PARTNER\" name=\"role\" value=\"PARTNER\" checked> <label for=\"role-PARTNER\">"
                        + partner + " ("))
                .body(containsString("2025-03-01)</label>"))
                .body(containsString("<input type=\"checkbox\" id=\"role-STEERING_BODY\" name=\"role\" value=\"STEERING_BODY\"> <label for=\"role-STEERING_BODY\">"
                        + steering + "</label>"));
    }

    @Test
    @TestSecurity(user = "registry-admin-1", roles = "registry-admin")
    @OidcSecurity(claims = @Claim(key = "org", value = "ely-uusimaa"))
    void rolesAreSavedTowardsTheOwnAgencyAtTheVersionReadAndAStaleSaveIsRefusedBesideThem() {
        CookieFilter cookies = new CookieFilter();
        String csrf = Forms.csrfToken(given().filter(cookies).when().get(ORGANISATION).then().extract().asString());
        RegistryAdminStubs.CALLS.clear();
        given().filter(cookies).contentType("application/x-www-form-urlencoded").formParam("csrf-token", csrf)
                .formParam("version", "3").formParam("role", "PARTNER").formParam("role", "STEERING_BODY")
                .redirects().follow(false).when().post(ORGANISATION + "/roles").then()
                .statusCode(303).header("Location", ORGANISATION + "?notice=roles_set");
        assertThat(RegistryAdminStubs.CALLS).anyMatch(call -> call.equals("PUT /api/v1/clients/" + RegistryAdminStubs.ORGANISATION
                + "/stakeholder-roles/ely-uusimaa If-Match \"3\" {\"roles\":[\"PARTNER\",\"STEERING_BODY\"]}"));
        given().filter(cookies).queryParam("lang", "en").queryParam("notice", "roles_set").when().get(ORGANISATION).then()
                .body(containsString("The stakeholder roles were saved."));

        // saved on an older reading: refused beside the roles, which are shown as they are now
        given().filter(cookies).contentType("application/x-www-form-urlencoded").header("Accept-Language", "en")
                .formParam("csrf-token", csrf).formParam("version", "2").formParam("role", "CLIENT")
                .when().post(ORGANISATION + "/roles").then().statusCode(409)
                .body(containsString("<p class=\"error\" id=\"roles-error\">Someone else changed the roles meanwhile."))
                .body(containsString("<a href=\"#roles\">Someone else changed the roles meanwhile."))
                .body(containsString("<input type=\"hidden\" name=\"version\" value=\"3\">"))
                .body(containsString("value=\"PARTNER\" checked>"))
                .body(containsString("value=\"CLIENT\">"));
        assertThat(RegistryAdminStubs.CALLS).anyMatch(call -> call.contains("/stakeholder-roles/ely-uusimaa If-Match \"2\""));

        // a role the registry does not know, or no version: refused here, nothing sent
        RegistryAdminStubs.CALLS.clear();
        given().filter(cookies).contentType("application/x-www-form-urlencoded").header("Accept-Language", "fi")
                .formParam("csrf-token", csrf).formParam("version", "3").formParam("role", "OVERLORD")
                .when().post(ORGANISATION + "/roles").then().statusCode(400)
                .body(containsString("<p class=\"error\" id=\"roles-error\">"));
        given().filter(cookies).contentType("application/x-www-form-urlencoded")
                .formParam("csrf-token", csrf).formParam("role", "CLIENT")
                .when().post(ORGANISATION + "/roles").then().statusCode(400);
        assertThat(RegistryAdminStubs.CALLS).noneMatch(call -> call.startsWith("PUT"));
    }

    @Test
    @TestSecurity(user = "registry-admin-1", roles = "registry-admin")
    @OidcSecurity(claims = @Claim(key = "org", value = "ely-uusimaa"))
    void aRelationIsRemovedAtTheVersionShownAndAStaleRemovalShowsTheRelationsAsTheyAre() {
        CookieFilter cookies = new CookieFilter();
        String csrf = Forms.csrfToken(given().filter(cookies).when().get(PERSON).then().extract().asString());
        RegistryAdminStubs.CALLS.clear();
        given().filter(cookies).contentType("application/x-www-form-urlencoded").formParam("csrf-token", csrf)
                .formParam("relationId", RegistryAdminStubs.RELATION).formParam("version", "1")
                .redirects().follow(false).when().post(PERSON + "/relation-removal").then()
                .statusCode(303).header("Location", PERSON + "?notice=relation_removed");
        assertThat(RegistryAdminStubs.CALLS).contains("DELETE /api/v1/clients/" + RegistryAdminStubs.PERSON + "/relations/"
                + RegistryAdminStubs.RELATION + " If-Match \"1\"");

        given().filter(cookies).contentType("application/x-www-form-urlencoded").header("Accept-Language", "en")
                .formParam("csrf-token", csrf).formParam("relationId", RegistryAdminStubs.RELATION).formParam("version", "0")
                .when().post(PERSON + "/relation-removal").then().statusCode(409)
                .body(containsString("<p class=\"notice\" id=\"relations-notice\" role=\"status\">The relation was changed or removed meanwhile."))
                .body(containsString("<input type=\"hidden\" name=\"version\" value=\"1\">"));
        given().filter(cookies).contentType("application/x-www-form-urlencoded")
                .formParam("csrf-token", csrf).formParam("relationId", "not-an-id").formParam("version", "1")
                .when().post(PERSON + "/relation-removal").then().statusCode(404);
    }

    @Test
    @TestSecurity(user = "registry-admin-1", roles = "registry-admin")
    @OidcSecurity(claims = @Claim(key = "org", value = "ely-uusimaa"))
    void theOtherPartyIsChosenByTheSearchAndARelationRecordedAlreadyIsRefusedBesideIt() {
        CookieFilter cookies = new CookieFilter();
        String csrf = Forms.csrfToken(given().filter(cookies).queryParam("lang", "en").when().get(PERSON + "/relations")
                .then().statusCode(200)
                .body(containsString("<h1>Add a relation to an organisation</h1>"))
                .body(containsString("<form method=\"post\" action=\"" + PERSON + "/relations/search\""))
                .body(not(containsString("name=\"otherId\"")))
                .extract().asString());
        // the search finds the organisation (a person found is not offered to a person)
        given().filter(cookies).contentType("application/x-www-form-urlencoded").formParam("csrf-token", csrf)
                .formParam("q", "Rakennus").formParam("purpose", "Recording a representative")
                .when().post(PERSON + "/relations/search").then().statusCode(200)
                .body(containsString("<input type=\"radio\" id=\"other-" + RegistryAdminStubs.ORGANISATION + "\" name=\"otherId\" value=\""
                        + RegistryAdminStubs.ORGANISATION + "\">"))
                .body(containsString("<form method=\"post\" action=\"" + PERSON + "/relations\" novalidate id=\"relation-form\">"));
        given().filter(cookies).contentType("application/x-www-form-urlencoded").formParam("csrf-token", csrf)
                .formParam("q", "Maija").formParam("purpose", "Recording a representative")
                .when().post(PERSON + "/relations/search").then().statusCode(200)
                .body(containsString("id=\"no-clients\""));

        RegistryAdminStubs.CALLS.clear();
        relation(cookies, csrf, RegistryAdminStubs.ORGANISATION, "OWNER", "2025-01-01", "")
                .redirects().follow(false).when().post(PERSON + "/relations").then()
                .statusCode(303).header("Location", PERSON + "?notice=relation_added");
        assertThat(RegistryAdminStubs.CALLS).anyMatch(call -> call.startsWith("POST /api/v1/clients/" + RegistryAdminStubs.PERSON
                + "/relations ") && call.contains("\"organisationId\":\"" + RegistryAdminStubs.ORGANISATION + "\"")
                && call.contains("\"kind\":\"OWNER\"") && call.contains("\"validFrom\":\"2025-01-01\""));

        relation(cookies, csrf, RegistryAdminStubs.ORGANISATION, "REPRESENTATIVE", "", "").header("Accept-Language", "en")
                .when().post(PERSON + "/relations").then().statusCode(409)
                .body(containsString("<p class=\"error\" id=\"otherId-error\">This relation is recorded already."))
                .body(containsString("value=\"" + RegistryAdminStubs.ORGANISATION + "\" checked>"));

        // nothing chosen, an unknown kind, dates out of order: refused beside each, nothing sent
        RegistryAdminStubs.CALLS.clear();
        relation(cookies, csrf, "", "GODPARENT", "2026-05-01", "2026-01-01").header("Accept-Language", "en")
                .when().post(PERSON + "/relations").then().statusCode(400)
                .body(containsString("<p class=\"error\" id=\"otherId-error\">Choose the other party from the results."))
                .body(containsString("<p class=\"error\" id=\"kind-error\">Choose the kind of relation."))
                .body(containsString("<p class=\"error\" id=\"validUntil-error\">"));
        relation(cookies, csrf, RegistryAdminStubs.ORGANISATION, "OWNER", "1.1.2026", "").when().post(PERSON + "/relations")
                .then().statusCode(400).body(containsString("<p class=\"error\" id=\"validFrom-error\">"));
        assertThat(RegistryAdminStubs.CALLS).noneMatch(call -> call.startsWith("POST /api/v1/clients/" + RegistryAdminStubs.PERSON));
    }

    @Test
    @TestSecurity(user = "registry-admin-1", roles = "registry-admin")
    @OidcSecurity(claims = @Claim(key = "org", value = "ely-uusimaa"))
    void anOrganisationsRelationIsAPersonFoundAndRecordedWithThePersonFirst() {
        CookieFilter cookies = new CookieFilter();
        String csrf = Forms.csrfToken(given().filter(cookies).queryParam("lang", "fi").when().get(ORGANISATION + "/relations")
                .then().statusCode(200).body(containsString("<h1>Lisää suhde henkilöön</h1>")).extract().asString());
        given().filter(cookies).contentType("application/x-www-form-urlencoded").formParam("csrf-token", csrf)
                .formParam("q", "Maija").formParam("purpose", "Recording a contact person")
                .when().post(ORGANISATION + "/relations/search").then().statusCode(200)
                .body(containsString("name=\"otherId\" value=\"" + Client360Stubs.FOUND + "\""));
        RegistryAdminStubs.CALLS.clear();
        given().filter(cookies).contentType("application/x-www-form-urlencoded").formParam("csrf-token", csrf)
                .formParam("q", "Maija").formParam("purpose", "Recording a contact person")
                .formParam("otherId", Client360Stubs.FOUND).formParam("kind", "CONTACT_PERSON")
                .redirects().follow(false).when().post(ORGANISATION + "/relations").then()
                .statusCode(303).header("Location", ORGANISATION + "?notice=relation_added");
        assertThat(RegistryAdminStubs.CALLS).anyMatch(call -> call.startsWith("POST /api/v1/clients/" + Client360Stubs.FOUND
                + "/relations ") && call.contains("\"organisationId\":\"" + RegistryAdminStubs.ORGANISATION + "\""));
    }

    @ParameterizedTest
    @CsvSource({"fi, Onko se joku näistä?, Rekisteröi silti uusi asiakas, sähköposti",
            "sv, Är det någon av dessa?, Registrera ändå en ny kund, e-post",
            "en, Is it one of these?, Register a new client anyway, e-mail"})
    @TestSecurity(user = "registry-admin-1", roles = "registry-admin")
    void similarClientsAreAskedAboutBeforeRegisteringAndANewOneIsRegisteredAnyway(String lang, String heading, String anyway,
                                                                                   String email) {
        CookieFilter cookies = new CookieFilter();
        String csrf = Forms.csrfToken(given().filter(cookies).queryParam("lang", lang).when().get("/registry/clients/new")
                .then().extract().asString());
        RegistryAdminStubs.CALLS.clear();
        Client360Stubs.CALLS.clear();
        given().filter(cookies).contentType("application/x-www-form-urlencoded").formParam("csrf-token", csrf)
                .formParam("kind", "ORGANISATION").formParam("name", "Rakennus Virtanen Oy").formParam("emails", "info@rakennus.fi")
                .formParam("phones", "040 123 4567").formParam("preferredLanguage", "fi").formParam("sizeClass", "")
                .when().post("/registry/clients/new").then().statusCode(200)
                .body(containsString("<h2 id=\"candidates-heading\">" + heading + "</h2>"))
                .body(containsString("<a href=\"" + ORGANISATION + "\" id=\"candidate-" + RegistryAdminStubs.ORGANISATION + "\">Rakennus Oy</a>"))
                .body(containsString(email + ", "))
                .body(containsString("<button type=\"submit\" id=\"register-anyway\" name=\"confirmed\" value=\"yes\">" + anyway + "</button>"))
                .body(containsString("value=\"Rakennus Virtanen Oy\""));
        assertThat(RegistryAdminStubs.CALLS).anyMatch(call -> call.startsWith("POST /api/v1/clients/candidates ")
                && call.contains("\"name\":\"Rakennus Virtanen Oy\"") && call.contains("\"email\":\"info@rakennus.fi\"")
                && call.contains("\"phone\":\"040 123 4567\""));
        assertThat(Client360Stubs.CALLS).noneMatch(call -> call.startsWith("register ") && call.contains("Rakennus Virtanen Oy"));

        given().filter(cookies).contentType("application/x-www-form-urlencoded").formParam("csrf-token", csrf)
                .formParam("kind", "ORGANISATION").formParam("name", "Rakennus Virtanen Oy").formParam("emails", "info@rakennus.fi")
                .formParam("phones", "040 123 4567").formParam("preferredLanguage", "fi").formParam("sizeClass", "")
                .formParam("confirmed", "yes")
                .redirects().follow(false).when().post("/registry/clients/new").then().statusCode(303);
        assertThat(Client360Stubs.CALLS).anyMatch(call -> call.startsWith("register ") && call.contains("Rakennus Virtanen Oy"));
    }

    @Test
    @TestSecurity(user = "registry-admin-1", roles = "registry-admin")
    void aPersonLikeOneHeldIsAskedAboutAndOneWithoutEmailOrPhoneIsNot() {
        CookieFilter cookies = new CookieFilter();
        String csrf = Forms.csrfToken(given().filter(cookies).when().get("/registry/clients/new").then().extract().asString());
        given().filter(cookies).contentType("application/x-www-form-urlencoded").header("Accept-Language", "en")
                .formParam("csrf-token", csrf).formParam("kind", "PERSON").formParam("firstName", "Vile")
                .formParam("lastName", "Virtanen").formParam("emails", "ville@example.org").formParam("preferredLanguage", "fi")
                .when().post("/registry/clients/new").then().statusCode(200)
                .body(containsString("<a href=\"" + PERSON + "\" id=\"candidate-" + RegistryAdminStubs.PERSON + "\">Ville Virtanen</a>"));
        RegistryAdminStubs.CALLS.clear();
        given().filter(cookies).contentType("application/x-www-form-urlencoded")
                .formParam("csrf-token", csrf).formParam("kind", "PERSON").formParam("firstName", "Vile")
                .formParam("lastName", "Virtanen").formParam("preferredLanguage", "fi")
                .redirects().follow(false).when().post("/registry/clients/new").then().statusCode(303);
        assertThat(RegistryAdminStubs.CALLS).noneMatch(call -> call.contains("/candidates"));
    }

    @Test
    @TestSecurity(user = "registry-admin-1", roles = "registry-admin")
    void anAccountNamingNoAgencySeesNoRelationsOrRoles() {
        RegistryAdminStubs.CALLS.clear();
        given().queryParam("lang", "en").when().get(ORGANISATION).then().statusCode(200)
                .body(containsString("<p id=\"no-agency\">Your account names no agency"))
                .body(not(containsString("id=\"roles-form\"")));
        assertThat(RegistryAdminStubs.CALLS).noneMatch(call -> call.contains("/relations") || call.contains("/stakeholder-roles"));
    }

    @Test
    @TestSecurity(user = "agent-1", roles = {"agent", "supervisor"})
    @OidcSecurity(claims = @Claim(key = "org", value = "ely-uusimaa"))
    void otherStaffHaveNoneOfThesePages() {
        given().when().get(PERSON + "/relations").then().statusCode(403);
        RegistryAdminStubs.CALLS.clear();
        given().contentType("application/x-www-form-urlencoded").formParam("version", "3").formParam("role", "CLIENT")
                .when().post(ORGANISATION + "/roles").then().statusCode(org.hamcrest.Matchers.oneOf(403, 404));
        given().contentType("application/x-www-form-urlencoded").formParam("relationId", RegistryAdminStubs.RELATION)
                .formParam("version", "1").when().post(PERSON + "/relation-removal").then().statusCode(org.hamcrest.Matchers.oneOf(403, 404));
        assertThat(RegistryAdminStubs.CALLS).isEmpty();
    }

    private static io.restassured.specification.RequestSpecification relation(CookieFilter cookies, String csrf, String other,
                                                                              String kind, String from, String until) {
        return given().filter(cookies).contentType("application/x-www-form-urlencoded").formParam("csrf-token", csrf)
                .formParam("q", "Rakennus").formParam("purpose", "Recording a representative").formParam("otherId", other)
                .formParam("kind", kind).formParam("validFrom", from).formParam("validUntil", until);
    }
}
