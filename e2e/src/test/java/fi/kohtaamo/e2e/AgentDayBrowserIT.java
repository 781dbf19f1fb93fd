package fi.kohtaamo.e2e;

import io.restassured.http.ContentType;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An agent's and an expert's day in two real browsers, through the gateway and Keycloak: the agent
 * finds a client's old matter by its words, links the client to a new contact from the client 360
 * page, answers it with a reply template and a suggested article's link, and transfers it to the
 * expert queue; the expert, in push mode, accepts the offer on the workspace and resolves it.
 * axe-core checks each new page on the way (screenshots in target/screenshots).
 */
class AgentDayBrowserIT {

    private static final String PERMIT = "5e2b8f10-7a3c-4d1e-8b9f-00000000a004";
    /** An expert queue of ely-uusimaa (tier EXPERT). */
    private static final String URGENT = "7c1f0a00-0000-4000-8000-000000000005";

    private static WebDriver agent;
    private static WebDriver expert;
    private static String expertSubject;

    @BeforeAll
    static void start() throws Exception {
        agent = Browser.start("en");
        expert = Browser.start("en");
    }

    @AfterAll
    static void stop() {
        // The expert leaves push mode and goes offline, so that other tests' "next contact" is theirs.
        if (expertSubject != null) {
            settings(expertSubject, Platform.agentVersion(Platform.userToken("expert.uusimaa")), List.of(URGENT), false);
            Platform.gateway().auth().oauth2(Platform.userToken("expert.uusimaa")).contentType(ContentType.JSON)
                    .body(Map.of("presence", "OFFLINE")).when().put("/api/v1/agents/me/presence");
        }
        if (agent != null) {
            agent.quit();
        }
        if (expert != null) {
            expert.quit();
        }
    }

    private static void settings(String subject, String version, List<String> queues, boolean push) {
        Platform.gateway().auth().oauth2(Platform.userToken("supervisor.uusimaa")).contentType(ContentType.JSON)
                .header("If-Match", version)
                .body(Map.of("skills", Map.of("permits", 5, "roads", 5), "languages", List.of("fi", "sv", "en"),
                        "capacity", 50, "queueIds", queues, "pushOffers", push))
                .when().put("/api/v1/agents/" + subject).then().statusCode(200);
    }

    private static String subjectOf(String token) {
        return Platform.gateway().auth().oauth2(token).when().get("/api/v1/agents/me").then().statusCode(200)
                .extract().path("subject");
    }

    /** Letters only, so that the search's words and the registry's name search both take it whole. */
    private static String uniqueWord() {
        Random random = new Random();
        return "Vaahtera" + random.ints(8, 0, 26).mapToObj(i -> String.valueOf((char) ('a' + i))).collect(Collectors.joining());
    }

