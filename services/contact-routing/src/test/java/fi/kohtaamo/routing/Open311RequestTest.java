package fi.kohtaamo.routing;

import fi.kohtaamo.caller.Caller;
import fi.kohtaamo.routing.domain.ResolutionCode;
import fi.kohtaamo.routing.service.Assignment;
import fi.kohtaamo.routing.service.ContactWork;
import fi.kohtaamo.testsupport.KohtaamoServicesResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.Set;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

/** Open311 GeoReport v2 service requests, round trip, in JSON and XML, with the specification's errors. */
@QuarkusTest
@QuarkusTestResource(value = KohtaamoServicesResource.class, initArgs = @ResourceArg(name = "schema", value = "routing"))
class Open311RequestTest {

    private static final String API_KEY = "kohtaamo-demo-open311-key";

    @Inject
    Assignment assignment;

    @Inject
    ContactWork work;

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @BeforeEach
    void feedCatalogue() throws Exception {
        RoutingTestSupport.feedCatalogueOnce(bootstrapServers);
    }

    private static io.restassured.specification.RequestSpecification request() {
        return request(API_KEY);
    }

    private static io.restassured.specification.RequestSpecification request(String apiKey) {
        return given().contentType("application/x-www-form-urlencoded; charset=utf-8")
                .formParam("api_key", apiKey).formParam("service_code", "road-connection-permit")
                .formParam("lat", "60.169857").formParam("long", "24.938379")
                .formParam("description", "Liittymä tielle 1234 pellolle")
                .formParam("attribute[road_number]", "1234").formParam("attribute[connection_use]", "agricultural")
                .formParam("email", "viljelija@example.fi").formParam("first_name", "Ville").formParam("last_name", "Viljelijä");
    }

    @Test
    void aRequestMakesTheRoundTripInJsonAndXml() {
        ExtractableResponse<Response> created = request().formParam("publish", "true").header("Accept-Language", "en")
                .when().post("/open311/v2/requests.json")
                .then().statusCode(200).contentType("application/json")
                .body("", hasSize(1)).body("[0].service_request_id", matchesPattern("KH-[0-9A-Z]{4}-[0-9A-Z]{4}"))
                .extract();
        String id = created.path("[0].service_request_id");
        String token = created.path("[0].token");

        given().header("Accept-Language", "en").when().get("/open311/v2/requests/" + id + ".json").then().statusCode(200)
                .body("[0].service_request_id", equalTo(id)).body("[0].status", equalTo("open"))
                .body("[0].service_code", equalTo("road-connection-permit"))
                .body("[0].service_name", equalTo("Permit to connect to a public road"))
                .body("[0].agency_responsible", equalTo("ely-uusimaa"))
                .body("[0].lat", equalTo(60.169857f)).body("[0].long", equalTo(24.938379f))
                .body("[0].requested_datetime", matchesPattern("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\+0[23]:00"));
        given().when().get("/open311/v2/requests/" + id + ".xml").then().statusCode(200).contentType(containsString("text/xml"))
                .body("service_requests.request.service_request_id", equalTo(id))
                .body("service_requests.request.status", equalTo("open"));
        given().when().get("/open311/v2/tokens/" + token + ".json").then().statusCode(200)
                .body("[0].service_request_id", equalTo(id));
        given().queryParam("status", "open").queryParam("service_code", "road-connection-permit")
                .when().get("/open311/v2/requests.json").then().statusCode(200)
                .body("service_request_id", hasItem(id));
        given().queryParam("status", "closed").when().get("/open311/v2/requests.json").then().statusCode(200)
                .body("service_request_id", not(hasItem(id)));
        given().queryParam("start_date", "2020-01-01T00:00:00Z").queryParam("end_date", "2020-02-01T00:00:00Z")
                .when().get("/open311/v2/requests.json").then().statusCode(200).body("", hasSize(0));

        // Resolved by staff: closed, with the justification as status notes.
        Caller supervisor = new Caller("o311-supervisor", "o311-supervisor", "ely-uusimaa", Set.of("supervisor"), false);
        UUID contactId = UUID.fromString(token);
        WorkFixtures.agent("o311-supervisor", "ely-uusimaa", false, java.util.Map.of("roads", 1, "permits", 1),
                java.util.List.of("fi", "en"), 5, Set.of());
        assignment.take(supervisor, contactId);
        work.resolve(supervisor, contactId, ResolutionCode.DECISION_MADE, "Lupa myönnetty.");
        given().when().get("/open311/v2/requests/" + id + ".json").then().statusCode(200)
                .body("[0].status", equalTo("closed")).body("[0].status_notes", nullValue());
        given().queryParam("api_key", API_KEY).when().get("/open311/v2/requests/" + id + ".json").then().statusCode(200)
                .body("[0].status", equalTo("closed")).body("[0].status_notes", equalTo("Lupa myönnetty."));
    }

