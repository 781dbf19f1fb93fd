package fi.kohtaamo.feedback;

import fi.kohtaamo.caller.Caller;
import fi.kohtaamo.testsupport.GreenMailResource;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import fi.kohtaamo.feedback.domain.Feedback;
import fi.kohtaamo.feedback.service.Feedbacks;
import fi.kohtaamo.feedback.service.NewFeedback;
import fi.kohtaamo.feedback.service.SenderMails;
import fi.kohtaamo.feedback.service.Themes;
import fi.kohtaamo.testsupport.KohtaamoServicesResource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import jakarta.mail.internet.MimeMessage;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;

/** Spontaneous feedback: sent by anyone, routed to its organisation, handled, themed and answered. */
@QuarkusTest
@QuarkusTestResource(value = KohtaamoServicesResource.class, initArgs = @ResourceArg(name = "schema", value = "feedback"))
@QuarkusTestResource(GreenMailResource.class)
class FeedbackHandlingTest {

    private static final Caller SENDER = Caller.ANONYMOUS;
    private static final Caller MANAGER = new Caller("m-1", "manager-uusimaa", "ely-uusimaa", Set.of("manager"), false);
    private static UUID uusimaaService;

    @Inject
    ObjectMapper mapper;

    @Inject
    Feedbacks feedbacks;

    @Inject
    Themes themes;

    @Inject
    SenderMails mails;

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @BeforeEach
    void services() throws Exception {
        if (uusimaaService == null) {
            uusimaaService = new Fixtures(mapper, bootstrapServers).service("ely-uusimaa", "ROADS_AND_TRAFFIC");
            QuarkusTransaction.requiringNew().run(() -> {
                themes.put("ely-uusimaa", "road-condition", new Themes.ThemeInput("Tien kunto", "Vägens skick",
                        "Road condition", List.of("kuopp", "aura", "pothole")));
                themes.put("ely-uusimaa", "waiting-time", new Themes.ThemeInput("Odotusaika", "Väntetid",
                        "Waiting time", List.of("odot", "jono", "wait")));
            });
        }
    }

    private Feedback sent(String text, String email) {
        return feedbacks.receive(SENDER, new NewFeedback("COMPLAINT", text, "sv", null, uusimaaService, null, null,
                "Sven", email, null));
    }

    @Test
    void anAnonymousSenderGetsAReferenceAndTheServicesOrganisationGetsTheFeedback() throws Exception {
        String id = given().contentType(ContentType.JSON).body(Map.of("kind", "COMPLAINT", "serviceId", uusimaaService,
                        "text", "Tiellä on kuoppia ja jouduin odottamaan puhelimessa pitkään", "language", "fi"))
                .when().post("/api/v1/feedback").then().statusCode(201)
                .body("reference", matchesPattern("FB-[2-9A-Z]{4}-[2-9A-Z]{4}"))
                .body("reachable", equalTo(false))
                .body("replyDue", notNullValue())
                .extract().path("id");
        Feedback stored = QuarkusTransaction.requiringNew().call(() -> Feedback.<Feedback>findById(UUID.fromString(id)));
        assertThat(stored.organisation).isEqualTo("ely-uusimaa");
        assertThat(stored.serviceGroup).isEqualTo("ROADS_AND_TRAFFIC");
        assertThat(stored.status).isEqualTo(Feedback.Status.NEW);
        assertThat(stored.channel).isEqualTo("WEB");
        assertThat(stored.suggestedThemes).as("keywords at word starts: kuoppia, odottamaan")
                .containsExactly("road-condition", "waiting-time");
        assertThat(Duration.between(stored.receivedAt, stored.replyDue)).isEqualTo(Duration.ofDays(5));

        List<ConsumerRecord<String, String>> events = new Fixtures(mapper, bootstrapServers).kafka()
                .await("kohtaamo.feedback.v1", record -> id.equals(record.key()), 1, Duration.ofSeconds(30));
        JsonNode event = mapper.readTree(events.get(0).value());
        assertThat(event.path("type").asText()).isEqualTo(Feedbacks.RECEIVED);
        assertThat(event.path("data").path("kind").asText()).isEqualTo("COMPLAINT");
        assertThat(events.get(0).value()).as("no text in events").doesNotContain("kuoppia");
    }

