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

/**
 * The content editor's pages against a stand-in of the knowledge portal's editorial API: who may
 * open them, field errors before anything is sent, the preview, a stale save that keeps the
 * editor's text, and a refused self-review. The real portal answers in the end-to-end tests.
 */
@QuarkusTest
@QuarkusTestResource(DomainServiceStubs.class)
@ExtendWith(DomainServiceStubs.OnContract.class)
class EditorPagesTest {

    private static final String TEXT = "/edit/articles/" + DomainServiceStubs.EDITED + "/fi";

    @Test
    void anonymousEditorsAreSentToSignIn() {
        given().redirects().follow(false).when().get("/edit").then().statusCode(303)
                .header("Location", "/login?redirect=/edit");
    }

    @Test
    @TestSecurity(user = "agent-1", roles = "agent")
    void otherStaffDoNotFindTheEditor() {
        given().when().get("/edit").then().statusCode(403);
        given().when().get(TEXT).then().statusCode(403);
    }

    @Test
    @TestSecurity(user = "editor-2", roles = "content-editor")
    void theWorklistAndTheTextShowStatusTranslationsAndHistory() {
        given().queryParam("lang", "en").when().get("/edit").then().statusCode(200)
                .header("Cache-Control", "no-store")
                .body(containsString("<a href=\"" + TEXT + "\">Liittymäluvan hakeminen</a>"))
                .body(containsString("<td>In review</td>"))
                .body(containsString("<a href=\"/edit\">Content</a>"));
        given().queryParam("lang", "sv").when().get(TEXT).then().statusCode(200)
                .body(containsString("<dd id=\"text-status\">Under granskning</dd>"))
                .body(containsString("<td>Original</td>"))
                .body(containsString("<a href=\"/edit/articles/" + DomainServiceStubs.EDITED + "/sv\">svenska</a>"))
                .body(containsString("<td>Saknas</td>"))
                .body(containsString("Hae lupaa **ajoissa**."))
                .body(containsString("id=\"approve\""))
                .body(not(containsString("id=\"submit-review\"")))
                .body(containsString("Anslutningstillstånd till landsväg"))
                .body(containsString("<td>Liittymälupa</td><td>editor-1</td>"));
    }

    @Test
    @TestSecurity(user = "editor-2", roles = "content-editor")
    void aMissingTitleIsNamedAndNothingIsSentAndAPreviewSavesNothing() {
        CookieFilter cookies = new CookieFilter();
        String page = given().filter(cookies).queryParam("lang", "en").when().get("/edit/new").then().statusCode(200)
                .body(containsString("<label for=\"title\">Title</label>")).extract().asString();
        DomainServiceStubs.EDITOR_CALLS.clear();
        given().filter(cookies).header("Accept-Language", "en").contentType("application/x-www-form-urlencoded")
                .formParam("csrf-token", Forms.csrfToken(page)).formParam("language", "fi").formParam("audience", "PUBLIC")
                .formParam("title", " ").formParam("body", "Teksti").formParam("action", "save")
                .when().post("/edit/new").then().statusCode(400)
                .body(containsString("<a href=\"#title\">Write a title.</a>"))
                .body(containsString("aria-invalid=\"true\" aria-describedby=\"title-error\""))
                .body(containsString(">Teksti</textarea>"));
        assertThat(DomainServiceStubs.EDITOR_CALLS).as("nothing is sent when a field is wrong")
                .noneMatch(call -> call.startsWith("POST /api/v1/articles"));
        given().filter(cookies).header("Accept-Language", "en").contentType("application/x-www-form-urlencoded")
                .formParam("csrf-token", Forms.csrfToken(page)).formParam("language", "fi").formParam("audience", "PUBLIC")
                .formParam("title", "Otsikko").formParam("body", "<b>lihava</b>").formParam("action", "preview")
                .when().post("/edit/new").then().statusCode(200)
                .body(containsString("<h2 id=\"preview-heading\">Preview</h2>"))
                .body(containsString("<p>rendered: &lt;b>lihava&lt;/b></p>"));
        assertThat(DomainServiceStubs.EDITOR_CALLS).containsExactly("POST /api/v1/articles/preview");
    }