    @Test
    void aRequestItsSenderDidNotPublishIsOnlyForTheOrganisationsApiKey() {
        String id = request().when().post("/open311/v2/requests.json").then().statusCode(200)
                .extract().path("[0].service_request_id");
        given().when().get("/open311/v2/requests/" + id + ".json").then().statusCode(404);
        given().queryParam("api_key", "wrong").when().get("/open311/v2/requests/" + id + ".json").then().statusCode(404);
        given().when().get("/open311/v2/requests.json").then().statusCode(200).body("service_request_id", not(hasItem(id)));
        given().queryParam("api_key", API_KEY).when().get("/open311/v2/requests/" + id + ".json").then().statusCode(200)
                .body("[0].description", equalTo("Liittymä tielle 1234 pellolle"));
        given().queryParam("api_key", API_KEY).when().get("/open311/v2/requests.json").then().statusCode(200)
                .body("service_request_id", hasItem(id));
    }

    @Test
    void errorsAreOpen311ErrorArrays() {
        request("wrong").when().post("/open311/v2/requests.json").then().statusCode(403);
        given().contentType("application/x-www-form-urlencoded").formParam("service_code", "road-connection-permit")
                .when().post("/open311/v2/requests.json").then().statusCode(403)
                .body("[0].code", equalTo(403)).body("[0].description", containsString("api_key"));
        given().contentType("application/x-www-form-urlencoded").formParam("api_key", API_KEY)
                .formParam("service_code", "no-such-service").formParam("lat", "60").formParam("long", "24")
                .formParam("description", "x")
                .when().post("/open311/v2/requests.xml").then().statusCode(404).contentType(containsString("text/xml"))
                .body("errors.error.code", equalTo("404"));
        given().contentType("application/x-www-form-urlencoded").formParam("api_key", API_KEY)
                .formParam("service_code", "road-connection-permit").formParam("description", "x")
                .formParam("attribute[road_number]", "1").formParam("attribute[connection_use]", "residential")
                .when().post("/open311/v2/requests.json").then().statusCode(400)
                .body("[0].description", containsString("location"));
        given().contentType("application/x-www-form-urlencoded").formParam("api_key", API_KEY)
                .formParam("service_code", "road-connection-permit").formParam("address_string", "Tie 1, Espoo")
                .formParam("description", "x").formParam("attribute[road_number]", "one")
                .when().post("/open311/v2/requests.json").then().statusCode(400)
                .body("[0].description", containsString("attribute road_number must be a number"))
                .body("[0].description", containsString("attribute connection_use is required"));
        given().contentType("application/x-www-form-urlencoded").formParam("api_key", API_KEY)
                .formParam("service_code", "road-connection-permit").formParam("lat", "95").formParam("long", "24")
                .formParam("description", "x")
                .when().post("/open311/v2/requests.json").then().statusCode(400).body("[0].description", containsString("lat"));
        request().formParam("jurisdiction_id", "elsewhere.example").when().post("/open311/v2/requests.json")
                .then().statusCode(404);
        given().when().get("/open311/v2/requests.csv").then().statusCode(404);
        given().queryParam("status", "pending").when().get("/open311/v2/requests.json").then().statusCode(400)
                .body("[0].code", equalTo(400));
        given().queryParam("start_date", "yesterday").when().get("/open311/v2/requests.json").then().statusCode(400);
        given().when().get("/open311/v2/requests/KH-0000-0000.json").then().statusCode(404);
        given().when().get("/open311/v2/tokens/not-a-token.json").then().statusCode(404);
    }

