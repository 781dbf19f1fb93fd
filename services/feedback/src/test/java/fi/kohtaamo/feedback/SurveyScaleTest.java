package fi.kohtaamo.feedback;

import fi.kohtaamo.testsupport.GreenMailResource;
import fi.kohtaamo.testsupport.KohtaamoServicesResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

/**
 * (An organisation of its own: its answers stay out of the other tests' figures.)
 * What a 1–5 question measures names its end points: a familiarity question is answered from
 * "not at all" to "very well", not from "very dissatisfied"; an unknown scale is a problem naming it.
 */
@QuarkusTest
@QuarkusTestResource(value = KohtaamoServicesResource.class, initArgs = @ResourceArg(name = "schema", value = "feedback"))
@QuarkusTestResource(GreenMailResource.class)
class SurveyScaleTest {

    private static Map<String, Object> question(String code, String kind, String scale) {
        Map<String, Object> question = new HashMap<>(Map.of("code", code, "kind", kind, "text", SurveyTest.texts("Q " + code),
                "required", false));
        if (scale != null) {
            question.put("scale", scale);
        }
        return question;
    }

    private static Map<String, Object> survey(List<Map<String, Object>> questions) {
        return Map.of("type", "AWARENESS_AND_IMAGE", "title", SurveyTest.texts("Scales"), "questions", questions);
    }

    @Test
    @TestSecurity(user = "manager-scales", roles = "manager")
    @OidcSecurity(claims = @Claim(key = "org", value = "ely-scales"))
    void eachScaleNamesItsEndPointsOnTheAnsweringPageAndInTheResults() {
        String id = given().contentType(ContentType.JSON).body(survey(List.of(question("know", "SCALE_1_5", "FAMILIARITY"),
                        question("plain", "SCALE_1_5", null), question("easy", "SCALE_1_5", "EASE"), question("nps", "NPS_0_10", null))))
                .when().post("/api/v1/surveys").then().statusCode(201)
                .body("questions[0].scale", equalTo("FAMILIARITY"))
                .body("questions[1].scale", equalTo("SATISFACTION"))
                .body("questions[3].scale", nullValue())
                .extract().path("id");
        List<String> tokens = given().contentType(ContentType.JSON).body(Map.of("count", 5, "language", "sv"))
                .when().post("/api/v1/surveys/" + id + "/invitations").then().statusCode(201).extract().path("invitations.token");

        given().when().get("/api/v1/survey-invitations/" + tokens.getFirst()).then().statusCode(200)
                .body("questions[0].scale", equalTo("FAMILIARITY"))
                .body("questions[0].scaleLabels.min", equalTo("känner inte alls till"))
                .body("questions[0].scaleLabels.max", equalTo("känner mycket väl till"))
                .body("questions[1].scaleLabels.min", equalTo("mycket missnöjd"))
                .body("questions[3].scaleLabels", nullValue());
        given().queryParam("lang", "en").when().get("/api/v1/survey-invitations/" + tokens.getFirst()).then().statusCode(200)
                .body("questions[0].scaleLabels.min", equalTo("not at all")).body("questions[0].scaleLabels.max", equalTo("very well"))
                .body("questions[2].scaleLabels.max", equalTo("very easy"));

        for (String token : tokens) {
            given().contentType(ContentType.JSON).body(Map.of("answers", List.of(Map.of("question", "know", "score", 2))))
                    .when().post("/api/v1/survey-invitations/" + token + "/response").then().statusCode(201);
        }
        given().when().get("/api/v1/surveys/" + id + "/results").then().statusCode(200)
                .body("suppressed", equalTo(false))
                .body("questions[0].scale", equalTo("FAMILIARITY"))
                .body("questions[0].scaleLabels.fi.min", equalTo("en tunne lainkaan"))
                .body("questions[0].scaleLabels.en.max", equalTo("very well"))
                .body("questions[0].distribution.'2'", equalTo(5))
                .body("questions[3].scaleLabels", nullValue());
    }

    @Test
    @TestSecurity(user = "manager-scales", roles = "manager")
    @OidcSecurity(claims = @Claim(key = "org", value = "ely-scales"))
    void anUnknownOrMisplacedScaleIsAProblemNamingIt() {
        given().contentType(ContentType.JSON).body(survey(List.of(question("know", "SCALE_1_5", "COLOUR"))))
                .when().post("/api/v1/surveys").then().statusCode(400).contentType("application/problem+json")
                .body("violations[0].field", equalTo("questions[0].scale"));
        given().contentType(ContentType.JSON).body(survey(List.of(question("know", "SCALE_1_5", "x".repeat(100_000)))))
                .when().post("/api/v1/surveys").then().statusCode(400).body("violations[0].field", equalTo("questions[0].scale"));
        given().contentType(ContentType.JSON).body(survey(List.of(question("ok", "SCALE_1_5", "AGREEMENT"),
                        question("nps", "NPS_0_10", "LIKELIHOOD"))))
                .when().post("/api/v1/surveys").then().statusCode(400).body("violations[0].field", equalTo("questions[1].scale"));
    }

    @Test
    @TestSecurity(user = "manager-scales", roles = "manager")
    @OidcSecurity(claims = @Claim(key = "org", value = "ely-scales"))
    void theAwarenessSurveysKnowledgeQuestionMeasuresFamiliarity() {
        given().when().get("/api/v1/survey-defaults/AWARENESS_AND_IMAGE").then().statusCode(200)
                .body("questions.find { it.code == 'awareness' }.scale", equalTo("FAMILIARITY"))
                .body("questions.find { it.code == 'image' }.scale", equalTo("IMPRESSION"));
        given().when().get("/api/v1/survey-defaults/DIRECT_CLIENT_SATISFACTION").then().statusCode(200)
                .body("questions.find { it.code == 'satisfaction' }.scale", equalTo("SATISFACTION"));
    }
}
