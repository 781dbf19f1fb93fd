package fi.kohtaamo.e2e;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A phone call logged in the workspace, through the gateway and Keycloak: the agent logs it, tells
 * the code, finds the contact by that code in the organisation's search and opens it, where it
 * reads as logged (channel, language, the caller's number, the matter) and waits to be taken.
 */
class PhoneContactIT {

    private static WebDriver staff;

    @BeforeAll
    static void start() throws Exception {
        staff = Browser.start("en");
    }

    @AfterAll
    static void stop() {
        if (staff != null) {
            staff.quit();
        }
    }

    @Test
    void aLoggedCallIsFoundByItsCodeAndOpened() throws Exception {
        String matter = "Caller asks about snow ploughing on road 1234, reference " + UUID.randomUUID().toString().substring(0, 8);
        Browser.signIn(staff, "agent.uusimaa");
        staff.get(Platform.GATEWAY + "/work/phone?lang=en");
        staff.findElement(By.id("description")).sendKeys(matter);
        new Select(staff.findElement(By.id("language"))).selectByValue("en");
        staff.findElement(By.id("name")).sendKeys("Eero Esimerkki");
        staff.findElement(By.id("phone")).sendKeys("+358 40 123 4567");
        staff.findElement(By.cssSelector("form[action='/work/phone'] button[type=submit]")).click();
        Browser.waitIn(staff).until(ExpectedConditions.presenceOfElementLocated(By.id("tracking-code")));
        String code = staff.findElement(By.id("tracking-code")).getText();
        assertThat(code).matches("KH-[A-Z0-9]{4}-[A-Z0-9]{4}");
        assertThat(staff.findElement(By.id("access-secret")).getText()).isNotBlank();

        staff.get(Platform.GATEWAY + "/work/search?lang=en&q=" + code);
        Browser.waitIn(staff).until(ExpectedConditions.presenceOfElementLocated(By.linkText(code)));
        staff.findElement(By.linkText(code)).click();
        Browser.waitIn(staff).until(ExpectedConditions.presenceOfElementLocated(By.id("contact-status")));
        assertThat(staff.findElement(By.tagName("h1")).getText()).isEqualTo("Contact " + code);
        assertThat(staff.findElement(By.className("description")).getText()).isEqualTo(matter);
        assertThat(staff.findElement(By.id("contact-language")).getText()).isEqualTo("English");
        assertThat(staff.findElement(By.className("details")).getText()).contains("Phone").contains("+358 40 123 4567")
                .contains("Eero Esimerkki");
        assertThat(staff.findElements(By.id("take"))).as("waiting to be taken").hasSize(1);
        Browser.accessible(staff, "work-phone-logged-en");
        Browser.signOut(staff);
    }
}