    @Test
    void badFeedbackIsRefusedNamingTheField() {
        assertField(Map.of("text", "Hyvä palvelu", "serviceId", uusimaaService), "kind");
        assertField(Map.of("kind", "LOVE", "text", "Hyvä", "serviceId", uusimaaService), "kind");
        assertField(Map.of("kind", "PRAISE", "text", "  ", "serviceId", uusimaaService), "text");
        assertField(Map.of("kind", "PRAISE", "text", "x".repeat(5001), "serviceId", uusimaaService), "text");
        assertField(Map.of("kind", "PRAISE", "text", "Hyvä", "serviceId", UUID.randomUUID()), "serviceId");
        assertField(Map.of("kind", "PRAISE", "text", "Hyvä"), "organisation");
        assertField(Map.of("kind", "PRAISE", "text", "Hyvä", "organisation", "no-such-agency"), "organisation");
        assertField(Map.of("kind", "PRAISE", "text", "Hyvä", "serviceId", uusimaaService, "email", "not-an-address"), "email");
        assertField(Map.of("kind", "PRAISE", "text", "Hyvä", "serviceId", uusimaaService, "language", "de"), "language");
        assertField(Map.of("kind", "PRAISE", "text", "Hyvä", "serviceId", uusimaaService, "channel", "PHONE"), "channel");
        assertField(Map.of("kind", "PRAISE", "text", "Hyvä", "serviceId", uusimaaService, "clientId", UUID.randomUUID()), "clientId");
        assertField(Map.of("kind", "PRAISE", "text", "Hyvä", "serviceId", uusimaaService, "organisation", "ely-pirkanmaa"), "organisation");
        given().contentType(ContentType.JSON).body("{\"kind\": ").when().post("/api/v1/feedback").then().statusCode(400);
    }

    private static void assertField(Map<String, Object> body, String field) {
        if (field == null) {
            // An unknown member is ignored, not an error: the rest is valid.
            given().contentType(ContentType.JSON).body(body).when().post("/api/v1/feedback").then().statusCode(201);
            return;
        }
        given().contentType(ContentType.JSON).body(body).when().post("/api/v1/feedback").then().statusCode(400)
                .contentType("application/problem+json").body("violations[0].field", equalTo(field));
    }

