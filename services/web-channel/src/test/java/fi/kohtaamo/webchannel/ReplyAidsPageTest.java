package fi.kohtaamo.webchannel;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.filter.cookie.CookieFilter;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

/**
 * Good answers on a contact's page, without JavaScript: a reply template or a suggested public
 * article's text or link is added to the reply typed so far, posted (never in a URL) and shown
 * again on the page with a fresh CSRF token, not redirected.
 */
@QuarkusTest
@QuarkusTestResource(DomainServiceStubs.class)
@ExtendWith(DomainServiceStubs.OnContract.class)
class ReplyAidsPageTest {

    private static final String PATH = "/work/contacts/" + DomainServiceStubs.STAFF_CONTACT;

    private final CookieFilter cookies = new CookieFilter();
    private String page;

    /** The contact's page, whose CSRF token an insert posts back as a browser would. */
    private void open() {
        page = given().filter(cookies).queryParam("lang", "en").when().get(PATH).then().statusCode(200).extract().asString();
    }

    private RequestSpecification aid(String insert, String draft) {
        if (page == null) {
            open();
        }
        return given().filter(cookies).redirects().follow(false).header("Accept-Language", "en")
                .contentType("application/x-www-form-urlencoded")
                .formParam("csrf-token", Forms.csrfToken(page)).formParam("text", draft).formParam("insert", insert);
    }

    @Test
    @TestSecurity(user = "agent-1", roles = "agent")
    void theReplyFormOffersTheTemplatesAndThePublicSuggestedArticles() {
        given().filter(cookies).queryParam("lang", "en").when().get(PATH).then().statusCode(200)
                .body(containsString("<label for=\"reply-template\">Reply template</label>"))
                .body(containsString("<option value=\"" + DomainServiceStubs.TEMPLATE + "\">Permit received</option>"))
                .body(containsString("formaction=\"/work/contacts/" + DomainServiceStubs.STAFF_CONTACT + "/reply-aid\" "
                        + "formenctype=\"application/x-www-form-urlencoded\" name=\"insert\" value=\"template\""))
                .body(containsString("value=\"text:" + DomainServiceStubs.ARTICLE + "\" aria-describedby=\"aid-article-"
                        + DomainServiceStubs.ARTICLE + "\">Insert text</button>"))
                .body(containsString("value=\"link:" + DomainServiceStubs.ARTICLE + "\""))
                .body(containsString("Checking road connection widths"))
                .body(not(containsString("value=\"text:" + DomainServiceStubs.INTERNAL_ARTICLE + "\"")));
    }

    @Test
    @TestSecurity(user = "agent-1", roles = "agent")
    void aTemplateFilledForTheContactGoesAfterTheTextTyped() {
        aid("template", "Thank you for waiting.").formParam("template", DomainServiceStubs.TEMPLATE)
                .when().post(PATH + "/reply-aid").then().statusCode(200)
                .header("Cache-Control", "no-store")
                .body(containsString(">Thank you for waiting.\n\nHello Eero, your application KH-STAF-F222 about  has arrived.</textarea>"))
                .body(containsString("<option value=\"" + DomainServiceStubs.TEMPLATE + "\" selected>"))
                .body(containsString("Complete the reply yourself: {service}."))
                .body(containsString("name=\"csrf-token\" value=\""));
    }

    @Test
    @TestSecurity(user = "agent-1", roles = "agent")
    void aPublicArticlesTextOrLinkGoesIntoTheReply() {
        aid("text:" + DomainServiceStubs.ARTICLE, "").when().post(PATH + "/reply-aid").then().statusCode(200)
                .body(containsString(">Before you apply\n\nApply well in advance.\n\n- a map\n- the form (https://example.org/form)</textarea>"));
        aid("link:" + DomainServiceStubs.ARTICLE, "See:").when().post(PATH + "/reply-aid").then().statusCode(200)
                .body(containsString(">See:\n\nhttp://127.0.0.1:8080/articles/" + DomainServiceStubs.ARTICLE + "?lang=en</textarea>"));
    }

    @Test
    @TestSecurity(user = "agent-1", roles = "agent")
    void nothingIsInsertedWithoutAChoiceOrFromAnInternalArticleAndTheTextStays() {
        aid("template", "My draft").formParam("template", "").when().post(PATH + "/reply-aid").then().statusCode(400)
                .body(containsString("<a href=\"#reply-template\">Choose a reply template.</a>"))
                .body(containsString("aria-describedby=\"reply-template-error\""))
                .body(containsString(">My draft</textarea>"));
        aid("text:" + DomainServiceStubs.INTERNAL_ARTICLE, "My draft").when().post(PATH + "/reply-aid").then().statusCode(400)
                .body(containsString("<a href=\"#reply-text\">The text could not be fetched just now."))
                .body(containsString("id=\"reply-text\" name=\"text\" rows=\"8\" maxlength=\"10000\" accesskey=\"r\" aria-invalid=\"true\" "
                        + "aria-describedby=\"reply-text-error\">My draft</textarea>"));
        aid("link:" + DomainServiceStubs.ARTICLE, "x".repeat(9990)).when().post(PATH + "/reply-aid").then().statusCode(400)
                .body(containsString("The reply would be over 10,000 characters; nothing was inserted."));
    }

    @Test
    @TestSecurity(user = "agent-1", roles = "agent")
    void anInsertWithoutTheFormsTokenIsRefused() {
        given().filter(cookies).redirects().follow(false).contentType("application/x-www-form-urlencoded")
                .formParam("text", "draft").formParam("insert", "template").formParam("template", DomainServiceStubs.TEMPLATE)
                .when().post(PATH + "/reply-aid").then().statusCode(400);
    }

    @Test
    @TestSecurity(user = "agent-1", roles = "agent")
    void theLanguageLinksAfterAnInsertLeadBackToTheContact() {
        given().redirects().follow(false).queryParam("lang", "sv").when().get(PATH + "/reply-aid").then().statusCode(303)
                .header("Location", containsString(PATH + "?lang=sv"));
    }

    @Test
    @TestSecurity(user = "agent-1", roles = "agent")
    void aLongDraftTravelsInTheForm() {
        String draft = "ä".repeat(9000);
        aid("template", draft).formParam("template", DomainServiceStubs.TEMPLATE).when().post(PATH + "/reply-aid").then()
                .statusCode(200).body(containsString(">" + draft + "\n\nHello Eero"));
    }
}
