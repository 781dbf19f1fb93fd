package fi.kohtaamo.webchannel;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

/**
 * The staff pages: signing in is asked for, a signed-in user without the role is told in their
 * language that they have no access (403, in the page frame), and another agency's object is not
 * found (404).
 */
@QuarkusTest
@QuarkusTestResource(DomainServiceStubs.class)
@ExtendWith(DomainServiceStubs.OnContract.class)
class StaffPagesAccessTest {

    @Test
    void withoutSigningInTheStaffPagesAskToSignIn() {
        for (String page : new String[] {"/work", "/work/phone", "/manage", "/supervise", "/supervise/rules"}) {
            given().redirects().follow(false).when().get(page).then().statusCode(303)
                    .header("Location", containsString("/login?redirect="));
        }
    }

    @Test
    @TestSecurity(user = "citizen-1", roles = "citizen")
    void aCitizenIsToldTheStaffPagesAreNotForThemAndSeesNoStaffLinks() {
        for (String page : new String[] {"/work", "/work/phone", "/work/contacts/2d3e4f50-6a7b-4c8d-9e0f-112233445566",
                "/manage", "/supervise", "/supervise/rules", "/supervise/queues", "/catalogue/channels", "/registry", "/audit"}) {
            given().header("Accept-Language", "en").when().get(page).then().statusCode(403)
                    .contentType(containsString("text/html"))
                    .body(containsString("<html lang=\"en\">"))
                    .body(containsString("<title>No access – Kohtaamo</title>"))
                    .body(containsString("<h1>No access</h1>"))
                    .body(containsString("<p id=\"message\">You do not have access to this page."))
                    .body(containsString("<a href=\"/my-data\">")) // the frame's navigation, for what they may open
                    .body(not(containsString("Page not found")));
        }
        given().queryParam("lang", "fi").when().get("/manage").then().statusCode(403)
                .body(containsString("<html lang=\"fi\">")).body(containsString("<title>Ei käyttöoikeutta – Kohtaamo</title>"))
                .body(containsString("Sinulla ei ole pääsyä tälle sivulle."));
        given().header("Accept-Language", "sv").when().get("/work").then().statusCode(403)
                .body(containsString("<html lang=\"sv\">")).body(containsString("<h1>Ingen åtkomst</h1>"))
                .body(containsString("Du har inte åtkomst till den här sidan."));
        given().when().get("/?lang=en").then().statusCode(200)
                .body(not(containsString("href=\"/work\""))).body(not(containsString("href=\"/manage\"")));
    }

    @Test
    @TestSecurity(user = "supervisor-1", roles = "supervisor")
    void theSupervisorsDashboardShowsQueuesAndAgentsLoad() {
        given().queryParam("lang", "en").when().get("/supervise").then().statusCode(200)
                .header("Cache-Control", "no-store")
                .body(containsString("<th scope=\"row\">Permits</th><td>4</td><td>2</td><td>1</td>"))
                .body(containsString("<tbody id=\"agent-rows\" data-live=\"15\">"))
                .body(containsString("<th scope=\"row\">agent.uusimaa</th><td>Available</td>\n      <td class=\"alert-cell\">3 / 3</td><td>1</td>"))
                .body(containsString("<th scope=\"row\">expert.uusimaa (expert)</th><td>Away</td>\n      <td>1 / 5</td><td>0</td>"));
    }

    @Test
    @TestSecurity(user = "agent-1", roles = "agent")
    void anAgentSeesTheWorkspaceWithServiceLevelsButNotTheManagementView() {
        given().when().get("/?lang=en").then().statusCode(200)
                .body(containsString("<a href=\"/work\">Workspace</a>"))
                .body(not(containsString("href=\"/manage\""))).body(not(containsString("href=\"/supervise\"")));
        given().queryParam("lang", "en").when().get("/work").then().statusCode(200)
                .body(containsString("<td id=\"waiting-uusimaa-permits\">4</td>"))
                .body(containsString("<td id=\"at-risk-uusimaa-permits\">2</td>"))
                .body(containsString("<td id=\"breached-uusimaa-permits\" class=\"alert-cell\">1</td>"))
                .body(containsString("<tbody id=\"work-queues\" data-live=\"15\">"));
        given().header("Accept-Language", "en").when().get("/manage").then().statusCode(403)
                .body(containsString("<h1>No access</h1>")).body(containsString("<a href=\"/work\">Workspace</a>"));
        given().header("Accept-Language", "en").when().get("/supervise").then().statusCode(403);
    }

    @Test
    @TestSecurity(user = "supervisor-1", roles = "supervisor")
    void anotherAgencysObjectIsNotFoundRatherThanForbidden() {
        // Pirkanmaa's triage queue: routing lists it for nobody in Uusimaa
        given().header("Accept-Language", "en").when().get("/supervise/queues/7c1f0a00-0000-4000-8000-000000000003")
                .then().statusCode(404).body(containsString("<h1>Page not found</h1>")).body(not(containsString("No access")));
        given().header("Accept-Language", "en").when().get("/supervise/team/someone-else").then().statusCode(404);
    }
}
