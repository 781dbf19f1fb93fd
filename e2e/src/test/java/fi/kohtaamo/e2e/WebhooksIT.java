package fi.kohtaamo.e2e;

import com.sun.net.httpserver.HttpServer;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 26's webhooks end to end, through the gateway: a real HTTP receiver started here on 127.0.0.1
 * (the launcher lets the webhooks service send plain http to 127.0.0.0/8); the organisation's catalogue
 * admin subscribes it to contact.received on the administrators' page and reads the secret from the
 * page's answer; a contact the agency system submits arrives there signed as Standard Webhooks specifies;
 * then the receiver answers 503, the admin sends the delivery again from the page's delivery log, and it
 * arrives again with the same webhook-id, the 503 attempt visible in the log. In real Chromium, axe-core
 * checking the pages on the way.
 */
class WebhooksIT {

    private static final String PERMIT_SERVICE = "5e2b8f10-7a3c-4d1e-8b9f-00000000a004";
    private static final String RECEIVED = "fi.kohtaamo.contact.received.v1";

    /** What the receiver got: its headers and body, in arrival order. */
    record Arrival(String id, String timestamp, String signature, String body) {
        String type() {
            return JsonPath.from(body).getString("type");
        }

        String contactId() {
            return JsonPath.from(body).getString("data.contactId");
        }
    }

    private static final ConcurrentLinkedQueue<Arrival> ARRIVALS = new ConcurrentLinkedQueue<>();
    /** The status the receiver answers with. */
    private static final AtomicInteger ANSWER = new AtomicInteger(204);
    private static HttpServer receiver;
    private static WebDriver browser;

