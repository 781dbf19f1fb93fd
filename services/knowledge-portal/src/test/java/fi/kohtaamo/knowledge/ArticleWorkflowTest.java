package fi.kohtaamo.knowledge;

import fi.kohtaamo.caller.Caller;
import fi.kohtaamo.knowledge.service.Articles;
import fi.kohtaamo.testsupport.KafkaTestClient;
import fi.kohtaamo.testsupport.KohtaamoServicesResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;

/** Writing, the editorial workflow, versions, translations, scheduling and feedback, through the API. */
@QuarkusTest
@QuarkusTestResource(value = KohtaamoServicesResource.class, initArgs = {
        @ResourceArg(name = "schema", value = "knowledge"), @ResourceArg(name = "extensions", value = "pg_trgm")})
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ArticleWorkflowTest {

    private static UUID serviceId;
    private static String articleId;
    private static String internalId;

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @Inject
    Articles articles;

    static Map<String, Object> article(String title, String body, String audience, List<String> serviceIds) {
        Map<String, Object> request = new HashMap<>();
        request.put("language", "fi");
        request.put("title", title);
        request.put("body", body);
        request.put("audience", audience);
        request.put("serviceIds", serviceIds);
        request.put("serviceGroups", List.of("PERMITS_AND_NOTIFICATIONS"));
        request.put("tags", List.of("lupa"));
        return request;
    }

    @Test
    @Order(1)
    @TestSecurity(user = "editor-a", roles = "content-editor")
    @OidcSecurity(claims = @Claim(key = "org", value = "ely-uusimaa"))
    void anEditorWritesADraftLinkedToACatalogueService() throws Exception {
        serviceId = KnowledgeTestSupport.knownService(bootstrapServers, "PERMITS_AND_NOTIFICATIONS");
        articleId = given().contentType(ContentType.JSON)
                .body(article("Liittymälupa", "Hae lupaa ajoissa. <script>alert('x')</script> [Ohje](javascript:alert(1))",
                        "PUBLIC", List.of(serviceId.toString())))
                .when().post("/api/v1/articles")
                .then().statusCode(201).header("Location", notNullValue())
                .body("organisation", equalTo("ely-uusimaa"))
                .body("languages.find { it.language == 'fi' }.status", equalTo("DRAFT"))
                .body("languages.find { it.language == 'sv' }.translationStatus", equalTo("MISSING"))
                .extract().path("id");

        given().contentType(ContentType.JSON).body(article("X", "y", "PUBLIC", List.of(UUID.randomUUID().toString())))
                .when().post("/api/v1/articles").then().statusCode(400).body("violations[0].field", equalTo("serviceIds[0]"));
        Map<String, Object> badGroup = article("X", "y", "PUBLIC", List.of());
        badGroup.put("serviceGroups", List.of("PARTIES"));
        given().contentType(ContentType.JSON).body(badGroup).when().post("/api/v1/articles")
                .then().statusCode(400).body("violations[0].field", equalTo("serviceGroups[0]"));
        Map<String, Object> badLanguage = article("X", "y", "PUBLIC", List.of());
        badLanguage.put("language", "de");
        badLanguage.put("audience", "EVERYONE");
        given().contentType(ContentType.JSON).body(badLanguage).when().post("/api/v1/articles")
                .then().statusCode(400).contentType("application/problem+json");
        given().contentType(ContentType.JSON).body(article(" ", "y", "PUBLIC", List.of())).when().post("/api/v1/articles")
                .then().statusCode(400).body("violations[0].field", equalTo("title"));
    }

    @Test
    @Order(1)
    @TestSecurity(user = "editor-a", roles = "content-editor")
    @OidcSecurity(claims = @Claim(key = "org", value = "ely-uusimaa"))
    void aPreviewRendersAsPublishingWouldWithoutSaving() {
        Caller editor = new Caller("editor-a", "editor-a", "ely-uusimaa", java.util.Set.of("content-editor"), false);
        int before = articles.worklist(null, editor).size();
        given().contentType(ContentType.JSON).body(Map.of("body", "## Ohje\n\n*Hae* ajoissa <script>alert(1)</script> [x](javascript:alert(1))"))
                .when().post("/api/v1/articles/preview")
                .then().statusCode(200)
                .body("html", containsString("<h2>Ohje</h2>"))
                .body("html", containsString("<em>Hae</em>"))
                .body("html", not(containsString("<script")))
                .body("html", not(containsString("javascript:")));
        given().contentType(ContentType.JSON).body(Map.of("title", "no body")).when().post("/api/v1/articles/preview")
                .then().statusCode(400).body("violations.field", hasItem(containsString("body")));
        assertThat(articles.worklist(null, editor)).hasSize(before);
    }

    @Test
    @Order(2)
    @TestSecurity(user = "agent-1", roles = "agent")
    @OidcSecurity(claims = @Claim(key = "org", value = "ely-uusimaa"))
    void onlyEditorsPreview() {
        given().contentType(ContentType.JSON).body(Map.of("body", "x")).when().post("/api/v1/articles/preview")
                .then().statusCode(403);
    }

    @Test
    @Order(2)
    void aDraftIsNotPublicAndAnonymousWritersAreRefused() {
        given().when().get("/api/v1/articles/" + articleId).then().statusCode(404);
        given().contentType(ContentType.JSON).body(article("X", "y", "PUBLIC", List.of())).when().post("/api/v1/articles")
                .then().statusCode(401);
    }

    @Test
    @Order(3)
    @TestSecurity(user = "agent-1", roles = "agent")
    @OidcSecurity(claims = @Claim(key = "org", value = "ely-uusimaa"))
    void agentsDoNotWrite() {
        given().contentType(ContentType.JSON).body(article("X", "y", "PUBLIC", List.of())).when().post("/api/v1/articles")
                .then().statusCode(403);
        given().contentType(ContentType.JSON).body(Map.of("title", "T", "body", "b"))
                .when().put("/api/v1/articles/" + articleId + "/translations/fi").then().statusCode(403);
    }

    @Test
    @Order(4)
    @TestSecurity(user = "editor-a", roles = "content-editor")
    @OidcSecurity(claims = @Claim(key = "org", value = "ely-uusimaa"))
    void theAuthorSubmitsButMayNotApproveTheirOwnText() {
        given().when().post("/api/v1/articles/" + articleId + "/translations/fi/approve")
                .then().statusCode(403).body("type", containsString("self-review"));
        given().when().post("/api/v1/articles/" + articleId + "/translations/fi/submit")
                .then().statusCode(200).body("status", equalTo("IN_REVIEW")).body("submittedBy", equalTo("editor-a"));
        given().when().post("/api/v1/articles/" + articleId + "/translations/fi/submit").then().statusCode(409);
        given().when().post("/api/v1/articles/" + articleId + "/translations/fi/approve").then().statusCode(403);
    }

    @Test
    @Order(5)
    @TestSecurity(user = "editor-b", roles = "content-editor")
    @OidcSecurity(claims = @Claim(key = "org", value = "ely-uusimaa"))
    void anotherEditorApprovesAndTheArticleIsPublishedAndAnnounced() {
        given().when().post("/api/v1/articles/" + articleId + "/translations/fi/approve")
                .then().statusCode(200).body("status", equalTo("PUBLISHED")).body("reviewedBy", equalTo("editor-b"));
        assertThat(new KafkaTestClient(bootstrapServers).await("kohtaamo.knowledge.v1",
                record -> articleId.equals(record.key()) && record.value().contains("fi.kohtaamo.knowledge.article.published.v1"),
                1, Duration.ofSeconds(30))).hasSize(1);
    }

    @Test
    @Order(6)
    @TestSecurity(user = "editor-p", roles = "content-editor")
    @OidcSecurity(claims = @Claim(key = "org", value = "ely-pirkanmaa"))
    void editorsOfAnotherOrganisationDoNotEditIt() {
        given().contentType(ContentType.JSON).body(Map.of("title", "T", "body", "b"))
                .when().put("/api/v1/articles/" + articleId + "/translations/fi").then().statusCode(403);
        given().when().get("/api/v1/articles/" + articleId + "/translations/fi/history").then().statusCode(403);
    }

    @Test
    @Order(7)
    void readersSeeTheSanitisedPublishedText() {
        given().when().get("/api/v1/articles/" + articleId)
                .then().statusCode(200).body("languages.language", equalTo(List.of("fi")))
                .body("languages[0].title", equalTo("Liittymälupa")).body("languages[0].status", equalTo(null));
        String html = given().when().get("/api/v1/articles/" + articleId + "/translations/fi")
                .then().statusCode(200).body("title", equalTo("Liittymälupa")).body("markdown", equalTo(null))
                .extract().path("html");
        assertThat(html).contains("Hae lupaa ajoissa.").doesNotContainIgnoringCase("<script").doesNotContain("javascript:");
        given().when().get("/api/v1/articles/" + articleId + "/translations/sv").then().statusCode(404);
        given().when().get("/api/v1/articles/" + articleId + "/translations/de").then().statusCode(400)
                .body("violations[0].field", equalTo("language"));
        given().queryParam("copy", "working").when().get("/api/v1/articles/" + articleId + "/translations/fi").then().statusCode(403);
    }

    @Test
    @Order(8)
    @TestSecurity(user = "editor-a", roles = "content-editor")
    @OidcSecurity(claims = @Claim(key = "org", value = "ely-uusimaa"))
    void aNewVersionIsADraftWhileThePublishedOneStaysWithHistoryAndDiff() {
        given().contentType(ContentType.JSON).header("If-Match", "\"1\"")
                .body(Map.of("title", "Liittymälupa maantielle", "body", "Hae lupaa ajoissa.\nKäsittely kestää kuukauden."))
                .when().put("/api/v1/articles/" + articleId + "/translations/fi")
                .then().statusCode(200).body("status", equalTo("DRAFT")).body("version", equalTo(2))
                .body("publishedVersion", equalTo(1));
        given().contentType(ContentType.JSON).header("If-Match", "\"1\"").body(Map.of("title", "T", "body", "b"))
                .when().put("/api/v1/articles/" + articleId + "/translations/fi").then().statusCode(412);

        given().when().get("/api/v1/articles/" + articleId + "/translations/fi/history")
                .then().statusCode(200).body("versions.version", equalTo(List.of(1, 2)))
                .body("versions.editedBy", equalTo(List.of("editor-a", "editor-a")))
                .body("steps.to", equalTo(List.of("DRAFT", "IN_REVIEW", "PUBLISHED", "DRAFT")))
                .body("steps.actor", hasItem("editor-b"));
        given().queryParam("from", 1).queryParam("to", 2).when().get("/api/v1/articles/" + articleId + "/translations/fi/diff")
                .then().statusCode(200)
                .body("unifiedDiff", hasItem("-# Liittymälupa")).body("unifiedDiff", hasItem("+# Liittymälupa maantielle"))
                .body("unifiedDiff", hasItem("+Käsittely kestää kuukauden."));
        given().queryParam("from", 1).queryParam("to", 9).when().get("/api/v1/articles/" + articleId + "/translations/fi/diff")
                .then().statusCode(400).body("violations[0].field", equalTo("to"));
        given().queryParam("from", 1).when().get("/api/v1/articles/" + articleId + "/translations/fi/diff")
                .then().statusCode(400).body("violations[0].field", equalTo("to"));
    }

    @Test
    @Order(9)
    void readersStillSeeThePublishedVersion() {
        given().when().get("/api/v1/articles/" + articleId + "/translations/fi")
                .then().statusCode(200).body("title", equalTo("Liittymälupa")).body("publishedVersion", equalTo(1));
    }

    @Test
    @Order(10)
    @TestSecurity(user = "editor-b", roles = "content-editor")
    @OidcSecurity(claims = @Claim(key = "org", value = "ely-uusimaa"))
    void translationsShowWhetherTheyAreMissingOrOutdated() {
        given().contentType(ContentType.JSON).body(Map.of("title", "Anslutningstillstånd", "body", "Ansök i tid."))
                .when().put("/api/v1/articles/" + articleId + "/translations/sv").then().statusCode(200);
        given().when().get("/api/v1/articles/" + articleId).then().statusCode(200)
                .body("languages.find { it.language == 'sv' }.translationStatus", equalTo("UP_TO_DATE"))
                .body("languages.find { it.language == 'en' }.translationStatus", equalTo("MISSING"))
                .body("languages.find { it.language == 'fi' }.translationStatus", equalTo("SOURCE"));
        given().contentType(ContentType.JSON).body(Map.of("title", "Liittymälupa maantielle", "body", "Uusi ohje."))
                .when().put("/api/v1/articles/" + articleId + "/translations/fi").then().statusCode(200);
        given().when().get("/api/v1/articles/" + articleId).then().statusCode(200)
                .body("languages.find { it.language == 'sv' }.translationStatus", equalTo("OUTDATED"));
    }

    @Test
    @Order(11)
    @TestSecurity(user = "editor-b", roles = "content-editor")
    @OidcSecurity(claims = @Claim(key = "org", value = "ely-uusimaa"))
    void theTranslatorSubmits() {
        given().when().post("/api/v1/articles/" + articleId + "/translations/sv/submit").then().statusCode(200);
    }

    @Test
    @Order(12)
    @TestSecurity(user = "editor-a", roles = "content-editor")
    @OidcSecurity(claims = @Claim(key = "org", value = "ely-uusimaa"))
    void aScheduledPublicationFiresWhenItsTimeComesAndExpiryArchives() {
        Instant publishAt = Instant.now().plus(1, ChronoUnit.HOURS);
        Instant expireAt = publishAt.plus(30, ChronoUnit.DAYS);
        given().contentType(ContentType.JSON).body("{\"publishAt\": \"tomorrow\"}")
                .when().post("/api/v1/articles/" + articleId + "/translations/sv/approve")
                .then().statusCode(400).body("violations[0].field", equalTo("publishAt"));
        given().contentType(ContentType.JSON).body(Map.of("publishAt", publishAt.toString(), "expireAt", publishAt.toString()))
                .when().post("/api/v1/articles/" + articleId + "/translations/sv/approve")
                .then().statusCode(400).body("violations[0].field", equalTo("expireAt"));
        given().contentType(ContentType.JSON).body(Map.of("publishAt", publishAt.toString(), "expireAt", expireAt.toString()))
                .when().post("/api/v1/articles/" + articleId + "/translations/sv/approve")
                .then().statusCode(200).body("status", equalTo("SCHEDULED"));
        given().when().get("/api/v1/articles/" + articleId + "/translations/sv?copy=published").then().statusCode(404);

        assertThat(articles.runSchedule(Instant.now())).isZero();
        assertThat(articles.runSchedule(publishAt.plusSeconds(1))).isEqualTo(1);
        given().queryParam("copy", "working").when().get("/api/v1/articles/" + articleId + "/translations/sv")
                .then().statusCode(200).body("status", equalTo("PUBLISHED")).body("publishedAt", notNullValue());
        assertThat(articles.runSchedule(expireAt.plusSeconds(1))).isEqualTo(1);
        given().queryParam("copy", "working").when().get("/api/v1/articles/" + articleId + "/translations/sv")
                .then().statusCode(200).body("status", equalTo("ARCHIVED")).body("publishedVersion", equalTo(null));
        assertThat(new KafkaTestClient(bootstrapServers).await("kohtaamo.knowledge.v1",
                record -> articleId.equals(record.key()) && record.value().contains("fi.kohtaamo.knowledge.article.archived.v1"),
                1, Duration.ofSeconds(30))).hasSize(1);
    }

    @Test
    @Order(13)
    void readersRateTheTextAndTheAnswerIsSentOnAsFeedback() {
        given().when().get("/api/v1/articles/" + articleId + "/translations/fi").then().statusCode(200);
        given().contentType(ContentType.JSON).body(Map.of("helpful", false, "comment", "Ei kertonut hinnasta"))
                .when().post("/api/v1/articles/" + articleId + "/translations/fi/feedback").then().statusCode(202);
        given().contentType(ContentType.JSON).body(Map.of("helpful", false))
                .when().post("/api/v1/articles/" + articleId + "/translations/fi/feedback").then().statusCode(202);
        given().contentType(ContentType.JSON).body(Map.of("helpful", true))
                .when().post("/api/v1/articles/" + articleId + "/translations/fi/feedback").then().statusCode(202);
        given().contentType(ContentType.JSON).body(Map.of("comment", "no answer"))
                .when().post("/api/v1/articles/" + articleId + "/translations/fi/feedback")
                .then().statusCode(400).body("violations[0].field", equalTo("helpful"));
        assertThat(new KafkaTestClient(bootstrapServers).await("kohtaamo.knowledge.v1",
                record -> articleId.equals(record.key()) && record.value().contains("\"commented\":true")
                        && record.value().contains("fi.kohtaamo.knowledge.article.rated.v1"), 1, Duration.ofSeconds(30)))
                .hasSize(1).noneMatch(record -> record.value().contains("hinnasta"));
    }

    @Test
    @Order(14)
    @TestSecurity(user = "editor-a", roles = "content-editor")
    @OidcSecurity(claims = @Claim(key = "org", value = "ely-uusimaa"))
    void editorsSeeTheMostViewedAndLeastHelpful() {
        given().when().get("/api/v1/articles/reports/most-viewed")
                .then().statusCode(200).body("find { it.articleId == '" + articleId + "' }.views", greaterThanOrEqualTo(2));
        given().when().get("/api/v1/articles/reports/least-helpful")
                .then().statusCode(200).body("[0].articleId", equalTo(articleId)).body("[0].helpfulNo", equalTo(2));
        given().queryParam("status", "ARCHIVED").when().get("/api/v1/articles")
                .then().statusCode(200).body("language", hasItem("sv"));
        given().queryParam("status", "GONE").when().get("/api/v1/articles")
                .then().statusCode(400).body("violations[0].field", equalTo("status"));
        given().queryParam("limit", 0).when().get("/api/v1/articles/reports/most-viewed").then().statusCode(400);
    }

    @Test
    @Order(20)
    @TestSecurity(user = "editor-a", roles = "content-editor")
    @OidcSecurity(claims = @Claim(key = "org", value = "ely-uusimaa"))
    void anInternalArticleIsWritten() {
        internalId = given().contentType(ContentType.JSON)
                .body(article("Sisäinen ohje liittymäluvista", "Tarkista aina tiesuunnitelma.", "INTERNAL", List.of()))
                .when().post("/api/v1/articles").then().statusCode(201).extract().path("id");
        given().when().post("/api/v1/articles/" + internalId + "/translations/fi/submit").then().statusCode(200);
    }

    @Test
    @Order(21)
    @TestSecurity(user = "editor-b", roles = "content-editor")
    @OidcSecurity(claims = @Claim(key = "org", value = "ely-uusimaa"))
    void andPublished() {
        given().when().post("/api/v1/articles/" + internalId + "/translations/fi/approve").then().statusCode(200);
        given().contentType(ContentType.JSON).header("If-Match", "\"7\"")
                .body(Map.of("audience", "INTERNAL", "serviceIds", List.of(serviceId.toString())))
                .when().put("/api/v1/articles/" + internalId).then().statusCode(412);
        given().contentType(ContentType.JSON).header("If-Match", "\"1\"")
                .body(Map.of("audience", "INTERNAL", "serviceIds", List.of(serviceId.toString())))
                .when().put("/api/v1/articles/" + internalId).then().statusCode(200)
                .body("serviceIds", equalTo(List.of(serviceId.toString()))).body("version", equalTo(2));
    }

    @Test
    @Order(22)
    void anInternalArticleIsNotForTheAnonymous() {
        given().when().get("/api/v1/articles/" + internalId).then().statusCode(404);
        given().queryParam("q", "tiesuunnitelma").when().get("/api/v1/search")
                .then().statusCode(200).body("results.articleId", not(hasItem(internalId)));
        given().queryParam("q", "tiesuunnitelma").queryParam("audience", "INTERNAL").when().get("/api/v1/search")
                .then().statusCode(403);
        given().queryParam("text", "tiesuunnitelma liittymälle").when().get("/api/v1/search/suggestions")
                .then().statusCode(200).body("articleId", not(hasItem(internalId)));
    }

    @Test
    @Order(23)
    @TestSecurity(user = "agent-1", roles = "agent")
    @OidcSecurity(claims = @Claim(key = "org", value = "ely-uusimaa"))
    void butIsForTheOrganisationsStaff() {
        given().when().get("/api/v1/articles/" + internalId).then().statusCode(200);
        given().queryParam("q", "tiesuunnitelma").when().get("/api/v1/search")
                .then().statusCode(200).body("results.articleId", hasItem(internalId));
        given().queryParam("text", "tiesuunnitelma liittymälle").queryParam("serviceId", serviceId.toString())
                .when().get("/api/v1/search/suggestions")
                .then().statusCode(200).body("articleId", hasItem(internalId));
    }

    @Test
    @Order(24)
    @TestSecurity(user = "agent-2", roles = "agent")
    @OidcSecurity(claims = @Claim(key = "org", value = "ely-pirkanmaa"))
    void andNotForAnotherOrganisationsStaff() {
        given().when().get("/api/v1/articles/" + internalId).then().statusCode(404);
        given().when().get("/api/v1/articles/" + internalId + "/translations/fi").then().statusCode(404);
        given().queryParam("q", "tiesuunnitelma").when().get("/api/v1/search")
                .then().statusCode(200).body("results.articleId", not(hasItem(internalId)));
        given().queryParam("q", "tiesuunnitelma").queryParam("audience", "INTERNAL").when().get("/api/v1/search")
                .then().statusCode(200).body("results.articleId", not(hasItem(internalId)));
        given().queryParam("text", "tiesuunnitelma liittymälle").queryParam("serviceId", serviceId.toString())
                .when().get("/api/v1/search/suggestions")
                .then().statusCode(200).body("articleId", not(hasItem(internalId)));
    }
}