    @Test
    void findAnOldMatterLinkItsClientAnswerWithATemplateAndAnArticleTransferAndResolve() throws Exception {
        String agentToken = Platform.userToken("agent.uusimaa");
        List<String> queues = Platform.gateway().auth().oauth2(agentToken).when().get("/api/v1/queues").then().statusCode(200)
                .extract().path("findAll { it.organisation == 'ely-uusimaa' }.id");
        settings(subjectOf(agentToken), Platform.agentVersion(agentToken), queues, false);
        Platform.gateway().auth().oauth2(agentToken).contentType(ContentType.JSON).body(Map.of("presence", "AVAILABLE"))
                .when().put("/api/v1/agents/me/presence").then().statusCode(200);
        String expertToken = Platform.userToken("expert.uusimaa");
        expertSubject = subjectOf(expertToken);
        settings(expertSubject, Platform.agentVersion(expertToken), List.of(URGENT), true);

        // The client, registered earlier, and their old matter, resolved by the agent.
        String surname = uniqueWord();
        String clientId = Platform.gateway().auth().oauth2(Platform.userToken("registry-admin.uusimaa")).contentType(ContentType.JSON)
                .body(Map.of("kind", "PERSON", "firstName", "Aino", "lastName", surname,
                        "emails", List.of(surname.toLowerCase() + "@example.fi")))
                .when().post("/api/v1/clients").then().statusCode(201).extract().path("id");
        String oldId = Platform.gateway().contentType(ContentType.JSON)
                .body(Map.of("language", "en", "description", "Our " + surname + " farm road needs a new culvert.",
                        "contact", Map.of("name", "Aino " + surname)))
                .when().post("/api/v1/contacts").then().statusCode(201).extract().path("id");
        Platform.gateway().auth().oauth2(agentToken).when().post("/api/v1/contacts/" + oldId + "/take").then().statusCode(200);
        String oldCode = Platform.gateway().auth().oauth2(agentToken).contentType(ContentType.JSON)
                .body(Map.of("code", "ANSWERED", "justification", "The culvert is the road owner's to renew."))
                .when().post("/api/v1/contacts/" + oldId + "/resolve").then().statusCode(200).extract().path("trackingCode");

        // Today's contact from the same person, about a road connection permit, without a client.
        Map<String, Object> created = Platform.gateway().contentType(ContentType.JSON)
                .body(Map.of("serviceId", PERMIT, "language", "en",
                        "description", "I need a permit to connect my new plot to the road. How do I apply for the permit?",
                        "attributes", Map.of("road_number", "1234", "connection_use", "residential"),
                        "contact", Map.of("name", "Aino " + surname)))
                .when().post("/api/v1/contacts").then().statusCode(201).extract().as(Map.class);
        String id = (String) created.get("id");
        String code = (String) created.get("trackingCode");
        // The registry learns of the contact from routing's event; its search names the contact.
        Awaitility.await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofSeconds(1)).until(() ->
                Platform.gateway().auth().oauth2(agentToken).contentType(ContentType.JSON)
                        .body(Map.of("q", surname, "contactId", id, "purpose", "Finding the client of a contact"))
                        .when().post("/api/v1/clients/search").statusCode() == 200);
        // A published public article on the matter, for the suggestions (the tests make their own data).
        String editor = Platform.userToken("content-editor.uusimaa");
        String article = Platform.gateway().auth().oauth2(editor).contentType(ContentType.JSON)
                .body(Map.of("language", "en", "title", "Connecting a plot to the road " + surname, "audience", "PUBLIC",
                        "body", "Apply for a permit to connect a new plot to a public road before you build the connection.",
                        "serviceIds", List.of(PERMIT)))
                .when().post("/api/v1/articles").then().statusCode(201).extract().path("id");
        Platform.gateway().auth().oauth2(editor).when().post("/api/v1/articles/" + article + "/translations/en/submit")
                .then().statusCode(200);
        Platform.gateway().auth().oauth2(Platform.userToken("reviewer.uusimaa"))
                .when().post("/api/v1/articles/" + article + "/translations/en/approve").then().statusCode(200);
        String template = "Reply " + surname;
        Platform.gateway().auth().oauth2(Platform.userToken("supervisor.uusimaa")).contentType(ContentType.JSON)
                .body(Map.of("name", template, "texts", Map.of(
                        "fi", "Hei {client_name}, kiitos yhteydenotostasi {tracking_code} ({service}). Terveisin {agent}",
                        "en", "Hello {client_name}, thank you for your contact {tracking_code} about {service}. Regards, {agent}")))
                .when().post("/api/v1/reply-templates").then().statusCode(201);

        // 1. The agent finds the old matter by a word of it, closed as it is.
        Browser.signIn(agent, "agent.uusimaa");
        agent.get(Platform.GATEWAY + "/work/search?lang=en&q=" + surname);
        Browser.waitIn(agent).until(ExpectedConditions.presenceOfElementLocated(By.id("results-heading")));
        agent.findElement(By.linkText(oldCode)).click();
        Browser.waitIn(agent).until(ExpectedConditions.textToBe(By.tagName("h1"), "Contact " + oldCode));
        assertThat(agent.findElement(By.id("resolution")).getText()).contains("road owner's to renew");