    @Test
    @TestSecurity(user = "editor-2", roles = "content-editor")
    void aStaleSaveKeepsTheEditorsTextAndACurrentOneNamesItsVersion() {
        CookieFilter cookies = new CookieFilter();
        String page = given().filter(cookies).when().get(TEXT).then().statusCode(200).extract().asString();
        assertThat(page).contains("name=\"version\" value=\"2\"");
        DomainServiceStubs.EDITOR_CALLS.clear();
        given().filter(cookies).header("Accept-Language", "en").contentType("application/x-www-form-urlencoded")
                .formParam("csrf-token", Forms.csrfToken(page)).formParam("version", "1").formParam("title", "Uusi otsikko")
                .formParam("body", "Oma muutokseni").formParam("action", "save")
                .when().post(TEXT).then().statusCode(409)
                .body(containsString("Someone else saved the text meanwhile."))
                .body(containsString(">Oma muutokseni</textarea>"))
                .body(containsString("value=\"Uusi otsikko\""));
        given().filter(cookies).redirects().follow(false).contentType("application/x-www-form-urlencoded")
                .formParam("csrf-token", Forms.csrfToken(page)).formParam("version", "2").formParam("title", "Uusi otsikko")
                .formParam("body", "Oma muutokseni").formParam("action", "save")
                .when().post(TEXT).then().statusCode(303).header("Location", TEXT + "?notice=saved");
        assertThat(DomainServiceStubs.EDITOR_CALLS).contains("PUT /api/v1/articles/" + DomainServiceStubs.EDITED
                + "/translations/fi If-Match \"1\"", "PUT /api/v1/articles/" + DomainServiceStubs.EDITED
                + "/translations/fi If-Match \"2\"");
    }

    @Test
    @TestSecurity(user = "editor-2", roles = "content-editor")
    void reportsDetailsAndWhatChangedBetweenVersions() {
        given().queryParam("lang", "en").when().get("/edit").then().statusCode(200)
                .body(containsString("<h2 id=\"most-viewed-heading\">Most viewed</h2>"))
                .body(containsString("<td>321</td><td>7 / 2</td>"))
                .body(not(containsString("least-helpful-heading")));
        CookieFilter cookies = new CookieFilter();
        String page = given().filter(cookies).queryParam("lang", "en").when().get(TEXT).then().statusCode(200)
                .body(containsString("<input type=\"hidden\" name=\"articleVersion\" value=\"1\">"))
                .body(containsString("value=\"lupa\""))
                .body(containsString("<a href=\"" + TEXT + "/diff?from=1&amp;to=2\">Compare with the previous (v2)</a>"))
                .extract().asString();
        given().queryParam("from", 1).queryParam("to", 2).queryParam("lang", "en").when().get(TEXT + "/diff").then().statusCode(200)
                .body(containsString("<h1>Changes from version 1 to 2</h1>"))
                .body(containsString("<del>-Liittymälupa</del>"))
                .body(containsString("<ins>+Liittymäluvan &lt;hakeminen&gt;</ins>"));
        given().when().get(TEXT + "/diff").then().statusCode(404);

        DomainServiceStubs.EDITOR_BODIES.clear();
        given().filter(cookies).header("Accept-Language", "en").contentType("application/x-www-form-urlencoded")
                .formParam("csrf-token", Forms.csrfToken(page)).formParam("articleVersion", "0").formParam("audience", "INTERNAL")
                .when().post(TEXT + "/details").then().statusCode(409)
                .body(containsString("Someone else saved the text meanwhile."));
        given().filter(cookies).redirects().follow(false).contentType("application/x-www-form-urlencoded")
                .formParam("csrf-token", Forms.csrfToken(page)).formParam("articleVersion", "1").formParam("audience", "INTERNAL")
                .formParam("serviceId", DomainServiceStubs.PERMIT).formParam("tags", "lupa, liittymä, lupa")
                .when().post(TEXT + "/details").then().statusCode(303).header("Location", TEXT + "?notice=details");
        assertThat(DomainServiceStubs.EDITOR_BODIES).singleElement().satisfies(sent -> {
            assertThat(sent.getString("audience")).isEqualTo("INTERNAL");
            assertThat(sent.getJsonArray("serviceIds").getList()).containsExactly(DomainServiceStubs.PERMIT);
            assertThat(sent.getJsonArray("tags").getList()).containsExactly("lupa", "liittymä");
        });
        given().filter(cookies).header("Accept-Language", "en").contentType("application/x-www-form-urlencoded")
                .formParam("csrf-token", Forms.csrfToken(page)).formParam("articleVersion", "1").formParam("audience", "EVERYONE")
                .when().post(TEXT + "/details").then().statusCode(400)
                .body(containsString("<a href=\"#audience\">"));
    }

    @Test
    @TestSecurity(user = "editor-1", roles = "content-editor")
    void approvingOnesOwnTextIsExplainedAndABadTimeIsNamed() {
        CookieFilter cookies = new CookieFilter();
        String page = given().filter(cookies).when().get(TEXT).then().statusCode(200).extract().asString();
        given().filter(cookies).header("Accept-Language", "en").contentType("application/x-www-form-urlencoded")
                .formParam("csrf-token", Forms.csrfToken(page))
                .when().post(TEXT + "/approve").then().statusCode(403)
                .body(containsString("You cannot approve a text you wrote or submitted"));
        given().filter(cookies).header("Accept-Language", "en").contentType("application/x-www-form-urlencoded")
                .formParam("csrf-token", Forms.csrfToken(page)).formParam("publishAt", "tomorrow")
                .when().post(TEXT + "/approve").then().statusCode(400)
                .body(containsString("<a href=\"#publishAt\">Give the publication time"));
    }
}