    @BeforeAll
    static void start() throws Exception {
        receiver = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        receiver.createContext("/", exchange -> {
            try (InputStream in = exchange.getRequestBody()) {
                String body = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                ARRIVALS.add(new Arrival(exchange.getRequestHeaders().getFirst("webhook-id"),
                        exchange.getRequestHeaders().getFirst("webhook-timestamp"),
                        exchange.getRequestHeaders().getFirst("webhook-signature"), body));
            }
            exchange.sendResponseHeaders(ANSWER.get(), -1);
            exchange.close();
        });
        receiver.start();
        browser = Browser.start("en");
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.quit();
        }
        if (receiver != null) {
            receiver.stop(0);
        }
    }

    @Test
    void aSubscriptionMadeOnThePageGetsSignedEventsAndARedeliveryFromThePage() throws Exception {
        String url = "http://127.0.0.1:" + receiver.getAddress().getPort() + "/kohtaamo/" + UUID.randomUUID();
        Browser.signIn(browser, "catalogue-admin.uusimaa");

        // The administrators' pages: from the catalogue to the webhooks, a new subscription made with its form.
        browser.get(Platform.GATEWAY + "/catalogue?lang=en");
        browser.findElement(By.id("webhooks-link")).click();
        Browser.waitIn(browser).until(ExpectedConditions.presenceOfElementLocated(By.id("new-subscription")));
        Browser.accessible(browser, "webhooks-list-en");
        browser.findElement(By.id("new-subscription")).click();
        Browser.waitIn(browser).until(ExpectedConditions.presenceOfElementLocated(By.id("subscription-form")));
        // Nothing chosen: refused beside the field, and nothing made.
        browser.findElement(By.id("url")).sendKeys(url);
        browser.findElement(By.id("save-subscription")).click();
        Browser.waitIn(browser).until(ExpectedConditions.presenceOfElementLocated(By.id("eventTypes-error")));
        assertThat(browser.findElement(By.id("eventTypes-error")).getText()).isEqualTo("Choose at least one event type.");
        Browser.accessible(browser, "webhooks-new-refused-en");
        browser.findElement(By.id("description")).sendKeys("End-to-end receiver");
        browser.findElement(By.id("eventType-contact.received")).click();
        browser.findElement(By.id("save-subscription")).click();
        Browser.waitIn(browser).until(ExpectedConditions.presenceOfElementLocated(By.id("secret")));
        String secret = browser.findElement(By.id("secret")).getText();
        assertThat(secret).startsWith("whsec_");
        assertThat(browser.getCurrentUrl()).as("the secret is never in an address").doesNotContain(secret.substring(6, 20));
        Browser.accessible(browser, "webhooks-secret-en");
        browser.findElement(By.id("to-subscription")).click();
        Browser.waitIn(browser).until(ExpectedConditions.presenceOfElementLocated(By.id("log-heading")));
        String page = browser.getCurrentUrl().replaceAll("\\?.*", "");
        assertThat(page).matches(".*/catalogue/webhooks/[0-9a-f-]{36}");
        assertThat(browser.getPageSource()).as("shown once").doesNotContain(secret);

        // A contact the agency system submits arrives, signed with the secret the page showed.
        String agencyToken = Platform.agencyToken();
        String contact = Awaitility.await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofSeconds(1))
                .until(() -> Platform.gateway().auth().oauth2(agencyToken).header("Idempotency-Key", "e2e-" + UUID.randomUUID())
                                .contentType(ContentType.JSON).body(Map.of("serviceId", PERMIT_SERVICE, "language", "fi",
                                        "attributes", Platform.PERMIT_ANSWERS, "description", "Webhookin testi"))
                                .when().post("/api/v1/contacts"),
                        response -> response.statusCode() == 201)
                .path("id");
        Arrival first = arrival(contact, null);
        assertThat(first.type()).isEqualTo(RECEIVED);
        assertThat(first.id()).isNotBlank();
        assertSigned(first, secret);

        // The receiver fails now; the admin sends the delivery again from the log: the same webhook-id arrives.
        ANSWER.set(503);
        By row = By.xpath("//table[@id='deliveries']/tbody/tr[.//code[@class='event-id' and normalize-space(.)='" + first.id() + "']]");
        // The receiver has answered; the log says so once the service has recorded the answer.
        Awaitility.await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofSeconds(1)).until(() -> {
            browser.get(page + "?lang=en");
            List<WebElement> rows = browser.findElements(row);
            return !rows.isEmpty() && rows.get(0).findElement(By.className("delivery-status")).getText().equals("Delivered");
        });
        String delivery = browser.findElement(row).getDomAttribute("id").substring("delivery-".length());
        Browser.accessible(browser, "webhooks-subscription-en");
        browser.findElement(By.id("redeliver-" + delivery)).click();
        Browser.waitIn(browser).until(ExpectedConditions.presenceOfElementLocated(By.id("notice")));
        assertThat(browser.findElement(By.id("notice")).getText()).contains("same event id");
        Arrival again = arrival(contact, first);
        assertThat(again.id()).as("the receiver's idempotency key").isEqualTo(first.id());
        assertThat(again.body()).isEqualTo(first.body());
        assertSigned(again, secret);

        // The failed attempt is in the log beside the first: its status code, time and duration.
        By codes = By.cssSelector("#attempts-" + delivery + " table.attempts tbody tr td:nth-child(2)");
        Awaitility.await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofSeconds(1)).until(() -> {
            browser.get(page + "?lang=en");
            return browser.findElements(codes).stream().map(cell -> cell.getDomProperty("textContent")).toList().contains("503");
        });
        browser.findElement(By.cssSelector("#attempts-" + delivery + " summary")).click();
        assertThat(browser.findElements(codes).stream().map(WebElement::getText).toList()).contains("204", "503");
        assertThat(browser.findElements(By.cssSelector("#attempts-" + delivery + " table.attempts tbody tr td:nth-child(3)")))
                .as("each attempt's duration").allSatisfy(cell -> assertThat(cell.getText()).matches("\\d+"));
        Browser.accessible(browser, "webhooks-attempts-en");

        // Deleted after its confirmation page: the list no longer has it.
        ANSWER.set(204);
        browser.findElement(By.id("delete-subscription")).click();
        Browser.waitIn(browser).until(ExpectedConditions.presenceOfElementLocated(By.id("delete-confirm")));
        Browser.accessible(browser, "webhooks-delete-en");
        browser.findElement(By.id("delete-confirm")).click();
        Browser.waitIn(browser).until(ExpectedConditions.presenceOfElementLocated(By.id("notice")));
        assertThat(browser.getPageSource()).doesNotContain(url);
        Browser.signOut(browser);
    }

    /** The next request about the contact's arrival after {@code after} (none: the first), waited for. */
    private static Arrival arrival(String contact, Arrival after) {
        return Awaitility.await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500))
                .until(() -> ARRIVALS.stream().filter(a -> a != after && RECEIVED.equals(a.type()) && contact.equals(a.contactId()))
                        .findFirst().orElse(null), a -> a != null);
    }

    /** Standard Webhooks: one of the signatures is v1, base64 HMAC-SHA256 of "id.timestamp.body" with the secret's key. */
    private static void assertSigned(Arrival arrival, String secret) throws Exception {
        assertThat(arrival.timestamp()).matches("\\d+");
        assertThat(Math.abs(System.currentTimeMillis() / 1000 - Long.parseLong(arrival.timestamp()))).isLessThan(300);
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(Base64.getDecoder().decode(secret.substring("whsec_".length())), "HmacSHA256"));
        String expected = "v1," + Base64.getEncoder().encodeToString(mac.doFinal(
                (arrival.id() + "." + arrival.timestamp() + "." + arrival.body()).getBytes(StandardCharsets.UTF_8)));
        assertThat(List.of(arrival.signature().split(" "))).contains(expected);
    }
}
