package fi.kohtaamo.e2e;

import io.restassured.http.ContentType;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.Session;
import jakarta.mail.Store;
import jakarta.mail.internet.MimeMultipart;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

/**
 * A survey that reaches people, end to end through the gateway with real Keycloak tokens: the
 * registry's administration puts three clients in a new segment (one then erased), the manager
 * creates a survey, counts the segment's recipients and sends it; the mails are read from the
 * local mail server's IMAP mailboxes; one recipient answers through the link, the manager's
 * "remind now" (the same reminder the hourly job sends when the days have passed) reaches the
 * other only, who then opts out; the results and delivery counts show it. The manager's pages
 * are checked with axe and kept as screenshots.
 */
class SurveySendingIT {

    private static final String IMAP_PORT = System.getProperty("kohtaamo.mail.imap.port", "3143");
    private static final Pattern LINK = Pattern.compile("/surveys/([a-z0-9]{20,})");
    private static final Pattern OPT_OUT = Pattern.compile("/surveys/opt-out/([a-z0-9]{20,})");

    private static String person(String admin, String first, String email, String language) {
        Map<String, Object> body = new HashMap<>(Map.of("kind", "PERSON", "firstName", first, "lastName", "Vastaaja",
                "preferredLanguage", language, "emails", List.of(email)));
        return Platform.gateway().auth().oauth2(admin).contentType(ContentType.JSON).body(body)
                .when().post("/api/v1/clients").then().statusCode(201).extract().path("id");
    }

    /** The mails in the address's mailbox on the local mail server (its login and password are the address). */
    private static List<String[]> mailbox(String address) throws Exception {
        Properties properties = new Properties();
        properties.put("mail.imap.host", "127.0.0.1");
        properties.put("mail.imap.port", IMAP_PORT);
        Store store = Session.getInstance(properties).getStore("imap");
        store.connect("127.0.0.1", Integer.parseInt(IMAP_PORT), address, address);
        try {
            Folder inbox = store.getFolder("INBOX");
            inbox.open(Folder.READ_ONLY);
            List<String[]> mails = new ArrayList<>();
            for (Message message : inbox.getMessages()) {
                Object content = message.getContent();
                String text = content instanceof MimeMultipart multipart ? String.valueOf(multipart.getBodyPart(0).getContent())
                        : String.valueOf(content);
                mails.add(new String[]{message.getSubject(), text});
            }
            inbox.close(false);
            return mails;
        } finally {
            store.close();
        }
    }

