package fi.kohtaamo.e2e;

import io.restassured.http.ContentType;
import io.restassured.response.Response;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

/**
 * A contact's whole handling through the gateway with real Keycloak tokens: routed by a rule,
 * an agent set up by their supervisor takes it with "next contact", replies, asks for more, the
 * client answers with code and secret, the agent resolves it and the client reads why; and an
 * Open311 client's request round trip.
 */
class RoutingFlowIT {

    private static final String PERMIT_SERVICE = "5e2b8f10-7a3c-4d1e-8b9f-00000000a004";

    @Test
    void anUrgentContactIsRoutedByRuleTakenRepliedAnsweredAndResolved() {
        String supervisor = Platform.userToken("supervisor.uusimaa");
        String agent = Platform.userToken("agent.uusimaa");

        String urgentQueue = Platform.gateway().auth().oauth2(agent).when().get("/api/v1/queues")
                .then().statusCode(200).extract().path("find { it.code == 'uusimaa-permits-urgent' }.id");
        String subject = Platform.gateway().auth().oauth2(agent).when().get("/api/v1/agents/me")
                .then().statusCode(200).body("organisation", equalTo("ely-uusimaa")).extract().path("subject");
        Platform.gateway().auth().oauth2(supervisor).contentType(ContentType.JSON)
                .header("If-Match", Platform.agentVersion(agent))
                .body(Map.of("skills", Map.of("permits", 3, "roads", 2), "languages", List.of("en"), "capacity", 20,
                        "queueIds", List.of(urgentQueue)))
                .when().put("/api/v1/agents/" + subject).then().statusCode(200).body("skills.permits", equalTo(3));
        Platform.gateway().auth().oauth2(agent).contentType(ContentType.JSON).body(Map.of("presence", "AVAILABLE"))
                .when().put("/api/v1/agents/me/presence").then().statusCode(200);

        String marker = UUID.randomUUID().toString();
        Platform.gateway().auth().oauth2(supervisor).contentType(ContentType.JSON)
                .body(Map.of("serviceId", PERMIT_SERVICE, "language", "en", "description", "This is urgent " + marker))
                .when().post("/api/v1/routing-rules/simulate").then().statusCode(200)
                .body("queue", equalTo("uusimaa-permits-urgent")).body("ruleName", equalTo("Urgent road connection matters"));

        Response created = Awaitility.await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofSeconds(1))
                .until(() -> Platform.gateway().contentType(ContentType.JSON)
                        .body(Map.of("serviceId", PERMIT_SERVICE, "language", "en", "attributes", Platform.PERMIT_ANSWERS,
                                "description", "Urgent: the connection is needed next week " + marker))
                        .when().post("/api/v1/contacts"), response -> response.statusCode() == 201);
        String id = created.path("id");
        Map<String, Object> tracking = Map.of("trackingCode", created.path("trackingCode"),
                "accessSecret", created.path("accessSecret"));

        // "Next contact" until it is ours (an earlier, interrupted run may have left one waiting).
        String taken = null;
        for (int i = 0; i < 10 && !id.equals(taken); i++) {
            taken = Platform.gateway().auth().oauth2(agent).when().post("/api/v1/contacts/next")
                    .then().statusCode(200).body("status", equalTo("ASSIGNED")).extract().path("id");
        }
        org.assertj.core.api.Assertions.assertThat(taken).isEqualTo(id);

        String path = "/api/v1/contacts/" + id;
        Platform.gateway().auth().oauth2(agent).contentType(ContentType.JSON)
                .body(Map.of("text", "Thank you, we are on it.")).when().post(path + "/replies")
                .then().statusCode(200).body("priority", equalTo(1));
        Platform.gateway().auth().oauth2(agent).contentType(ContentType.JSON)
                .body(Map.of("text", "Which property is it?")).when().post(path + "/information-requests")
                .then().statusCode(200).body("status", equalTo("WAITING_FOR_CLIENT"));
        Platform.gateway().contentType(ContentType.JSON).body(tracking).when().post("/api/v1/contacts/lookup")
                .then().statusCode(200).body("waitingForYou", equalTo(true))
                .body("history.text", hasItem("Thank you, we are on it."));
        Map<String, Object> answer = new java.util.HashMap<>(tracking);
        answer.put("text", "Property 91-1-2-3.");
        Platform.gateway().contentType(ContentType.JSON).body(answer).when().post("/api/v1/contacts/lookup/messages")
                .then().statusCode(200).body("status", equalTo("ASSIGNED"));

        Platform.gateway().auth().oauth2(agent).contentType(ContentType.JSON)
                .body(Map.of("code", "DECISION_MADE", "justification", "The permit was granted: the connection meets the conditions."))
                .when().post(path + "/resolve").then().statusCode(200).body("status", equalTo("RESOLVED"));
        Platform.gateway().contentType(ContentType.JSON).body(tracking).when().post("/api/v1/contacts/lookup")
                .then().statusCode(200).body("status", equalTo("RESOLVED"))
                .body("resolutionJustification", equalTo("The permit was granted: the connection meets the conditions."));

        Platform.gateway().auth().oauth2(agent).when().get(path).then().statusCode(200)
                .body("history.kind", hasItem("CLIENT_MESSAGE")).body("queue.code", equalTo("uusimaa-permits-urgent"));
        Platform.gateway().auth().oauth2(supervisor).when().get("/api/v1/supervision/queues").then().statusCode(200)
                .body("code", hasItem("uusimaa-permits-urgent"));
        // another organisation's contact answers as an unknown one does
        Platform.gateway().auth().oauth2(Platform.userToken("agent.pirkanmaa")).when().get(path).then().statusCode(404);
        Platform.gateway().auth().oauth2(agent).contentType(ContentType.JSON).body(Map.of("presence", "OFFLINE"))
                .when().put("/api/v1/agents/me/presence").then().statusCode(200);
    }

    @Test
    void anOpen311ClientsRequestMakesTheRoundTripThroughTheGateway() {
        Response created = Awaitility.await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofSeconds(1))
                .until(() -> Platform.gateway().contentType("application/x-www-form-urlencoded; charset=utf-8")
                        .formParam("api_key", "kohtaamo-demo-open311-key").formParam("service_code", "road-connection-permit")
                        .formParam("lat", "60.2").formParam("long", "24.9").formParam("description", "New field access")
                        .formParam("attribute[road_number]", "1234").formParam("attribute[connection_use]", "agricultural")
                        .when().post("/open311/v2/requests.json"), response -> response.statusCode() == 200);
        String id = created.path("[0].service_request_id");
        // not published by its sender: hidden from the public, whole for the organisation's api_key
        Platform.gateway().when().get("/open311/v2/requests/" + id + ".xml").then().statusCode(404);
        Platform.gateway().queryParam("api_key", "kohtaamo-demo-open311-key").when().get("/open311/v2/requests/" + id + ".xml")
                .then().statusCode(200).contentType(containsString("text/xml"))
                .body("service_requests.request.status", equalTo("open"))
                .body("service_requests.request.description", equalTo("New field access"));
        Platform.gateway().when().get("/open311/v2/services/road-connection-permit.json").then().statusCode(200)
                .body("attributes.code", hasItem("road_number"));
    }
}
