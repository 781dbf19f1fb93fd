package fi.kohtaamo.e2e;

import io.restassured.http.ContentType;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The whole matter in two real browsers: a citizen sends a contact and gets a code; an agent signs
 * in through Keycloak, takes it in the workspace and replies; the citizen reads the reply on the
 * status page; the agent resolves it with a justification; the citizen answers the satisfaction
 * survey from the status page; the manager's view counts the answer. axe-core checks the staff
 * pages on the way.
 */
class BrowserWorkflowIT {

    private static final String PERMIT = "5e2b8f10-7a3c-4d1e-8b9f-00000000a004";
    
    private static WebDriver citizen;
    private static WebDriver staff;

    @BeforeAll
    static void start() throws Exception {
        citizen = Browser.start("en");
        staff = Browser.start("en");
    }

    @AfterAll
    static void stop() {
        if (citizen != null) {
            citizen.quit();
        }
        if (staff != null) {
            staff.quit();
        }
    }





    @Test
    void aContactFromTheCitizenThroughTheAgentToTheManagersView() throws Exception {
        // The agent works every queue of their organisation (set by their supervisor, through the API).
        String agentToken = Platform.userToken("agent.uusimaa");
        List<String> queues = Platform.gateway().auth().oauth2(agentToken).when().get("/api/v1/queues").then().statusCode(200)
                .extract().path("findAll { it.organisation == 'ely-uusimaa' }.id");
        String subject = Platform.gateway().auth().oauth2(agentToken).when().get("/api/v1/agents/me").then().statusCode(200)
                .extract().path("subject");
        Platform.gateway().auth().oauth2(Platform.userToken("supervisor.uusimaa")).contentType(ContentType.JSON)
                .header("If-Match", Platform.agentVersion(agentToken))
                .body(Map.of("skills", Map.of("permits", 3, "roads", 3), "languages", List.of("fi", "sv", "en"),
                        "capacity", 50, "queueIds", queues))
                .when().put("/api/v1/agents/" + subject).then().statusCode(200);

        // 1. The citizen sends a contact and gets its code and secret.
        citizen.get(Platform.GATEWAY + "/contact?lang=en&service=" + PERMIT);
        citizen.findElement(By.id("description")).sendKeys("I need a permit to connect my new plot to road 1234.");
        citizen.findElement(By.id("q-road_number")).sendKeys("1234");
        new Select(citizen.findElement(By.id("q-connection_use"))).selectByValue("residential");
        citizen.findElement(By.cssSelector("main form button[type=submit]")).click();
        Browser.waitIn(citizen).until(ExpectedConditions.presenceOfElementLocated(By.id("tracking-code")));
        String code = citizen.findElement(By.id("tracking-code")).getText();
        String secret = citizen.findElement(By.id("access-secret")).getText();

        // The contact's id, as the client's own look-up tells it.
        String id = Platform.gateway().contentType(ContentType.JSON).body(Map.of("trackingCode", code, "accessSecret", secret))
                .when().post("/api/v1/contacts/lookup").then().statusCode(200).extract().path("id");

        // 2. The agent signs in, says they are available, takes the contact and replies.
        Browser.signIn(staff, "agent.uusimaa");
        staff.get(Platform.GATEWAY + "/work?lang=en");
        new Select(staff.findElement(By.id("presence"))).selectByValue("AVAILABLE");
        staff.findElement(By.cssSelector("form[action='/work/presence'] button")).click();
        Browser.waitIn(staff).until(ExpectedConditions.presenceOfElementLocated(By.id("notice")));
        assertThat(staff.findElement(By.id("notice")).getText()).isEqualTo("Your status has been saved.");
        Browser.accessible(staff, "work-en");
        staff.findElement(By.linkText("Log a phone contact")).isDisplayed();

        staff.get(Platform.GATEWAY + "/work/contacts/" + id);
        assertThat(staff.findElement(By.tagName("h1")).getText()).isEqualTo("Contact " + code);
        staff.findElement(By.id("take")).click();
        Browser.waitIn(staff).until(ExpectedConditions.presenceOfElementLocated(By.id("assigned-to")));
        staff.findElement(By.id("reply-text")).sendKeys("Thank you. Please tell us the property identifier.");
        // The reply form's own button: the others in it insert a template or an article (formaction).
        staff.findElement(By.cssSelector("form[action$='/reply'] button[type=submit]:not([formaction])")).click();
        Browser.waitIn(staff).until(ExpectedConditions.textToBePresentInElementLocated(By.className("history"), "property identifier"));
        Browser.accessible(staff, "work-contact-en");

        // 3. The citizen reads the reply on the status page.
        citizen.get(Platform.GATEWAY + "/status?lang=en");
        citizen.findElement(By.id("trackingCode")).sendKeys(code);
        citizen.findElement(By.id("accessSecret")).sendKeys(secret);
        citizen.findElement(By.cssSelector("main form button[type=submit]")).click();
        Browser.waitIn(citizen).until(ExpectedConditions.presenceOfElementLocated(By.id("contact-status")));
        assertThat(citizen.findElement(By.className("history")).getText()).contains("Please tell us the property identifier.");

        // 4. The agent resolves it with a justification.
        new Select(staff.findElement(By.id("resolve-code"))).selectByValue("DECISION_MADE");
        staff.findElement(By.id("resolve-text")).sendKeys("The permit is granted: the connection meets the conditions.");
        staff.findElement(By.id("resolve")).click();
        Browser.waitIn(staff).until(ExpectedConditions.presenceOfElementLocated(By.id("resolution")));

        // 5. The citizen finds the resolution and the survey on the status page, and answers it.
        Awaitility.await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofSeconds(2)).until(() -> {
            citizen.get(Platform.GATEWAY + "/status?lang=en");
            citizen.findElement(By.id("trackingCode")).sendKeys(code);
            citizen.findElement(By.id("accessSecret")).sendKeys(secret);
            citizen.findElement(By.cssSelector("main form button[type=submit]")).click();
            Browser.waitIn(citizen).until(ExpectedConditions.presenceOfElementLocated(By.id("contact-status")));
            return !citizen.findElements(By.cssSelector("#survey a")).isEmpty();
        });
        assertThat(citizen.findElement(By.id("resolution")).getText()).contains("The permit is granted");
        citizen.findElement(By.cssSelector("#survey a")).click();
        Browser.waitIn(citizen).until(ExpectedConditions.presenceOfElementLocated(By.id("q-satisfaction")));
        citizen.findElement(By.cssSelector("label[for='q-satisfaction-5']")).click();
        citizen.findElement(By.cssSelector("main form button[type=submit]")).click();
        Browser.waitIn(citizen).until(ExpectedConditions.presenceOfElementLocated(By.id("survey-outcome")));
        assertThat(citizen.findElement(By.tagName("h1")).getText()).isEqualTo("Thank you for your answers");

