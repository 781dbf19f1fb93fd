package fi.kohtaamo.feedback;

import fi.kohtaamo.testsupport.GreenMailResource;
import fi.kohtaamo.feedback.domain.SurveyResponse;
import fi.kohtaamo.testsupport.KohtaamoServicesResource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

/** Surveys: written by managers, answered once per invitation, reported without singling anyone out. */
@QuarkusTest
@QuarkusTestResource(value = KohtaamoServicesResource.class, initArgs = @ResourceArg(name = "schema", value = "feedback"))
@QuarkusTestResource(GreenMailResource.class)
class SurveyTest {

    static Map<String, String> texts(String text) {
        return Map.of("fi", text + " (fi)", "sv", text + " (sv)", "en", text);
    }

    static Map<String, Object> stakeholderSurvey() {
        return Map.of("type", "STAKEHOLDER", "title", texts("Stakeholder survey 2026"), "questions", List.of(
                Map.of("code", "overall", "kind", "SCALE_1_5", "text", texts("How well do we cooperate?"),
                        "required", true, "measure", "CSAT"),
                Map.of("code", "recommend", "kind", "NPS_0_10", "text", texts("Would you recommend us?"),
                        "required", true, "measure", "NPS"),
                Map.of("code", "channels", "kind", "MULTIPLE_CHOICE", "text", texts("Which channels do you use?"),
                        "choices", List.of(Map.of("code", "web", "text", texts("Web")),
                                Map.of("code", "phone", "text", texts("Phone")),
                                Map.of("code", "letter", "text", texts("Letter")))),
                Map.of("code", "role", "kind", "SINGLE_CHOICE", "text", texts("Your role"),
                        "choices", List.of(Map.of("code", "company", "text", texts("Company")),
                                Map.of("code", "municipality", "text", texts("Municipality")))),
                Map.of("code", "comment", "kind", "FREE_TEXT", "text", texts("Anything else?"))));
    }

    private static String create() {
        return given().contentType(ContentType.JSON).body(stakeholderSurvey()).when().post("/api/v1/surveys")
                .then().statusCode(201).extract().path("id");
    }

    private static List<String> invite(String survey, int count, String language) {
        return given().contentType(ContentType.JSON).body(Map.of("count", count, "language", language))
                .when().post("/api/v1/surveys/" + survey + "/invitations").then().statusCode(201)
                .body("invitations", hasSize(count)).extract().path("invitations.token");
    }

    private static Map<String, Object> answers(int overall, int recommend, List<String> channels, String comment) {
        List<Map<String, Object>> answers = new ArrayList<>();
        answers.add(Map.of("question", "overall", "score", overall));
        answers.add(Map.of("question", "recommend", "score", recommend));
        answers.add(Map.of("question", "channels", "choices", channels));
        if (comment != null) {
            answers.add(Map.of("question", "comment", "text", comment));
        }
        return Map.of("answers", answers);
    }

    @Test
    @TestSecurity(user = "manager-uusimaa", roles = "manager")
    @OidcSecurity(claims = @Claim(key = "org", value = "ely-uusimaa"))
    void aSurveyIsAnsweredOncePerInvitationInTheInvitationsLanguage() {
        String survey = create();
        List<String> tokens = invite(survey, 2, "sv");
        String token = tokens.get(0);
        given().when().get("/api/v1/survey-invitations/" + token).then().statusCode(200)
                .body("language", equalTo("sv")).body("title", equalTo("Stakeholder survey 2026 (sv)"))
                .body("questions.code", contains("overall", "recommend", "channels", "role", "comment"))
                .body("questions[2].choices.text", contains("Web (sv)", "Phone (sv)", "Letter (sv)"));
        given().queryParam("lang", "en").when().get("/api/v1/survey-invitations/" + token).then().statusCode(200)
                .body("questions[0].text", equalTo("How well do we cooperate?"));

        String answer = "/api/v1/survey-invitations/" + token + "/response";
        given().contentType(ContentType.JSON).body(answers(6, 9, List.of("web"), null)).when().post(answer)
                .then().statusCode(400).body("violations[0].field", equalTo("answers[0].score"));
        given().contentType(ContentType.JSON).body(answers(4, 11, List.of("web"), null)).when().post(answer)
                .then().statusCode(400).body("violations[0].field", equalTo("answers[1].score"));
        given().contentType(ContentType.JSON).body(answers(4, 9, List.of("fax"), null)).when().post(answer)
                .then().statusCode(400).body("violations[0].field", equalTo("answers[2].choices"));
        given().contentType(ContentType.JSON).body(Map.of("answers", List.of(Map.of("question", "overall", "score", 4))))
                .when().post(answer).then().statusCode(400).body("violations[0].field", equalTo("answers"));
        given().contentType(ContentType.JSON).body(Map.of("answers", List.of(Map.of("question", "nope", "score", 4))))
                .when().post(answer).then().statusCode(400).body("violations[0].field", equalTo("answers[0].question"));
        given().contentType(ContentType.JSON).body(Map.of("answers", List.of(Map.of("question", "role",
                        "choices", List.of("company", "municipality"))))).when().post(answer).then().statusCode(400)
                .body("violations[0].field", equalTo("answers[0].choices"));

        String responseId = given().contentType(ContentType.JSON).body(answers(4, 9, List.of("web", "phone"), "Good"))
                .when().post(answer).then().statusCode(201).extract().path("responseId");
        given().contentType(ContentType.JSON).body(answers(5, 10, List.of("web"), null)).when().post(answer)
                .then().statusCode(410).body("type", equalTo("https://kohtaamo.fi/problems/already-answered"));
        given().when().get("/api/v1/survey-invitations/" + token).then().statusCode(410);
        given().when().get("/api/v1/survey-invitations/not-a-token").then().statusCode(404);

        SurveyResponse stored = QuarkusTransaction.requiringNew().call(() -> SurveyResponse.findById(UUID.fromString(responseId)));
        assertThat(stored.csat).isEqualTo(4);
        assertThat(stored.nps).isEqualTo(9);
        assertThat(stored.language).isEqualTo("sv");
        assertThat(stored.clientId).as("anonymous unless chosen").isNull();
    }

