package fi.kohtaamo.e2e;

import io.restassured.filter.cookie.CookieFilter;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;

/**
 * Feedback and satisfaction across the platform, through the gateway with real Keycloak tokens:
 * resolved contacts invite their clients to the satisfaction survey (feedback reads routing's
 * events, routing delivers the link), clients answer (one through the survey page), and the
 * manager's view counts them; spontaneous feedback is routed to its organisation's handler and
 * answered.
 */
class FeedbackFlowIT {

    private static final String PERMIT_SERVICE = "5e2b8f10-7a3c-4d1e-8b9f-00000000a004";

    @Test
    void resolvedContactsAreSurveyedAndTheManagersViewCountsTheAnswers() {
        String supervisor = Platform.userToken("supervisor.uusimaa");
        String agent = Platform.userToken("agent.uusimaa");
        String urgentQueue = Platform.gateway().auth().oauth2(agent).when().get("/api/v1/queues")
                .then().statusCode(200).extract().path("find { it.code == 'uusimaa-permits-urgent' }.id");
        String subject = Platform.gateway().auth().oauth2(agent).when().get("/api/v1/agents/me")
                .then().statusCode(200).extract().path("subject");
        Platform.gateway().auth().oauth2(supervisor).contentType(ContentType.JSON)
                .header("If-Match", Platform.agentVersion(agent))
                .body(Map.of("skills", Map.of("permits", 3, "roads", 2), "languages", List.of("en"), "capacity", 20,
                        "queueIds", List.of(urgentQueue)))
                .when().put("/api/v1/agents/" + subject).then().statusCode(200);
        Platform.gateway().auth().oauth2(agent).contentType(ContentType.JSON).body(Map.of("presence", "AVAILABLE"))
                .when().put("/api/v1/agents/me/presence").then().statusCode(200);
        Instant start = Instant.now().minusSeconds(60);

        // Five clients' contacts, each taken, answered and resolved.
        int[] scores = {5, 4, 4, 3, 5};
        List<Map<String, Object>> trackings = new ArrayList<>();
        for (int i = 0; i < scores.length; i++) {
            Response created = Awaitility.await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofSeconds(1))
                    .until(() -> Platform.gateway().contentType(ContentType.JSON)
                            .body(Map.of("serviceId", PERMIT_SERVICE, "language", "en", "attributes", Platform.PERMIT_ANSWERS,
                                    "description", "Urgent: a connection for a new house " + UUID.randomUUID()))
                            .when().post("/api/v1/contacts"), response -> response.statusCode() == 201);
            String path = "/api/v1/contacts/" + created.path("id");
            Platform.gateway().auth().oauth2(agent).when().post(path + "/take").then().statusCode(200);
            Platform.gateway().auth().oauth2(agent).contentType(ContentType.JSON)
                    .body(Map.of("text", "Your permit is ready.")).when().post(path + "/replies").then().statusCode(200);
            Platform.gateway().auth().oauth2(agent).contentType(ContentType.JSON)
                    .body(Map.of("code", "DECISION_MADE", "justification", "The connection meets the conditions."))
                    .when().post(path + "/resolve").then().statusCode(200);
            trackings.add(Map.of("trackingCode", created.path("trackingCode"), "accessSecret", created.path("accessSecret")));
        }

