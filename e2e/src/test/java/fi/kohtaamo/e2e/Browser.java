package fi.kohtaamo.e2e;

import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;

/** Debian's Chromium, headless, driven by Debian's chromedriver: no browser is downloaded. */
final class Browser {

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
}