    @Test
    @TestSecurity(user = "handler-uusimaa", roles = "feedback-handler")
    @OidcSecurity(claims = @Claim(key = "org", value = "ely-uusimaa"))
    void aHandlerTakesThemesAnswersAndClosesAndTheSenderIsMailedTheAnswer() throws Exception {
        Feedback feedback = QuarkusTransaction.requiringNew().call(() -> sent("Jonot ovat liian pitkiä", "sven@example.org"));
        String path = "/api/v1/feedback/" + feedback.id;
        given().queryParam("status", "NEW").when().get("/api/v1/feedback").then().statusCode(200)
                .body("id", hasItem(feedback.id.toString()));
        given().when().post(path + "/claim").then().statusCode(200)
                .body("status", equalTo("IN_PROGRESS")).body("handler", equalTo("handler-uusimaa"));
        given().queryParam("mine", true).when().get("/api/v1/feedback").then().statusCode(200)
                .body("id", hasItem(feedback.id.toString()));
        given().contentType(ContentType.JSON).body(Map.of("themes", List.of("no-such-theme")))
                .when().put(path + "/themes").then().statusCode(400).body("violations[0].field", equalTo("themes"));
        given().contentType(ContentType.JSON).body(Map.of("themes", List.of("waiting-time")))
                .when().put(path + "/themes").then().statusCode(200).body("themes", contains("waiting-time"));
        given().queryParam("theme", "waiting-time").when().get("/api/v1/feedback").then().statusCode(200)
                .body("id", hasItem(feedback.id.toString()));
        given().contentType(ContentType.JSON).body(Map.of("text", " ")).when().post(path + "/reply").then().statusCode(400)
                .body("violations[0].field", equalTo("text"));

        int before = GreenMailResource.smtp().getReceivedMessages().length;
        given().contentType(ContentType.JSON).body(Map.of("text", "Tack, vi har lagt till personal i telefontjänsten."))
                .when().post(path + "/reply").then().statusCode(200).body("status", equalTo("ANSWERED"));
        given().contentType(ContentType.JSON).body(Map.of("text", "Again")).when().post(path + "/reply")
                .then().statusCode(409);
        assertThat(mails.deliver(Instant.now(), 50)).isGreaterThanOrEqualTo(1);
        List<MimeMessage> received = Arrays.stream(GreenMailResource.smtp().getReceivedMessages()).skip(before).toList();
        MimeMessage mail = received.stream().filter(m -> {
            try {
                return m.getSubject().contains(feedback.reference);
            } catch (Exception e) {
                return false;
            }
        }).findFirst().orElseThrow();
        assertThat(mail.getAllRecipients()[0].toString()).isEqualTo("sven@example.org");
        assertThat(mail.getSubject()).startsWith("Svar på din respons");
        assertThat(com.icegreen.greenmail.util.GreenMailUtil.getBody(mail)).contains("lagt till personal");

        given().contentType(ContentType.JSON).body(Map.of("note", "Done")).when().post(path + "/close")
                .then().statusCode(200).body("status", equalTo("CLOSED"));
        given().when().post(path + "/reopen").then().statusCode(200).body("status", equalTo("IN_PROGRESS"));
        given().when().get(path).then().statusCode(200)
                .body("feedback.text", equalTo("Jonot ovat liian pitkiä"))
                .body("history.kind", contains("RECEIVED", "CLAIMED", "THEMES_SET", "ANSWERED", "CLOSED", "REOPENED"))
                .body("history[1].actor", equalTo("handler-uusimaa"))
                .body("history[3].details.mailed", equalTo(true));

        List<ConsumerRecord<String, String>> events = new Fixtures(mapper, bootstrapServers).kafka()
                .await("kohtaamo.feedback.v1", record -> feedback.id.toString().equals(record.key())
                        && record.value().contains(Feedbacks.ANSWERED), 1, Duration.ofSeconds(30));
        JsonNode answered = mapper.readTree(events.get(0).value()).path("data");
        assertThat(answered.path("onTime").asBoolean()).isTrue();
        assertThat(answered.path("themes").get(0).asText()).isEqualTo("waiting-time");
        assertThat(events.get(0).value()).doesNotContain("telefontjänsten").doesNotContain("sven@example.org");
    }

    @Test
    @TestSecurity(user = "handler-2", roles = "feedback-handler")
    @OidcSecurity(claims = @Claim(key = "org", value = "ely-uusimaa"))
    void aFeedbackHandledBySomeoneElseIsNotTakenOver() {
        Feedback feedback = QuarkusTransaction.requiringNew().call(() -> {
            Feedback f = sent("Palaute", null);
            feedbacks.claim(MANAGER, f.id);
            return f;
        });
        given().when().post("/api/v1/feedback/" + feedback.id + "/claim").then().statusCode(409);
        given().when().post("/api/v1/feedback/" + feedback.id + "/release").then().statusCode(403);
        given().queryParam("status", "OPEN").when().get("/api/v1/feedback").then().statusCode(400)
                .body("violations[0].field", equalTo("status"));
        given().queryParam("size", 500).when().get("/api/v1/feedback").then().statusCode(400)
                .body("violations[0].field", equalTo("size"));
    }

    @Test
    @TestSecurity(user = "handler-pirkanmaa", roles = "feedback-handler")
    @OidcSecurity(claims = @Claim(key = "org", value = "ely-pirkanmaa"))
    void anotherOrganisationsHandlerSeesNoneOfIt() {
        Feedback feedback = QuarkusTransaction.requiringNew().call(() -> sent("Palaute Uudellemaalle", null));
        given().when().get("/api/v1/feedback").then().statusCode(200).body("id", not(hasItem(feedback.id.toString())));
        given().when().get("/api/v1/feedback/" + feedback.id).then().statusCode(404);
        given().when().post("/api/v1/feedback/" + feedback.id + "/claim").then().statusCode(404);
        given().contentType(ContentType.JSON).body(Map.of("text", "x")).when()
                .post("/api/v1/feedback/" + feedback.id + "/reply").then().statusCode(404);
    }