        // 6. The manager's view counts it: the service's satisfaction invitations have answers.
        Browser.signOut(staff);
        Browser.signIn(staff, "manager.uusimaa");
        Awaitility.await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            staff.get(Platform.GATEWAY + "/manage?lang=en");
            Browser.waitIn(staff).until(ExpectedConditions.presenceOfElementLocated(By.id("figures")));
            List<String> cells = staff.findElements(By.xpath(
                            "//table[@id='figures']//tr[th[normalize-space()='Permit to connect to a public road']]/td"))
                    .stream().map(cell -> cell.getText().strip()).toList();
            assertThat(Long.parseLong(cells.get(0))).as("contacts").isGreaterThanOrEqualTo(1);
            assertThat(cells.get(6)).as("the response rate of satisfaction invitations").isNotEqualTo("–");
            Number rate = Platform.gateway().auth().oauth2(Platform.userToken("manager.uusimaa"))
                    .when().get("/api/v1/statistics/overview").then().statusCode(200)
                    .extract().path("rows.find { it.key == '" + PERMIT + "' }.responseRate");
            assertThat(rate).isNotNull();
            assertThat(rate.doubleValue()).isGreaterThan(0.0);
        });
        assertThat(staff.findElements(By.cssSelector("svg[role=img]"))).hasSizeGreaterThanOrEqualTo(5);
        Browser.accessible(staff, "manage-en");
        Browser.signOut(staff);

        // The supervisor's queue dashboard.
        Browser.signIn(staff, "supervisor.uusimaa");
        staff.get(Platform.GATEWAY + "/supervise?lang=en");
        Browser.waitIn(staff).until(ExpectedConditions.presenceOfElementLocated(By.id("queue-figures")));
        assertThat(staff.findElement(By.id("queue-figures")).getText()).contains("Uusimaa: permits");
        Browser.accessible(staff, "supervise-en");
        // The routing rules and the simulator: an urgent permit matter goes to the urgent queue by rule.
        staff.findElement(By.linkText("Routing rules")).click();
        Browser.waitIn(staff).until(ExpectedConditions.presenceOfElementLocated(By.id("rules")));
        assertThat(staff.findElement(By.id("rules")).getText()).contains("Urgent road connection matters");
        new Select(staff.findElement(By.id("serviceId"))).selectByValue(PERMIT);
        new Select(staff.findElement(By.id("language"))).selectByValue("en");
        staff.findElement(By.id("description")).sendKeys("This is urgent: the connection is needed next week");
        staff.findElement(By.cssSelector("form[action='/supervise/rules/simulate'] button")).click();
        Browser.waitIn(staff).until(ExpectedConditions.presenceOfElementLocated(By.id("simulation")));
        assertThat(staff.findElement(By.id("simulation")).getText()).contains("Uusimaa: urgent permits")
                .contains("Urgent road connection matters");
        Browser.accessible(staff, "rules-en");
        Browser.signOut(staff);

        // A citizen's own data page.
        Browser.signIn(staff, "citizen.1");
        staff.get(Platform.GATEWAY + "/my-data?lang=en");
        Browser.waitIn(staff).until(ExpectedConditions.presenceOfElementLocated(By.tagName("h1")));
        assertThat(staff.findElement(By.tagName("h1")).getText()).isEqualTo("My data");
        Browser.accessible(staff, "my-data-en");
        Browser.signOut(staff);
    }
}