    @Test
    void theSpecificationToTheLetter() {
        // description is optional on POST
        given().contentType("application/x-www-form-urlencoded").formParam("api_key", API_KEY)
                .formParam("service_code", "road-connection-permit").formParam("lat", "60.17").formParam("long", "24.94")
                .formParam("attribute[road_number]", "1234").formParam("attribute[connection_use]", "agricultural")
                .when().post("/open311/v2/requests.json").then().statusCode(200)
                .body("[0].service_request_id", matchesPattern("KH-.*"));
        // a form body is not JSON: a NUL in it is still a 400, not a 500 from PostgreSQL
        request().formParam("address_string", "Tie 1\u0000").when().post("/open311/v2/requests.json").then().statusCode(400)
                .body("[0].description", containsString("address_string"));
        // start_date–end_date spans at most 90 days; an open end is now
        given().queryParam("start_date", "2026-01-01T00:00:00Z").queryParam("end_date", "2026-04-02T00:00:00Z")
                .when().get("/open311/v2/requests.json").then().statusCode(400)
                .body("[0].description", containsString("90 days"));
        given().queryParam("start_date", "2026-01-01T00:00:00Z").queryParam("end_date", "2026-03-31T00:00:00Z")
                .when().get("/open311/v2/requests.json").then().statusCode(200);
        given().queryParam("start_date", "2020-01-01T00:00:00Z").when().get("/open311/v2/requests.json").then().statusCode(400);
        // tokens answer 404 for another jurisdiction, as every other resource does
        String token = request().when().post("/open311/v2/requests.json").then().statusCode(200).extract().path("[0].token");
        given().when().get("/open311/v2/tokens/" + token + ".json").then().statusCode(200);
        given().queryParam("jurisdiction_id", "elsewhere.example").when().get("/open311/v2/tokens/" + token + ".json")
                .then().statusCode(404).body("[0].code", equalTo(404));
        // a request id in lower case finds the request in the list too, as requests/{id} does
        String id = request().formParam("publish", "true").when().post("/open311/v2/requests.json").then().statusCode(200)
                .extract().path("[0].service_request_id");
        given().when().get("/open311/v2/requests/" + id.toLowerCase(java.util.Locale.ROOT) + ".json").then().statusCode(200);
        given().queryParam("service_request_id", id.toLowerCase(java.util.Locale.ROOT)).when().get("/open311/v2/requests.json")
                .then().statusCode(200).body("service_request_id", hasItem(id));
        // a path no resource serves (the gateway sends /open311/v2//services.xml here) answers the
        // specification's error array in the format the path asks for
        given().urlEncodingEnabled(false).when().get("/open311/v2//services.xml").then().statusCode(404)
                .contentType(containsString("text/xml")).body("errors.error.code", equalTo("404"));
    }

    @Test
    void contactsFromOtherChannelsAreNotListed() {
        String id = given().contentType("application/json")
                .body(java.util.Map.of("description", "Yksityinen asia", "language", "fi"))
                .when().post("/api/v1/contacts").then().statusCode(201).extract().path("trackingCode");
        given().when().get("/open311/v2/requests/" + id + ".json").then().statusCode(404);
        given().when().get("/open311/v2/requests.json").then().statusCode(200).body("service_request_id", not(hasItem(id)));
    }
}