    @Test
    @TestSecurity(user = "agent-uusimaa", roles = "agent")
    @OidcSecurity(claims = @Claim(key = "org", value = "ely-uusimaa"))
    void agentsDoNotWorkTheFeedbackQueueButLogFeedbackFromThePhone() {
        given().when().get("/api/v1/feedback").then().statusCode(403);
        given().contentType(ContentType.JSON).body(Map.of("name", Map.of("fi", "x", "sv", "x", "en", "x")))
                .when().put("/api/v1/feedback-themes/x").then().statusCode(403);
        String id = given().contentType(ContentType.JSON).body(Map.of("kind", "PRAISE", "text", "Kiitos avusta puhelimessa",
                        "channel", "PHONE")).when().post("/api/v1/feedback").then().statusCode(201).extract().path("id");
        Feedback stored = QuarkusTransaction.requiringNew().call(() -> Feedback.<Feedback>findById(UUID.fromString(id)));
        assertThat(stored.organisation).as("the agent's own organisation").isEqualTo("ely-uusimaa");
        assertThat(stored.channel).isEqualTo("PHONE");
    }

    @Test
    @TestSecurity(user = "citizen-1", roles = "citizen")
    @OidcSecurity(claims = @Claim(key = "sub", value = "citizen-subject-1"))
    void aSignedInSenderReadsTheirOwnFeedbackAndNobodyElses() {
        String id = given().contentType(ContentType.JSON).body(Map.of("kind", "SUGGESTION", "serviceId", uusimaaService,
                "text", "Chat would help", "language", "en")).when().post("/api/v1/feedback").then().statusCode(201)
                .extract().path("id");
        Feedback other = QuarkusTransaction.requiringNew().call(() -> sent("Someone else's", null));
        given().when().get("/api/v1/feedback/mine").then().statusCode(200).body("id", hasItem(id))
                .body("id", not(hasItem(other.id.toString())));
        given().when().get("/api/v1/feedback/" + id).then().statusCode(200).body("feedback.text", equalTo("Chat would help"));
        given().when().get("/api/v1/feedback/" + other.id).then().statusCode(404);
        given().when().get("/api/v1/feedback").then().statusCode(403);
    }

    @Test
    @TestSecurity(user = "manager-uusimaa", roles = "manager")
    @OidcSecurity(claims = @Claim(key = "org", value = "ely-uusimaa"))
    void managersKeepTheThemes() {
        given().contentType(ContentType.JSON).body(Map.of("name", Map.of("fi", "Asiointi", "sv", "Ärenden", "en", "Service"),
                "keywords", List.of("Asiointi", "palvelu"))).when().put("/api/v1/feedback-themes/service-experience")
                .then().statusCode(200).body("keywords", contains("asiointi", "palvelu"));
        given().contentType(ContentType.JSON).body(Map.of("name", Map.of("fi", "Asiointi", "en", "Service")))
                .when().put("/api/v1/feedback-themes/bad").then().statusCode(400)
                .body("violations[0].field", equalTo("name.sv"));
        given().contentType(ContentType.JSON).body(Map.of("name", Map.of("fi", "a", "sv", "b", "en", "c")))
                .when().put("/api/v1/feedback-themes/Bad Code").then().statusCode(400)
                .body("violations[0].field", equalTo("code"));
        given().contentType(ContentType.JSON).body(Map.of("name", Map.of("fi", "a", "sv", "b", "en", "c"),
                        "keywords", List.of("two words"))).when().put("/api/v1/feedback-themes/two").then().statusCode(400)
                .body("violations[0].field", equalTo("keywords"));
        given().when().get("/api/v1/feedback-themes").then().statusCode(200).body("code", hasItem("service-experience"));
        given().when().delete("/api/v1/feedback-themes/service-experience").then().statusCode(204);
        given().when().delete("/api/v1/feedback-themes/service-experience").then().statusCode(404);
    }
}