        // 2. Today's contact: take it, and link the client found in the registry.
        agent.get(Platform.GATEWAY + "/work/contacts/" + id + "?lang=en");
        agent.findElement(By.id("take")).click();
        Browser.waitIn(agent).until(ExpectedConditions.presenceOfElementLocated(By.id("assigned-to")));
        assertThat(agent.findElement(By.id("assigned-to")).getText()).isEqualTo("agent.uusimaa");
        agent.findElement(By.id("client-360-link")).click();
        Browser.waitIn(agent).until(ExpectedConditions.presenceOfElementLocated(By.id("no-client")));
        Browser.accessible(agent, "client-360-find-en");
        agent.findElement(By.id("q")).sendKeys(surname);
        agent.findElement(By.cssSelector("form[action$='/client-360/search'] button")).click();
        Browser.waitIn(agent).until(ExpectedConditions.presenceOfElementLocated(By.id("client-" + clientId)));
        agent.findElement(By.cssSelector("label[for='client-" + clientId + "']")).click();
        agent.findElement(By.cssSelector("form[action$='/client-360/link'] button")).click();
        Awaitility.await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(
                Platform.gateway().auth().oauth2(agentToken).when().get("/api/v1/contacts/" + id).then().statusCode(200)
                        .extract().<String>path("clientId")).isEqualTo(clientId));
        // The whole client, read with a purpose, once the registry has the link from routing's event.
        Awaitility.await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofSeconds(1)).until(() ->
                Platform.gateway().auth().oauth2(agentToken).queryParam("contactId", id).queryParam("purpose", "Answering the client")
                        .when().get("/api/v1/clients/" + clientId).statusCode() == 200);
        agent.get(Platform.GATEWAY + "/work/contacts/" + id + "/client-360?lang=en");
        Browser.waitIn(agent).until(ExpectedConditions.presenceOfElementLocated(By.id("purpose")));
        agent.findElement(By.id("purpose")).sendKeys("Answering the client's permit question");
        agent.findElement(By.cssSelector("form[action$='/client-360'] button")).click();
        Browser.waitIn(agent).until(ExpectedConditions.presenceOfElementLocated(By.id("client-record")));
        assertThat(agent.findElement(By.id("client-record")).getText()).contains(surname);
        Browser.accessible(agent, "client-360-en");

        // 3. The answer: the template, filled for this contact, then a suggested article's link.
        agent.get(Platform.GATEWAY + "/work/contacts/" + id + "?lang=en");
        new Select(agent.findElement(By.id("reply-template"))).selectByVisibleText(template);
        agent.findElement(By.id("insert-template")).click();
        // read afresh until the page has settled: the element found a moment ago may belong to a
        // document the insert has just replaced (CI once: "Node ... does not belong to the document")
        String reply = Browser.waitIn(agent).ignoring(WebDriverException.class).until(driver -> {
            String value = driver.findElement(By.id("reply-text")).getAttribute("value");
            return value != null && value.contains(code) ? value : null;
        });
        assertThat(reply)
                .startsWith("Hello Aino " + surname + ", thank you for your contact " + code).contains("agent.uusimaa");
        agent.findElement(By.cssSelector("button[value^='link:']")).click();
        Browser.waitIn(agent).until(ExpectedConditions.textToBePresentInElementValue(By.id("reply-text"), "/articles/"));
        Browser.accessible(agent, "work-contact-reply-aids-en");
        agent.findElement(By.cssSelector("form[action$='/reply'] button[type=submit]:not([formaction])")).click();
        Browser.waitIn(agent).until(ExpectedConditions.textToBePresentInElementLocated(By.className("history"), "thank you for your contact"));

        // 4. Transfer to the expert queue with a handover note.
        new Select(agent.findElement(By.id("transfer-queueId"))).selectByValue(URGENT);
        agent.findElement(By.id("transfer-text")).sendKeys("The client needs a decision on the connection; old matter " + oldCode + ".");
        agent.findElement(By.cssSelector("form[action$='/transfer'] button")).click();
        Browser.waitIn(agent).until(ExpectedConditions.presenceOfElementLocated(By.id("notice")));

        // 5. The expert, available in push mode, is offered it on the workspace and accepts.
        Browser.signIn(expert, "expert.uusimaa");
        expert.get(Platform.GATEWAY + "/work?lang=en");
        new Select(expert.findElement(By.id("presence"))).selectByValue("AVAILABLE");
        expert.findElement(By.cssSelector("form[action='/work/presence'] button")).click();
        Browser.waitIn(expert).until(ExpectedConditions.presenceOfElementLocated(By.id("notice")));
        Awaitility.await().atMost(Duration.ofSeconds(40)).pollInterval(Duration.ofSeconds(2)).until(() -> {
            expert.get(Platform.GATEWAY + "/work?lang=en");
            return !expert.findElements(By.id("offer-" + code)).isEmpty();
        });
        assertThat(expert.findElement(By.id("offer-left-" + code)).getText()).matches("\\d+ s");
        Browser.accessible(expert, "work-offers-en");
        expert.findElement(By.cssSelector("#offer-" + code + " form[action$='/accept'] button")).click();
        Browser.waitIn(expert).until(ExpectedConditions.textToBe(By.tagName("h1"), "Contact " + code));
        assertThat(expert.findElement(By.id("assigned-to")).getText()).isEqualTo("expert.uusimaa");
        assertThat(expert.findElement(By.tagName("main")).getText()).contains("old matter " + oldCode);

        // 6. The expert resolves it.
        new Select(expert.findElement(By.id("resolve-code"))).selectByValue("DECISION_MADE");
        expert.findElement(By.id("resolve-text")).sendKeys("The connection permit is granted.");
        expert.findElement(By.id("resolve")).click();
        Browser.waitIn(expert).until(ExpectedConditions.presenceOfElementLocated(By.id("resolution")));
        assertThat(Platform.gateway().auth().oauth2(expertToken).when().get("/api/v1/contacts/" + id).then().statusCode(200)
                .extract().<String>path("status")).isEqualTo("RESOLVED");
        Browser.signOut(agent);
        Browser.signOut(expert);
    }
}
