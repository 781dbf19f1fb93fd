package fi.kohtaamo.e2e;

import io.restassured.http.ContentType;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * In real Chromium against the platform: a content editor writes an article with the portal's
 * preview, sends it for review, may not approve it, starts its Swedish translation; another editor
 * publishes it; a citizen finds it, and gets it suggested while writing a contact. The catalogue
 * browsed by life event. A supervisor watches a queue count change without reloading, adds a
 * routing rule that the simulator then applies, changes and deletes it. A feedback handler takes
 * and answers feedback. axe-core checks every page on the way.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class EditorsAndEnhancementsIT {

    private static final String PERMIT = "5e2b8f10-7a3c-4d1e-8b9f-00000000a004";
        /** A made-up word only this run's article carries, so that search and suggestions find exactly it. */
    private static final String WORD = "zorbla" + ThreadLocalRandom.current().ints(6, 'a', 'z' + 1)
            .mapToObj(c -> String.valueOf((char) c)).collect(Collectors.joining());
    private static final String TITLE = "Liittymän " + WORD + " ohje";

    private static WebDriver staff;
    private static WebDriver citizen;
    private static String textPage;

    @BeforeAll
    static void start() throws Exception {
        staff = Browser.start("en");
        citizen = Browser.start("en");
    }

    @AfterAll
    static void stop() {
        if (staff != null) {
            staff.quit();
        }
        if (citizen != null) {
            citizen.quit();
        }
    }





    private static String text(WebDriver browser, String id) {
        return browser.findElement(By.id(id)).getText();
    }

    @Test
    @Order(1)
    void anEditorWritesAndPreviewsAnArticleAndAnotherEditorPublishesIt() throws Exception {
        Browser.signIn(staff, "content-editor.uusimaa");
        staff.findElement(By.linkText("Content")).click();
        Browser.waitIn(staff).until(ExpectedConditions.presenceOfElementLocated(By.id("new-article")));
        Browser.accessible(staff, "edit-worklist-en");
        staff.findElement(By.id("new-article")).click();
        Browser.waitIn(staff).until(ExpectedConditions.presenceOfElementLocated(By.id("body")));
        new Select(staff.findElement(By.id("language"))).selectByValue("fi");
        new Select(staff.findElement(By.id("serviceId"))).selectByValue(PERMIT);
        staff.findElement(By.id("tags")).sendKeys("liittymä, lupa");
        staff.findElement(By.id("title")).sendKeys(TITLE);
        staff.findElement(By.id("body")).sendKeys("Hae lupaa **ajoissa**: " + WORD + " vaatii liitteet.\n\n- kartta\n- piirustus");
        staff.findElement(By.id("preview-button")).click();
        Browser.waitIn(staff).until(ExpectedConditions.presenceOfElementLocated(By.id("preview")));
        assertThat(staff.findElement(By.cssSelector("#preview strong")).getText()).isEqualTo("ajoissa");
        assertThat(staff.findElements(By.cssSelector("#preview li"))).hasSize(2);
        assertThat(staff.findElement(By.id("title")).getDomProperty("value")).as("the form keeps the text").isEqualTo(TITLE);
        Browser.accessible(staff, "edit-new-preview-en");
        staff.findElement(By.id("save-button")).click();
        Browser.waitIn(staff).until(ExpectedConditions.presenceOfElementLocated(By.id("notice")));
        textPage = staff.getCurrentUrl().replaceAll("\\?.*", "");
        assertThat(textPage).matches(".*/edit/articles/[0-9a-f-]{36}/fi");
        assertThat(text(staff, "text-status")).isEqualTo("Draft");
        assertThat(text(staff, "translation-sv")).contains("Missing");
        Browser.accessible(staff, "edit-text-en");

        // A second version, and what changed since the first.
        staff.findElement(By.id("body")).sendKeys("\n\nLisätietoja puhelimitse.");
        staff.findElement(By.id("save-button")).click();
        Browser.waitIn(staff).until(ExpectedConditions.presenceOfElementLocated(By.linkText("Compare with the previous (v2)")));
        staff.findElement(By.linkText("Compare with the previous (v2)")).click();
        Browser.waitIn(staff).until(ExpectedConditions.presenceOfElementLocated(By.id("diff")));
        assertThat(staff.findElements(By.cssSelector("#diff ins")).stream().map(e -> e.getText()).toList())
                .contains("+Lisätietoja puhelimitse.");
        Browser.accessible(staff, "edit-diff-en");
        staff.get(textPage + "?lang=en");
        // Who the article is for and what it is about, changed on the same page.
        staff.findElement(By.cssSelector("details.article-details summary")).click();
        staff.findElement(By.id("tags")).clear();
        staff.findElement(By.id("tags")).sendKeys("liittymä, lupa, tontti");
        staff.findElement(By.id("save-details")).click();
        Browser.waitIn(staff).until(ExpectedConditions.textToBe(By.id("notice"), "The article's details were saved."));
        assertThat(staff.findElement(By.cssSelector(".facts")).getText()).contains("liittymä, lupa, tontti");

        staff.findElement(By.id("submit-review")).click();
        Browser.waitIn(staff).until(ExpectedConditions.textToBe(By.id("text-status"), "In review"));
        // The writer may not approve their own text: the portal refuses, the page says why.
        staff.findElement(By.id("approve")).click();
        Browser.waitIn(staff).until(ExpectedConditions.presenceOfElementLocated(By.className("error-summary")));
        assertThat(staff.findElement(By.className("error-summary")).getText()).contains("You cannot approve a text you wrote");
        Browser.accessible(staff, "edit-self-review-en");

        // The Swedish translation starts beside the source text.
        staff.get(textPage.replaceAll("/fi$", "/sv") + "?lang=sv");
        Browser.waitIn(staff).until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("details.source-text")));
        Browser.accessible(staff, "edit-translation-sv");
        staff.findElement(By.id("title")).sendKeys("Anvisning om " + WORD);
        staff.findElement(By.id("body")).sendKeys("Ansök i **god tid**.");
        staff.findElement(By.id("save-button")).click();
        Browser.waitIn(staff).until(ExpectedConditions.presenceOfElementLocated(By.id("notice")));
        assertThat(text(staff, "text-status")).isEqualTo("Utkast");
        Browser.signOut(staff);

        Browser.signIn(staff, "reviewer.uusimaa");
        staff.get(textPage + "?lang=en");
        Browser.waitIn(staff).until(ExpectedConditions.presenceOfElementLocated(By.id("approve")));
        staff.findElement(By.id("approve")).click();
        Browser.waitIn(staff).until(ExpectedConditions.textToBe(By.id("text-status"), "Published"));
        assertThat(staff.findElement(By.id("steps")).getText()).contains("In review → Published");
        Browser.signOut(staff);

        citizen.get(Platform.GATEWAY + "/search?lang=fi&q=" + WORD);
        Browser.waitIn(citizen).until(ExpectedConditions.presenceOfElementLocated(By.id("q")));
        assertThat(citizen.findElement(By.tagName("main")).getText()).contains(TITLE);
    }

    @Test
    @Order(2)
    void aContactBeingWrittenGetsTheArticleSuggested() throws Exception {
        citizen.get(Platform.GATEWAY + "/contact?service=" + PERMIT + "&lang=fi");
        Browser.waitIn(citizen).until(ExpectedConditions.presenceOfElementLocated(By.id("description")));
        citizen.findElement(By.id("description")).sendKeys("Miten " + WORD + " toimii minun tontillani?");
        Browser.waitIn(citizen).until(ExpectedConditions.textToBePresentInElementLocated(By.id("suggestions"), TITLE));
        assertThat(citizen.findElement(By.id("suggestions")).getDomAttribute("aria-live")).isEqualTo("polite");
        Browser.accessible(citizen, "contact-suggestions-fi");
    }

    @Test
    @Order(3)
    void theCatalogueIsBrowsedByLifeEvent() throws Exception {
        citizen.get(Platform.GATEWAY + "/?lang=en");
        Browser.waitIn(citizen).until(ExpectedConditions.presenceOfElementLocated(By.id("life-events")));
        citizen.findElement(By.linkText("Building and housing")).click();
        Browser.waitIn(citizen).until(ExpectedConditions.presenceOfElementLocated(By.id("browse-result")));
        assertThat(text(citizen, "browse-result")).startsWith("4 services.");
        assertThat(citizen.findElements(By.cssSelector("li.service"))).hasSize(4);
        assertThat(citizen.findElements(By.cssSelector("a[href='/services/" + PERMIT + "']"))).isNotEmpty();
        assertThat(new Select(citizen.findElement(By.id("lifeEvent"))).getFirstSelectedOption().getText())
                .isEqualTo("Building and housing");
        Browser.accessible(citizen, "browse-life-event-en");
        // Narrowed further with the form: the target group "Businesses and organisations".
        new Select(citizen.findElement(By.id("targetGroup"))).selectByValue("KR2");
        citizen.findElement(By.cssSelector("form.filters button")).click();
        Browser.waitIn(citizen).until(ExpectedConditions.urlContains("targetGroup=KR2"));
        assertThat(citizen.findElements(By.cssSelector("li.service"))).as("those of the four for businesses").hasSize(3);
    }

    @Test
    @Order(4)
    void theSupervisorSeesQueuesChangeLiveAndEditsARoutingRule() throws Exception {
        Browser.signIn(staff, "supervisor.uusimaa");
        staff.get(Platform.GATEWAY + "/supervise?lang=en");
        By permits = By.xpath("//tbody[@id='queue-rows']/tr[th='Uusimaa: permits']/td[1]");
        Browser.waitIn(staff).until(ExpectedConditions.presenceOfElementLocated(permits));
        long before = Long.parseLong(staff.findElement(permits).getText());
        Platform.gateway().contentType(ContentType.JSON)
                .body(Map.of("serviceId", PERMIT, "language", "fi", "attributes", Platform.PERMIT_ANSWERS,
                        "description", "Tarvitsen liittymän kesämökille."))
                .when().post("/api/v1/contacts").then().statusCode(201);
        // No reload: the page's script brings the new figure within its 15-second round.
        new WebDriverWait(staff, Duration.ofSeconds(40)).ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                .until(driver ->
                Long.parseLong(driver.findElement(permits).getText()) > before);

        staff.get(Platform.GATEWAY + "/supervise/rules?lang=en");
        staff.findElement(By.id("new-rule")).click();
        Browser.waitIn(staff).until(ExpectedConditions.presenceOfElementLocated(By.id("rule-form")));
        Browser.accessible(staff, "rule-new-en");
        String name = "Matters about " + WORD;
        staff.findElement(By.id("name")).sendKeys(name);
        staff.findElement(By.id("position")).clear();
        staff.findElement(By.id("position")).sendKeys("9000");
        new Select(staff.findElement(By.id("serviceId"))).selectByValue(PERMIT);
        staff.findElement(By.id("keywords")).sendKeys(WORD);
        new Select(staff.findElement(By.id("targetQueue"))).selectByValue("uusimaa-permits-urgent");
        staff.findElement(By.id("skills")).sendKeys("permits=2");
        staff.findElement(By.id("save-rule")).click();
        Browser.waitIn(staff).until(ExpectedConditions.presenceOfElementLocated(By.id("notice")));
        assertThat(text(staff, "notice")).isEqualTo("The rule was added.");
        assertThat(text(staff, "rules")).contains(name);

        new Select(staff.findElement(By.id("serviceId"))).selectByValue(PERMIT);
        staff.findElement(By.id("description")).sendKeys("Kysymys: " + WORD);
        staff.findElement(By.cssSelector("form[action='/supervise/rules/simulate'] button")).click();
        Browser.waitIn(staff).until(ExpectedConditions.presenceOfElementLocated(By.id("simulation")));
        assertThat(text(staff, "simulation")).contains(name).contains("Uusimaa: urgent permits");

        staff.findElement(By.linkText(name)).click();
        Browser.waitIn(staff).until(ExpectedConditions.presenceOfElementLocated(By.id("rule-form")));
        Browser.accessible(staff, "rule-edit-en");
        new Select(staff.findElement(By.id("priority"))).selectByValue("1");
        staff.findElement(By.id("save-rule")).click();
        Browser.waitIn(staff).until(ExpectedConditions.presenceOfElementLocated(By.id("notice")));
        assertThat(text(staff, "notice")).isEqualTo("The rule was saved as a new version.");
        assertThat(staff.findElement(By.xpath("//table[@id='rules']//tr[th/a='" + name + "']")).getText()).contains("v2");

        staff.findElement(By.linkText(name)).click();
        Browser.waitIn(staff).until(ExpectedConditions.presenceOfElementLocated(By.id("delete-rule")));
        staff.findElement(By.id("delete-rule")).click();
        Browser.waitIn(staff).until(ExpectedConditions.presenceOfElementLocated(By.id("notice")));
        assertThat(text(staff, "notice")).isEqualTo("The rule was deleted.");
        assertThat(staff.findElements(By.linkText(name))).isEmpty();
        Browser.signOut(staff);
    }

    @Test
    @Order(5)
    void aFeedbackHandlerTakesAndAnswersFeedbackInTheBrowser() throws Exception {
        String reference = Platform.gateway().contentType(ContentType.JSON)
                .body(Map.of("kind", "SUGGESTION", "serviceId", PERMIT, "language", "fi",
                        "text", "Ehdotan: " + WORD + " -ohje myös paperilla.", "email", "ehdottaja@example.org"))
                .when().post("/api/v1/feedback").then().statusCode(201).extract().path("reference");
        Browser.signIn(staff, "feedback-handler.uusimaa");
        staff.findElement(By.linkText("Feedback queue")).click();
        Browser.waitIn(staff).until(ExpectedConditions.presenceOfElementLocated(By.linkText(reference)));
        Browser.accessible(staff, "feedback-queue-en");
        staff.findElement(By.linkText(reference)).click();
        Browser.waitIn(staff).until(ExpectedConditions.presenceOfElementLocated(By.id("claim")));
        assertThat(staff.findElement(By.tagName("main")).getText()).contains(WORD);
        staff.findElement(By.id("claim")).click();
        Browser.waitIn(staff).until(ExpectedConditions.textToBe(By.id("feedback-status"), "In progress"));
        staff.findElement(By.id("reply-text")).sendKeys("Kiitos ehdotuksesta, välitämme sen eteenpäin.");
        staff.findElement(By.id("send-reply")).click();
        Browser.waitIn(staff).until(ExpectedConditions.textToBe(By.id("feedback-status"), "Answered"));
        assertThat(text(staff, "feedback-reply")).contains("Kiitos ehdotuksesta");
        assertThat(text(staff, "feedback-history")).contains("Taken").contains("Answered");
        Browser.accessible(staff, "feedback-item-en");
        Browser.signOut(staff);
    }

    @Test
    @Order(6)
    void aManagerAddsAFeedbackThemeThatSuggestsItselfOnNewFeedback() throws Exception {
        Browser.signIn(staff, "manager.uusimaa");
        staff.get(Platform.GATEWAY + "/manage/themes?lang=en");
        Browser.waitIn(staff).until(ExpectedConditions.presenceOfElementLocated(By.id("save-theme")));
        String code = "t-" + WORD;
        staff.findElement(By.id("code")).sendKeys(code);
        staff.findElement(By.id("fi")).sendKeys("Paperiohjeet");
        staff.findElement(By.id("sv")).sendKeys("Pappersanvisningar");
        staff.findElement(By.id("en")).sendKeys("Paper guidance");
        staff.findElement(By.id("keywords")).sendKeys(WORD);
        staff.findElement(By.id("save-theme")).click();
        Browser.waitIn(staff).until(ExpectedConditions.textToBe(By.id("notice"), "The theme was saved."));
        assertThat(text(staff, "themes")).contains(code).contains("Paper guidance");
        Browser.accessible(staff, "manage-themes-en");
        Browser.signOut(staff);
        // The keyword now suggests the theme on feedback that uses it.
        String id = Platform.gateway().contentType(ContentType.JSON)
                .body(Map.of("kind", "QUESTION", "serviceId", PERMIT, "language", "fi", "text", "Saako " + WORD + " paperilla?"))
                .when().post("/api/v1/feedback").then().statusCode(201).extract().path("id");
        Platform.gateway().auth().oauth2(Platform.userToken("feedback-handler.uusimaa")).when().get("/api/v1/feedback/" + id)
                .then().statusCode(200).body("feedback.suggestedThemes", org.hamcrest.Matchers.hasItem(code));
    }
}
