package fi.kohtaamo.e2e;

import fi.kohtaamo.testsupport.EmptyBodies;
import io.restassured.RestAssured;
import io.restassured.specification.RequestSpecification;

import static io.restassured.RestAssured.given;

/** Where the launched platform is, and real Keycloak tokens for its demo users and agency client. */
final class Platform {

    /** Answers to the road connection permit's extra questions, which the catalogue requires. */
    static final java.util.Map<String, Object> PERMIT_ANSWERS = java.util.Map.of("road_number", 1234, "connection_use", "residential");
    static final String GATEWAY = System.getProperty("kohtaamo.gateway.url", "http://127.0.0.1:8080");
    static final String KEYCLOAK = System.getProperty("kohtaamo.keycloak.url", "http://127.0.0.1:8180");
    static final String DEMO_PASSWORD = System.getProperty("kohtaamo.demo.password", "kohtaamo-demo");
    static final String AGENCY_SECRET = System.getProperty("kohtaamo.agency.secret", "demo-agency-secret-change-me");
    private static final String TOKEN_URL = KEYCLOAK + "/realms/kohtaamo/protocol/openid-connect/token";

    private Platform() {
    }

    static RequestSpecification gateway() {
        return given().baseUri(GATEWAY).redirects().follow(false);
    }

    /** A user's access token by the password grant of the tests' client (local demo realm only). */
    static String userToken(String username) {
        return given().formParam("grant_type", "password").formParam("client_id", "kohtaamo-cli")
                .formParam("username", username).formParam("password", DEMO_PASSWORD).formParam("scope", "openid")
                .when().post(TOKEN_URL)
                .then().statusCode(200).extract().path("access_token");
    }

    /**
     * The If-Match of an agent's record as a supervisor changes it: the version the agent's own
     * record shows now (routing refuses a change naming none with 428, a stale one with 412).
     */
    static String agentVersion(String agentToken) {
        int version = gateway().auth().oauth2(agentToken).when().get("/api/v1/agents/me").then().statusCode(200)
                .extract().path("version");
        return "\"" + version + "\"";
    }

    /** The demo agency system's token by the client-credentials grant. */
    static String agencyToken() {
        return given().auth().preemptive().basic("demo-agency-system", AGENCY_SECRET)
                .formParam("grant_type", "client_credentials")
                .when().post(TOKEN_URL)
                .then().statusCode(200).extract().path("access_token");
    }

    static {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
        EmptyBodies.install();
    }
}