        // Feedback invites each client; routing shows the link on the status page.
        List<String> links = new ArrayList<>();
        for (Map<String, Object> tracking : trackings) {
            links.add(Awaitility.await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500))
                    .until(() -> Platform.gateway().contentType(ContentType.JSON).body(tracking)
                            .when().post("/api/v1/contacts/lookup").then().statusCode(200).extract().<String>path("surveyUrl"),
                            url -> url != null));
        }

        // The first answers on the survey page, as a client would; the rest through the API.
        String firstToken = token(links.get(0));
        CookieFilter cookies = new CookieFilter();
        String page = Platform.gateway().filter(cookies).when().get("/surveys/" + firstToken).then().statusCode(200)
                .body(containsString("How satisfied were you with the service you received?")).extract().asString();
        Platform.gateway().filter(cookies).contentType("application/x-www-form-urlencoded")
                .formParam("csrf-token", csrf(page)).formParam("lang", "en").formParam("q-satisfaction", scores[0])
                .formParam("q-comment", "Quick and clear.")
                .when().post("/surveys/" + firstToken).then().statusCode(200)
                .body(containsString("Thank you for your answers"));
        for (int i = 1; i < links.size(); i++) {
            Platform.gateway().contentType(ContentType.JSON)
                    .body(Map.of("answers", List.of(Map.of("question", "satisfaction", "score", scores[i]))))
                    .when().post("/api/v1/survey-invitations/" + token(links.get(i)) + "/response").then().statusCode(201);
        }
        Platform.gateway().contentType(ContentType.JSON)
                .body(Map.of("answers", List.of(Map.of("question", "satisfaction", "score", 1))))
                .when().post("/api/v1/survey-invitations/" + firstToken + "/response").then().statusCode(410);

        // The manager's view: at least these five answers for the service (earlier local runs may add more).
        String manager = Platform.userToken("manager.uusimaa");
        String row = "rows.find { it.key == '" + PERMIT_SERVICE + "' }";
        Awaitility.await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                Platform.gateway().auth().oauth2(manager).queryParam("from", start.toString())
                        .when().get("/api/v1/statistics/overview").then().statusCode(200)
                        .body(row + ".responses", notNullValue())
                        .body(row + ".csatAverage", notNullValue())
                        .body(row + ".resolved", notNullValue()));
        Response overview = Platform.gateway().auth().oauth2(manager).queryParam("from", start.toString())
                .when().get("/api/v1/statistics/overview");
        assertThat(overview.<Integer>path(row + ".responses")).isGreaterThanOrEqualTo(5);
        assertThat(overview.<Integer>path(row + ".contacts")).isGreaterThanOrEqualTo(5);
        Platform.gateway().auth().oauth2(manager).accept("text/csv").queryParam("from", start.toString())
                .when().get("/api/v1/statistics/overview").then().statusCode(200)
                .body(containsString(PERMIT_SERVICE));
        Platform.gateway().auth().oauth2(Platform.userToken("steering.1")).queryParam("by", "organisation")
                .when().get("/api/v1/statistics/overview").then().statusCode(200).body("rows.key", hasItem("ely-uusimaa"));
        Platform.gateway().auth().oauth2(agent).when().get("/api/v1/statistics/overview").then().statusCode(403);
        Platform.gateway().auth().oauth2(agent).contentType(ContentType.JSON).body(Map.of("presence", "OFFLINE"))
                .when().put("/api/v1/agents/me/presence").then().statusCode(200);
    }

    @Test
    void spontaneousFeedbackReachesItsOrganisationsHandlerAndIsAnswered() {
        String id = Awaitility.await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofSeconds(1))
                .until(() -> Platform.gateway().contentType(ContentType.JSON)
                        .body(Map.of("kind", "COMPLAINT", "serviceId", PERMIT_SERVICE, "language", "en",
                                "text", "The permit form was hard to find.", "email", "sender@example.org"))
                        .when().post("/api/v1/feedback"), response -> response.statusCode() == 201).path("id");
        String handler = Platform.userToken("feedback-handler.uusimaa");
        Platform.gateway().auth().oauth2(handler).when().get("/api/v1/feedback").then().statusCode(200)
                .body("id", hasItem(id));
        Platform.gateway().auth().oauth2(handler).when().post("/api/v1/feedback/" + id + "/claim").then().statusCode(200)
                .body("status", equalTo("IN_PROGRESS"));
        Platform.gateway().auth().oauth2(handler).contentType(ContentType.JSON)
                .body(Map.of("text", "Thank you: the form is now linked from the service page."))
                .when().post("/api/v1/feedback/" + id + "/reply").then().statusCode(200).body("status", equalTo("ANSWERED"));
        Platform.gateway().auth().oauth2(Platform.userToken("feedback-handler.pirkanmaa")).when()
                .get("/api/v1/feedback/" + id).then().statusCode(404);
        Platform.gateway().auth().oauth2(Platform.userToken("agent.uusimaa")).when().get("/api/v1/feedback").then()
                .statusCode(403);
    }

    private static String token(String url) {
        return url.substring(url.lastIndexOf('/') + 1);
    }

    private static String csrf(String page) {
        Matcher matcher = Pattern.compile("name=\"csrf-token\" value=\"([^\"]+)\"").matcher(page);
        assertThat(matcher.find()).isTrue();
        return matcher.group(1);
    }
}
