package fi.kohtaamo.e2e;

import io.restassured.http.ContentType;
import io.restassured.response.Response;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every page type the web channel has, in Finnish, Swedish and English, checked by axe-core in
 * real Chromium against the WCAG 2.1 A and AA rules: no violations. A keyboard-only walk through
 * the contact form. Screenshots of the pages are left in target/screenshots/ (copied to
 * docs/screenshots/).
 */
class AccessibilityIT {

    private static final String PERMIT = "5e2b8f10-7a3c-4d1e-8b9f-00000000a004";
    private static final List<String> WCAG_21_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");

    private static WebDriver browser;
    private static WebDriverWait wait;
    private static Map<String, Object> tracking;
    private static String surveyToken;

    @BeforeAll
    static void start() throws Exception {
        browser = Browser.start("fi");
        wait = new WebDriverWait(browser, Duration.ofSeconds(20));
        // A contact to follow on the status page.
        Response created = Awaitility.await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofSeconds(1))
                .until(() -> Platform.gateway().contentType(ContentType.JSON)
                        .body(Map.of("serviceId", PERMIT, "language", "fi", "attributes", Platform.PERMIT_ANSWERS,
                                "description", "Tarvitsen liittymäluvan uudelle tontille."))
                        .when().post("/api/v1/contacts"), response -> response.statusCode() == 201);
        tracking = Map.of("trackingCode", created.path("trackingCode"), "accessSecret", created.path("accessSecret"));
        // A survey to answer: a manager's stakeholder survey and one invitation.
        String manager = Platform.userToken("manager.uusimaa");
        Map<String, String> title = Map.of("fi", "Sidosryhmäkysely", "sv", "Intressentenkät", "en", "Stakeholder survey");
        String survey = Platform.gateway().auth().oauth2(manager).contentType(ContentType.JSON).body(Map.of(
                        "type", "STAKEHOLDER", "title", title, "questions", List.of(
                                Map.of("code", "overall", "kind", "SCALE_1_5", "required", true, "measure", "CSAT",
                                        "text", Map.of("fi", "Miten yhteistyö sujuu?", "sv", "Hur fungerar samarbetet?",
                                                "en", "How does our cooperation work?")),
                                Map.of("code", "recommend", "kind", "NPS_0_10", "required", false,
                                        "text", Map.of("fi", "Suosittelisitko meitä?", "sv", "Skulle du rekommendera oss?",
                                                "en", "Would you recommend us?")),
                                Map.of("code", "comment", "kind", "FREE_TEXT", "required", false,
                                        "text", Map.of("fi", "Muuta?", "sv", "Annat?", "en", "Anything else?")))))
                .when().post("/api/v1/surveys").then().statusCode(201).extract().path("id");
        surveyToken = Platform.gateway().auth().oauth2(manager).contentType(ContentType.JSON).body(Map.of("count", 1))
                .when().post("/api/v1/surveys/" + survey + "/invitations").then().statusCode(201)
                .extract().path("invitations[0].token");
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.quit();
        }
    }

    /** axe-core on the page as it is now: no WCAG 2.1 A or AA violation; a screenshot kept. */
    private static void noViolations(String page) throws Exception {
        Browser.accessible(browser, page);
    }

    private void submit() {
        browser.findElement(By.cssSelector("main form button[type=submit]")).click();
    }

    @ParameterizedTest
    @ValueSource(strings = {"fi", "sv", "en"})
    void everyPageTypeHasNoWcag21Violations(String language) throws Exception {
        browser.get(Platform.GATEWAY + "/?lang=" + language);
        wait.until(ExpectedConditions.attributeToBe(By.tagName("html"), "lang", language));
        noViolations("front-" + language);

        browser.get(Platform.GATEWAY + "/?lifeEvent=BUILDING_AND_HOUSING&targetGroup=KR1");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("browse-result")));
        noViolations("browse-" + language);

        browser.get(Platform.GATEWAY + "/search?q=" + (language.equals("sv") ? "tillstånd" : language.equals("en") ? "permit" : "lupa"));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("q")));
        noViolations("search-" + language);
        List<String> articles = browser.findElements(By.cssSelector("#article-results a")).stream()
                .map(link -> link.getDomAttribute("href")).toList();
        browser.get(Platform.GATEWAY + "/services/" + PERMIT);
        wait.until(ExpectedConditions.presenceOfElementLocated(By.tagName("h1")));
        noViolations("service-" + language);
        if (!articles.isEmpty()) {
            browser.get(Platform.GATEWAY + articles.get(0));
            wait.until(ExpectedConditions.presenceOfElementLocated(By.tagName("article")));
            noViolations("article-" + language);
        }

        browser.get(Platform.GATEWAY + "/contact?service=" + PERMIT);
        noViolations("contact-" + language);
        browser.findElement(By.id("email")).sendKeys("not an address");
        submit();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.className("error-summary")));
        noViolations("contact-errors-" + language);

        browser.get(Platform.GATEWAY + "/callback?service=" + PERMIT);
        noViolations("callback-" + language);

        browser.get(Platform.GATEWAY + "/contact");
        browser.findElement(By.id("description")).sendKeys("Kysymys teiden kunnossapidosta.");
        submit();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("tracking-code")));
        noViolations("contact-sent-" + language);

        browser.get(Platform.GATEWAY + "/status");
        noViolations("status-form-" + language);
        browser.findElement(By.id("trackingCode")).sendKeys((String) tracking.get("trackingCode"));
        browser.findElement(By.id("accessSecret")).sendKeys((String) tracking.get("accessSecret"));
        submit();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("contact-status")));
        noViolations("status-" + language);

        browser.get(Platform.GATEWAY + "/feedback");
        noViolations("feedback-" + language);
        submit();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.className("error-summary")));
        noViolations("feedback-errors-" + language);

        browser.get(Platform.GATEWAY + "/surveys/" + surveyToken + "?lang=" + language);
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("q-overall")));
        noViolations("survey-" + language);
        submit();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.className("error-summary")));
        noViolations("survey-errors-" + language);

        browser.get(Platform.GATEWAY + "/surveys/no-such-invitation");
        noViolations("survey-not-found-" + language);

        // The pages every public site owes: the results (ely-uusimaa is in the catalogue's base
        // data, so its table is there even without demo content), the accessibility statement and
        // the privacy notice.
        browser.get(Platform.GATEWAY + "/results");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("a[href='/results/ely-uusimaa']")));
        noViolations("results-" + language);
        browser.get(Platform.GATEWAY + "/results/ely-uusimaa");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.tagName("h1")));
        noViolations("results-organisation-" + language);
        browser.get(Platform.GATEWAY + "/accessibility");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("gaps")));
        noViolations("accessibility-" + language);
        browser.get(Platform.GATEWAY + "/privacy");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("rights")));
        noViolations("privacy-" + language);
        // A survey mail's opt-out link: the page asks before anything changes.
        browser.get(Platform.GATEWAY + "/surveys/opt-out/no-such-link?lang=" + language);
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("optout-button")));
        noViolations("survey-opt-out-" + language);
        // What the gateway itself refuses (a path no service serves, a malformed one) is a page of
        // the site too, in the language chosen above.
        browser.get(Platform.GATEWAY + "/q/no-such-page");
        wait.until(ExpectedConditions.attributeToBe(By.tagName("html"), "lang", language));
        noViolations("gateway-not-found-" + language);
        browser.get(Platform.GATEWAY + "/status/a%2Fb"); // an encoded slash, which the browser sends as it is
        wait.until(ExpectedConditions.textToBe(By.tagName("h1"), Map.of("fi", "Pyyntöä ei voitu käsitellä",
                "sv", "Begäran kunde inte behandlas", "en", "The request could not be handled").get(language)));
        noViolations("gateway-malformed-" + language);
    }

    @Test
    void theContactFormCanBeFilledAndSentWithTheKeyboardAlone() {
        browser.get(Platform.GATEWAY + "/contact?lang=en");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("description")));
        Actions keys = new Actions(browser);
        // The first stop is the skip link, which takes focus to the content.
        keys.sendKeys(Keys.TAB).perform();
        assertThat(focused().getAttribute("class")).contains("skip-link");
        keys.sendKeys(Keys.ENTER).perform();
        // Tab until the description field; every stop on the way is visible and named.
        List<String> stops = new ArrayList<>();
        for (int i = 0; i < 20 && !"description".equals(focused().getAttribute("id")); i++) {
            keys.sendKeys(Keys.TAB).perform();
            WebElement element = focused();
            assertThat(element.isDisplayed()).as("focus is on something visible: " + element.getTagName()).isTrue();
            stops.add(element.getTagName() + "#" + element.getAttribute("id"));
        }
        assertThat(focused().getAttribute("id")).as("reached the description by Tab: " + stops).isEqualTo("description");
        keys.sendKeys("Sent with the keyboard alone: where do I report a pothole?").perform();
        // On through the rest of the form to the send button, and send with Enter.
        for (int i = 0; i < 20 && !"button".equals(focused().getTagName()); i++) {
            keys.sendKeys(Keys.TAB).perform();
        }
        assertThat(focused().getTagName()).isEqualTo("button");
        keys.sendKeys(Keys.ENTER).perform();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("tracking-code")));
        assertThat(browser.findElement(By.id("tracking-code")).getText()).startsWith("KH-");
    }

    private static WebElement focused() {
        return (WebElement) ((JavascriptExecutor) browser).executeScript("return document.activeElement;");
    }
}
