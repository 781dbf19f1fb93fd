package fi.kohtaamo.e2e;

import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

/**
 * The feedback service's own identity as Keycloak issues it (client credentials of
 * {@code kohtaamo-feedback}), which a recurring survey's scheduled rounds use towards the registry:
 * it gets the recipients of the organisation it names, and nothing else anywhere.
 */
class ServiceIdentityIT {

    private static final String FEEDBACK_SECRET = System.getProperty("kohtaamo.feedback.secret",
            "demo-feedback-secret-change-me-0123456789abcdef");

    private static String feedbackServiceToken() {
        return given().auth().preemptive().basic("kohtaamo-feedback", FEEDBACK_SECRET)
                .formParam("grant_type", "client_credentials")
                .when().post(Platform.KEYCLOAK + "/realms/kohtaamo/protocol/openid-connect/token")
                .then().statusCode(200).extract().path("access_token");
    }

    @Test
    void theSurveyRoundsIdentityReadsRecipientsOfTheOrganisationItNamesAndNothingElse() {
        String run = UUID.randomUUID().toString().substring(0, 8);
        String admin = Platform.userToken("registry-admin.uusimaa");
        String segment = "e2e-rounds-" + run;
        Platform.gateway().auth().oauth2(admin).contentType(ContentType.JSON)
                .body(Map.of("nameFi", "Kierrospaneeli " + run, "nameSv", "Omgångspanel " + run, "nameEn", "Round panel " + run))
                .when().put("/api/v1/segments/" + segment).then().statusCode(200);
        String client = Platform.gateway().auth().oauth2(admin).contentType(ContentType.JSON)
                .body(Map.of("kind", "PERSON", "firstName", "Kierros", "lastName", "Vastaaja", "preferredLanguage", "fi",
                        "emails", List.of("kierros-" + run + "@example.org")))
                .when().post("/api/v1/clients").then().statusCode(201).extract().path("id");
        Platform.gateway().auth().oauth2(admin).when().put("/api/v1/clients/" + client + "/segments/" + segment)
                .then().statusCode(200);

        String service = feedbackServiceToken();
        Platform.gateway().auth().oauth2(service).contentType(ContentType.JSON)
                .body(Map.of("segment", segment, "organisation", "ely-uusimaa"))
                .when().post("/api/v1/survey-recipients")
                .then().statusCode(200).body("recipients.clientId", hasItem(client));
        Platform.gateway().auth().oauth2(service).contentType(ContentType.JSON).body(Map.of("segment", segment))
                .when().post("/api/v1/survey-recipients")
                .then().statusCode(400).body("violations[0].field", equalTo("organisation"));

        // The identity opens that one operation only: the client, the registry's search, the audit
        // log, another service's contacts and statistics are closed to it.
        Platform.gateway().auth().oauth2(service).when().get("/api/v1/clients/" + client).then().statusCode(403);
        Platform.gateway().auth().oauth2(service).queryParam("clientId", client).when().get("/api/v1/audit")
                .then().statusCode(403);
        Platform.gateway().auth().oauth2(service).when().get("/api/v1/contacts").then().statusCode(403);
        Platform.gateway().auth().oauth2(service).when().get("/api/v1/surveys").then().statusCode(403);
    }
}