    @Test
    @TestSecurity(user = "manager-uusimaa", roles = "manager")
    @OidcSecurity(claims = @Claim(key = "org", value = "ely-uusimaa"))
    void aTokenWorksOnceEvenWhenAnswersRace() throws Exception {
        String survey = create();
        String token = invite(survey, 1, "fi").get(0);
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Callable<Integer>> posts = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                posts.add(() -> given().contentType(ContentType.JSON).body(answers(3, 7, List.of("web"), null))
                        .when().post("/api/v1/survey-invitations/" + token + "/response").then().extract().statusCode());
            }
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> result : pool.invokeAll(posts)) {
                statuses.add(result.get());
            }
            assertThat(statuses).filteredOn(status -> status == 201).hasSize(1);
            assertThat(statuses).filteredOn(status -> status != 201).allMatch(status -> status == 410 || status == 409);
        } finally {
            pool.shutdownNow();
        }
        long recorded = QuarkusTransaction.requiringNew().call(() -> SurveyResponse.count("surveyId", UUID.fromString(survey)));
        assertThat(recorded).isEqualTo(1);
    }

    @Test
    @TestSecurity(user = "manager-uusimaa", roles = "manager")
    @OidcSecurity(claims = @Claim(key = "org", value = "ely-uusimaa"))
    void resultsAreShownOnlyOnceTheMinimumHaveAnsweredAndMatchTheAnswers() {
        String survey = create();
        List<String> tokens = invite(survey, 8, "fi");
        // Scores 5,4,4,2 then 1; NPS 10,9,6,3 then 8; channels as listed.
        int[] overall = {5, 4, 4, 2, 1};
        int[] recommend = {10, 9, 6, 3, 8};
        List<List<String>> channels = List.of(List.of("web"), List.of("web", "phone"), List.of("phone"), List.of("web"),
                List.of("letter"));
        for (int i = 0; i < 4; i++) {
            given().contentType(ContentType.JSON).body(answers(overall[i], recommend[i], channels.get(i), i == 0 ? "Great" : null))
                    .when().post("/api/v1/survey-invitations/" + tokens.get(i) + "/response").then().statusCode(201);
        }
        given().when().get("/api/v1/surveys/" + survey + "/results").then().statusCode(200)
                .body("invited", equalTo(8)).body("responded", equalTo(4)).body("responseRate", equalTo(0.5f))
                .body("suppressed", equalTo(true)).body("questions", empty());

        given().contentType(ContentType.JSON).body(answers(overall[4], recommend[4], channels.get(4), "Slow"))
                .when().post("/api/v1/survey-invitations/" + tokens.get(4) + "/response").then().statusCode(201);
        String overallQ = "questions.find { it.code == 'overall' }";
        String npsQ = "questions.find { it.code == 'recommend' }";
        String channelQ = "questions.find { it.code == 'channels' }";
        given().when().get("/api/v1/surveys/" + survey + "/results").then().statusCode(200)
                .body("responded", equalTo(5)).body("responseRate", equalTo(0.625f)).body("suppressed", equalTo(false))
                // (5+4+4+2+1)/5 = 3.2
                .body(overallQ + ".average", equalTo(3.2f))
                .body(overallQ + ".distribution", equalTo(Map.of("1", 1, "2", 1, "3", 0, "4", 2, "5", 1)))
                // promoters 10, 9 = 2; detractors 6, 3 = 2; passive 8: (2 - 2) / 5 = 0
                .body(npsQ + ".nps", equalTo(0))
                .body(channelQ + ".distribution", equalTo(Map.of("web", 3, "phone", 2, "letter", 1)))
                .body("questions.find { it.code == 'comment' }.comments", contains("Great", "Slow"))
                .body("questions.find { it.code == 'role' }.answered", equalTo(0));
    }

    @Test
    @TestSecurity(user = "manager-uusimaa", roles = "manager")
    @OidcSecurity(claims = @Claim(key = "org", value = "ely-uusimaa"))
    void badSurveysAreRefusedNamingTheField() {
        Map<String, Object> question = Map.of("code", "q", "kind", "SCALE_1_5", "text", texts("Q"));
        assertField(Map.of("title", texts("T"), "questions", List.of(question)), "type");
        assertField(Map.of("type", "POLL", "title", texts("T"), "questions", List.of(question)), "type");
        assertField(Map.of("type", "STAKEHOLDER", "title", Map.of("fi", "T", "en", "T"), "questions", List.of(question)), "title.sv");
        assertField(Map.of("type", "STAKEHOLDER", "title", texts("T"), "questions", List.of()), "questions");
        assertField(Map.of("type", "STAKEHOLDER", "title", texts("T"), "questions", List.of(question, question)),
                "questions[1].code");
        assertField(Map.of("type", "STAKEHOLDER", "title", texts("T"), "questions", List.of(Map.of("code", "q",
                "kind", "SINGLE_CHOICE", "text", texts("Q"), "choices", List.of(Map.of("code", "a", "text", texts("A")))))),
                "questions[0].choices");
        assertField(Map.of("type", "STAKEHOLDER", "title", texts("T"), "questions", List.of(Map.of("code", "q",
                "kind", "FREE_TEXT", "text", texts("Q"), "measure", "CSAT"))), "questions[0].measure");
        assertField(Map.of("type", "STAKEHOLDER", "title", texts("T"), "questions", List.of(question),
                "opensAt", "2026-12-01T00:00:00Z", "closesAt", "2026-11-01T00:00:00Z"), "closesAt");
        assertField(Map.of("type", "STAKEHOLDER", "title", texts("T"), "questions", List.of(question),
                "target", Map.of("serviceId", UUID.randomUUID())), "target.serviceId");
        String survey = create();
        given().contentType(ContentType.JSON).body(Map.of("count", 0)).when().post("/api/v1/surveys/" + survey + "/invitations")
                .then().statusCode(400).body("violations[0].field", equalTo("count"));
        given().contentType(ContentType.JSON).body(Map.of("count", 1, "language", "de"))
                .when().post("/api/v1/surveys/" + survey + "/invitations").then().statusCode(400)
                .body("violations[0].field", equalTo("language"));
        String token = invite(survey, 1, "en").get(0);
        given().when().post("/api/v1/surveys/" + survey + "/close").then().statusCode(200);
        given().when().get("/api/v1/survey-invitations/" + token).then().statusCode(410);
        given().contentType(ContentType.JSON).body(Map.of("count", 1)).when().post("/api/v1/surveys/" + survey + "/invitations")
                .then().statusCode(409);
        given().when().get("/api/v1/surveys/" + UUID.randomUUID()).then().statusCode(404);
    }

    private static void assertField(Map<String, Object> body, String field) {
        given().contentType(ContentType.JSON).body(body).when().post("/api/v1/surveys").then().statusCode(400)
                .contentType("application/problem+json").body("violations[0].field", equalTo(field));
    }

    @Test
    @TestSecurity(user = "manager-pirkanmaa", roles = "manager")
    @OidcSecurity(claims = @Claim(key = "org", value = "ely-pirkanmaa"))
    void anotherOrganisationsSurveysAreNotSeen() {
        given().when().get("/api/v1/surveys").then().statusCode(200)
                .body("find { it.title.en == 'Stakeholder survey 2026' && it.createdBy == 'manager-uusimaa' }", nullValue());
    }

    @Test
    @TestSecurity(user = "handler-uusimaa", roles = "feedback-handler")
    @OidcSecurity(claims = @Claim(key = "org", value = "ely-uusimaa"))
    void onlyManagersRunSurveys() {
        given().when().get("/api/v1/surveys").then().statusCode(403);
        given().contentType(ContentType.JSON).body(stakeholderSurvey()).when().post("/api/v1/surveys").then().statusCode(403);
    }
}
