package fi.kohtaamo.e2e;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.TestWatcher;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A real browser (Debian's Chromium, headless) signs in through the gateway with Keycloak,
 * switches language and sends a contact: single sign-on and the pages, end to end.
 */
@ExtendWith(BrowserSignInIT.KeepEvidence.class)
class BrowserSignInIT {

    /** On a failure, the page the browser was on is kept under target/ for a human to look at. */
    static class KeepEvidence implements TestWatcher {
        @Override
        public void testFailed(ExtensionContext context, Throwable cause) {
            if (browser == null) {
                return;
            }
            try {
                Path dir = Files.createDirectories(Path.of("target", "browser-evidence"));
                String name = context.getRequiredTestMethod().getName();
                Files.writeString(dir.resolve(name + ".html"), browser.getCurrentUrl() + "\n" + browser.getPageSource());
                Files.write(dir.resolve(name + ".png"), ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
            } catch (Exception ignored) {
                // evidence is best effort
            }
        }
    }

    private static WebDriver browser;
    private static WebDriverWait wait;

    @BeforeAll
    static void startBrowser() throws Exception {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(System.getProperty("kohtaamo.chromium", "/usr/bin/chromium"));
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--lang=fi", "--user-data-dir=" + Files.createTempDirectory("kohtaamo-chromium"));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(System.getProperty("kohtaamo.chromedriver", "/usr/bin/chromedriver")))
                .usingAnyFreePort().build();
        browser = new ChromeDriver(service, options);
        wait = new WebDriverWait(browser, Duration.ofSeconds(20));
    }

    @AfterAll
    static void stopBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void signInSwitchLanguageSendAContactAndSignOut() {
        browser.get(Platform.GATEWAY + "/?lang=fi");
        assertThat(browser.findElement(By.tagName("html")).getDomAttribute("lang")).isEqualTo("fi");
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Palvelut");

        browser.findElement(By.linkText("Kirjaudu sisään")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("username")));
        assertThat(browser.getCurrentUrl()).startsWith(Platform.KEYCLOAK + "/realms/kohtaamo/");
        browser.findElement(By.id("username")).sendKeys("agent.uusimaa");
        browser.findElement(By.id("password")).sendKeys(Platform.DEMO_PASSWORD);
        browser.findElement(By.id("kc-login")).click();

        wait.until(ExpectedConditions.presenceOfElementLocated(By.className("user")));
        assertThat(browser.getCurrentUrl()).startsWith(Platform.GATEWAY + "/");
        assertThat(browser.findElement(By.className("user")).getText()).isEqualTo("Kirjautuneena: Agent Uusimaa");

        browser.findElement(By.linkText("svenska")).click();
        wait.until(ExpectedConditions.attributeToBe(By.tagName("html"), "lang", "sv"));
        assertThat(browser.findElement(By.className("user")).getText()).startsWith("Inloggad");
        assertThat(browser.getPageSource()).contains("Tillstånd och anmälningar");

        browser.get(Platform.GATEWAY + "/contact?service=5e2b8f10-7a3c-4d1e-8b9f-00000000a004");
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Kontakta oss: Anslutningstillstånd till landsväg");
        browser.findElement(By.id("description")).sendKeys("Jag behöver ett anslutningstillstånd för en ny tomt.");
        browser.findElement(By.id("q-road_number")).sendKeys("1234");
        new org.openqa.selenium.support.ui.Select(browser.findElement(By.id("q-connection_use"))).selectByValue("residential");
        browser.findElement(By.cssSelector("form button[type=submit]")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("tracking-code")));
        assertThat(browser.findElement(By.id("tracking-code")).getText()).matches("KH-[2-9A-HJKMNP-TV-Z]{4}-[2-9A-HJKMNP-TV-Z]{4}");

        browser.findElement(By.linkText("Logga ut")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.linkText("Logga in")));
        browser.get(Platform.GATEWAY + "/");
        assertThat(browser.findElements(By.className("user"))).isEmpty();
    }

    @Test
    void theContactFormWorksAnonymouslyAndShowsFieldErrors() {
        browser.get(Platform.GATEWAY + "/contact?lang=en");
        browser.findElement(By.id("email")).sendKeys("not an address");
        browser.findElement(By.cssSelector("form button[type=submit]")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.className("error-summary")));
        assertThat(browser.findElement(By.className("error-summary")).getText())
                .contains("Describe your matter.", "Check the e-mail address.");
        assertThat(browser.findElement(By.id("email")).getDomAttribute("aria-invalid")).isEqualTo("true");

        browser.findElement(By.id("email")).clear();
        browser.findElement(By.id("description")).sendKeys("Where do I ask about road maintenance?");
        browser.findElement(By.cssSelector("form button[type=submit]")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("access-secret")));
        String code = browser.findElement(By.id("tracking-code")).getText();
        String secret = browser.findElement(By.id("access-secret")).getText();
        assertThat(code).startsWith("KH-");

        // The status page: the client follows the matter with code and secret, and writes to customer service.
        browser.findElement(By.linkText("Follow your matter")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("trackingCode")));
        browser.findElement(By.id("trackingCode")).sendKeys(code);
        browser.findElement(By.id("accessSecret")).sendKeys(secret);
        browser.findElement(By.cssSelector("form button[type=submit]")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("contact-status")));
        assertThat(browser.findElement(By.id("contact-status")).getText()).isEqualTo("In the queue");
        browser.findElement(By.id("text")).sendKeys("One more detail: it is about road 1234.");
        browser.findElement(By.cssSelector("form[action='/status/message'] button[type=submit]")).click();
        // Read in one go, and again when the page was replaced between finding the history and
        // reading it (CI once saw "Node with given id does not belong to the document" there).
        wait.until(driver -> {
            try {
                String history = driver.findElement(By.className("history")).getText();
                return history.contains("road 1234") && history.contains("Your message");
            } catch (WebDriverException replaced) {
                return false;
            }
        });
    }
}