    private static List<String[]> awaitMails(String address, int count) {
        return Awaitility.await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofSeconds(2)).ignoreExceptions()
                .until(() -> mailbox(address), mails -> mails.size() >= count);
    }

    private static String find(Pattern pattern, String text) {
        Matcher matcher = pattern.matcher(text);
        assertThat(matcher.find()).as("a link in " + text).isTrue();
        return matcher.group(1);
    }

    @Test
    void aSegmentsClientsGetTheSurveyAReminderAndTheirAnswersCount() throws Exception {
        String run = UUID.randomUUID().toString().substring(0, 8);
        String admin = Platform.userToken("registry-admin.uusimaa");
        String segment = "e2e-panel-" + run;
        Platform.gateway().auth().oauth2(admin).contentType(ContentType.JSON)
                .body(Map.of("nameFi", "Kyselypaneeli " + run, "nameSv", "Enkätpanel " + run, "nameEn", "Survey panel " + run))
                .when().put("/api/v1/segments/" + segment).then().statusCode(200);
        String sven = "sven-" + run + "@example.org";
        String aino = "aino-" + run + "@example.org";
        String erkki = "erkki-" + run + "@example.org";
        List<String> clients = List.of(person(admin, "Sven", sven, "sv"), person(admin, "Aino", aino, "fi"),
                person(admin, "Erkki", erkki, "fi"));
        for (String client : clients) {
            Platform.gateway().auth().oauth2(admin).when().put("/api/v1/clients/" + client + "/segments/" + segment)
                    .then().statusCode(200);
        }
        Platform.gateway().auth().oauth2(admin).contentType(ContentType.JSON)
                .body(Map.of("reason", "The client asked for erasure (GDPR art. 17)"))
                .when().post("/api/v1/clients/" + clients.get(2) + "/erasure").then().statusCode(204);

        // The manager creates an image survey from its type's defaults, counts and sends.
        String manager = Platform.userToken("manager.uusimaa");
        Map<String, Object> defaults = Platform.gateway().auth().oauth2(manager).when()
                .get("/api/v1/survey-defaults/AWARENESS_AND_IMAGE").then().statusCode(200)
                .body("audience", equalTo("SEGMENT")).body("anonymous", equalTo(true)).extract().as(Map.class);
        Map<String, Object> survey = new HashMap<>(Map.of("type", "AWARENESS_AND_IMAGE",
                "title", Map.of("fi", "Mielikuva " + run, "sv", "Image " + run, "en", "Image " + run),
                "questions", defaults.get("questions"), "anonymous", true, "reminderAfterDays", 3));
        String id = Platform.gateway().auth().oauth2(manager).contentType(ContentType.JSON).body(survey)
                .when().post("/api/v1/surveys").then().statusCode(201).extract().path("id");
        String path = "/api/v1/surveys/" + id;
        Map<String, Object> audience = Map.of("audience", Map.of("segment", segment));
        Platform.gateway().auth().oauth2(manager).contentType(ContentType.JSON).body(audience)
                .when().post(path + "/recipients/preview").then().statusCode(200)
                .body("found", equalTo(2)).body("toSend", equalTo(2));
        Platform.gateway().auth().oauth2(manager).contentType(ContentType.JSON).body(audience)
                .when().post(path + "/sendings").then().statusCode(428);
        String etag = Platform.gateway().auth().oauth2(manager).when().get(path).then().statusCode(200).extract().header("ETag");
        etag = Platform.gateway().auth().oauth2(manager).contentType(ContentType.JSON).header("If-Match", etag).body(audience)
                .when().post(path + "/sendings").then().statusCode(201).body("sent", equalTo(2)).extract().header("ETag");

        // Each gets a personal link in their own language; the erased client gets nothing.
        String[] toSven = awaitMails(sven, 1).getFirst();
        String[] toAino = awaitMails(aino, 1).getFirst();
        assertThat(toSven[0]).isEqualTo("Image " + run);
        assertThat(toSven[1]).contains("Din personliga länk");
        assertThat(toAino[0]).isEqualTo("Mielikuva " + run);
        assertThat(find(LINK, toSven[1])).isNotEqualTo(find(LINK, toAino[1]));

        // Sven answers through his link, once.
        String svensLink = find(LINK, toSven[1]);
        Platform.gateway().when().get("/api/v1/survey-invitations/" + svensLink).then().statusCode(200)
                .body("language", equalTo("sv"));
        List<Map<String, Object>> answers = List.of(Map.of("question", "awareness", "score", 4),
                Map.of("question", "image", "score", 5));
        Platform.gateway().contentType(ContentType.JSON).body(Map.of("answers", answers))
                .when().post("/api/v1/survey-invitations/" + svensLink + "/response").then().statusCode(201);
        Platform.gateway().contentType(ContentType.JSON).body(Map.of("answers", answers))
                .when().post("/api/v1/survey-invitations/" + svensLink + "/response").then().statusCode(410);

        // The reminder reaches only Aino, with the same link; she then opts out through the mail's link.
        Platform.gateway().auth().oauth2(manager).header("If-Match", etag).when().post(path + "/reminders")
                .then().statusCode(200).body("sent", equalTo(1));
        List<String[]> ainos = awaitMails(aino, 2);
        assertThat(ainos.get(1)[0]).isEqualTo("Muistutus: Mielikuva " + run);
        assertThat(find(LINK, ainos.get(1)[1])).isEqualTo(find(LINK, toAino[1]));
        String ainosOptOut = find(OPT_OUT, ainos.get(1)[1]);

        WebDriver browser = Browser.start("fi");
        try {
            // Aino's survey page in her language, then the opt-out page; the manager's pages.
            browser.get(Platform.GATEWAY + "/surveys/" + find(LINK, toAino[1]));
            Browser.waitIn(browser).until(ExpectedConditions.presenceOfElementLocated(By.id("q-awareness")));
            assertThat(browser.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("fi");
            Browser.accessible(browser, "survey-recipient-fi");
            browser.get(Platform.GATEWAY + "/surveys/opt-out/" + ainosOptOut + "?lang=fi");
            Browser.waitIn(browser).until(ExpectedConditions.presenceOfElementLocated(By.id("optout-button")));
            browser.findElement(By.id("optout-button")).click();
            Browser.waitIn(browser).until(ExpectedConditions.presenceOfElementLocated(By.id("optout-outcome")));

            Browser.signIn(browser, "manager.uusimaa");
            browser.get(Platform.GATEWAY + "/manage/surveys/new?type=STAKEHOLDER&lang=en");
            Browser.waitIn(browser).until(ExpectedConditions.presenceOfElementLocated(By.id("survey-form")));
            Browser.accessible(browser, "survey-new-en");
            browser.get(Platform.GATEWAY + "/manage/surveys/" + id + "/send?lang=en");
            Browser.waitIn(browser).until(ExpectedConditions.presenceOfElementLocated(By.id("send-form")));
            browser.findElement(By.id("segment")).sendKeys(segment);
            browser.findElement(By.id("preview-button")).click();
            Browser.waitIn(browser).until(ExpectedConditions.presenceOfElementLocated(By.id("preview")));
            assertThat(browser.findElement(By.id("preview")).getText()).contains("2 found", "1 have opted out",
                    "1 have already been sent this survey", "0 would be sent it now");
            assertThat(browser.findElement(By.id("delivery")).getText()).contains("2 2 1 1 1");
            Browser.accessible(browser, "survey-send-en");
            Browser.signOut(browser);
        } finally {
            browser.quit();
        }

        Platform.gateway().auth().oauth2(manager).when().get(path + "/delivery").then().statusCode(200)
                .body("recipients", equalTo(2)).body("invitationsSent", equalTo(2)).body("remindersSent", equalTo(1))
                .body("answered", equalTo(1)).body("optedOut", equalTo(1));
        Platform.gateway().auth().oauth2(manager).when().get(path + "/results").then().statusCode(200)
                .body("invited", equalTo(2)).body("responded", equalTo(1));
        // Sven answered: no reminder. (Erkki, erased, was never among the two found.)
        assertThat(mailbox(sven)).hasSize(1);
    }
}
