package fi.kohtaamo.e2e;

import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

/**
 * Knowledge through the gateway with real tokens: a content editor writes and submits, another
 * approves (the author may not), and an anonymous reader finds the article with an inflected
 * Finnish word and reads it, sanitised.
 */
class KnowledgeFlowIT {

    @Test
    void anArticleReviewedByASecondEditorIsFoundByAnInflectedWord() {
        String author = Platform.userToken("content-editor.uusimaa");
        String reviewer = Platform.userToken("reviewer.uusimaa");
        String marker = "kokeilu" + Long.toString(System.nanoTime(), 36).replaceAll("[0-9]", "");
        String id = Platform.gateway().auth().oauth2(author).contentType(ContentType.JSON)
                .body(Map.of("language", "fi", "title", "Vesilupahakemus " + marker, "audience", "PUBLIC",
                        "body", "Näin teet vesilupahakemuksen. <script>alert(1)</script>",
                        "serviceGroups", List.of("PERMITS_AND_NOTIFICATIONS")))
                .when().post("/api/v1/articles").then().statusCode(201).extract().path("id");
        Platform.gateway().auth().oauth2(author).when().post("/api/v1/articles/" + id + "/translations/fi/submit")
                .then().statusCode(200);
        Platform.gateway().auth().oauth2(author).when().post("/api/v1/articles/" + id + "/translations/fi/approve")
                .then().statusCode(403);
        Platform.gateway().auth().oauth2(reviewer).when().post("/api/v1/articles/" + id + "/translations/fi/approve")
                .then().statusCode(200).body("status", equalTo("PUBLISHED"));

        Platform.gateway().queryParam("q", "vesilupahakemuksen " + marker).queryParam("language", "fi")
                .when().get("/api/v1/search")
                .then().statusCode(200).body("results[0].articleId", equalTo(id))
                .body("results[0].snippet", containsString("<mark>"));
        Platform.gateway().when().get("/api/v1/articles/" + id + "/translations/fi")
                .then().statusCode(200).body("html", not(containsString("<script")));
        Platform.gateway().auth().oauth2(Platform.userToken("agent.uusimaa")).contentType(ContentType.JSON)
                .body(Map.of("language", "fi", "title", "x", "body", "y", "audience", "PUBLIC"))
                .when().post("/api/v1/articles").then().statusCode(403);
        Platform.gateway().auth().oauth2(author).queryParam("status", "PUBLISHED").when().get("/api/v1/articles")
                .then().statusCode(200).body("articleId", hasItem(id));
    }
}
