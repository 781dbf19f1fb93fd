package fi.kohtaamo.e2e;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.selenium.AxeBuilder;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Debian's Chromium, headless, driven by Debian's chromedriver: no browser is downloaded. Also what
 * every browser test does: sign in through Keycloak, sign out, and check a page with axe-core.
 */
final class Browser {

    static final Path SCREENSHOTS = Path.of("target", "screenshots");
    private static final List<String> WCAG_21_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");

    private Browser() {
    }

    static WebDriver start(String language) throws IOException {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(System.getProperty("kohtaamo.chromium", "/usr/bin/chromium"));
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--lang=" + language, "--window-size=1280,900",
                "--user-data-dir=" + Files.createTempDirectory("kohtaamo-chromium"));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(System.getProperty("kohtaamo.chromedriver", "/usr/bin/chromedriver")))
                .usingAnyFreePort().build();
        return new ChromeDriver(service, options);
    }

    static org.openqa.selenium.support.ui.WebDriverWait waitIn(WebDriver browser) {
        return new org.openqa.selenium.support.ui.WebDriverWait(browser, Duration.ofSeconds(30));
    }

    /** axe-core on the page as it is now: no WCAG 2.1 A or AA violation, each named if there is one; a screenshot kept. */
    static void accessible(WebDriver browser, String page) throws IOException {
        Results results = new AxeBuilder().withTags(WCAG_21_AA).analyze(browser);
        Files.createDirectories(SCREENSHOTS);
        Files.write(SCREENSHOTS.resolve(page + ".png"), ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
        assertThat(results.getViolations()).as(page + " at " + browser.getCurrentUrl() + ": " + results.getViolations().stream()
                .map(rule -> rule.getId() + " (" + rule.getImpact() + ") " + rule.getHelp() + " -> " + rule.getNodes().stream()
                        .map(n -> String.valueOf(n.getTarget())).collect(Collectors.joining(", ")))
                .collect(Collectors.joining("; "))).isEmpty();
        assertThat(results.getPasses()).as("axe ran its rules").isNotEmpty();
    }

    /** Signs in through the gateway and Keycloak's own form. */
    static void signIn(WebDriver browser, String username) {
        browser.get(Platform.GATEWAY + "/?lang=en");
        browser.findElement(By.linkText("Sign in")).click();
        waitIn(browser).until(org.openqa.selenium.support.ui.ExpectedConditions.presenceOfElementLocated(By.id("username")));
        browser.findElement(By.id("username")).sendKeys(username);
        browser.findElement(By.id("password")).sendKeys(Platform.DEMO_PASSWORD);
        browser.findElement(By.id("kc-login")).click();
        waitIn(browser).until(org.openqa.selenium.support.ui.ExpectedConditions.presenceOfElementLocated(By.className("user")));
    }

    static void signOut(WebDriver browser) {
        browser.get(Platform.GATEWAY + "/?lang=en");
        browser.findElement(By.linkText("Sign out")).click();
        waitIn(browser).until(org.openqa.selenium.support.ui.ExpectedConditions.presenceOfElementLocated(By.linkText("Sign in")));
    }
}
