package fi.kohtaamo.routing;

import fi.kohtaamo.testsupport.KohtaamoServicesResource;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 26, "the contacts it submitted": a contact an agency system submits names that system and
 * its organisation in every event of the contact ({@code submittedBy}), also when the contact is
 * routed to another organisation; a contact no agency system submitted names none.
 */
@QuarkusTest
@QuarkusTestResource(value = KohtaamoServicesResource.class, initArgs = @ResourceArg(name = "schema", value = "routing"))
class SubmittingSystemTest {

    @Inject
    AgroalDataSource dataSource;

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @BeforeEach
    void feedCatalogue() throws Exception {
        RoutingTestSupport.feedCatalogueOnce(bootstrapServers);
    }

    private static Map<String, Object> permitContact(String description) {
        return Map.of("serviceId", RoutingTestSupport.PERMIT_SERVICE.toString(), "description", description,
                "language", "fi", "attributes", RoutingTestSupport.PERMIT_ANSWERS);
    }

    @Test
    @TestSecurity(user = "service-account-pirkanmaa-case-system", roles = {})
    @OidcSecurity(claims = {@Claim(key = "client_id", value = "pirkanmaa-case-system"), @Claim(key = "org", value = "ely-pirkanmaa")})
    void anotherOrganisationsSystemIsNamedInTheEventsOfTheContactItSubmitted() throws Exception {
        String single = given().contentType(ContentType.JSON).header("Idempotency-Key", UUID.randomUUID().toString())
                .body(permitContact("Liittymälupa naapurikunnasta")).when().post("/api/v1/contacts")
                .then().statusCode(201).extract().path("id");
        String batched = given().contentType(ContentType.JSON)
                .body(Map.of("contacts", List.of(Map.of("key", UUID.randomUUID().toString(), "serviceId",
                        RoutingTestSupport.PERMIT_SERVICE.toString(), "description", "Erässä", "language", "fi",
                        "attributes", RoutingTestSupport.PERMIT_ANSWERS))))
                .when().post("/api/v1/contacts/batch").then().statusCode(200).extract().path("results[0].contact.id");

        for (String id : List.of(single, batched)) {
            List<JsonPath> events = events(id);
            assertThat(events).extracting(event -> event.getString("type"))
                    .contains("fi.kohtaamo.contact.received.v1", "fi.kohtaamo.contact.routed.v1");
            for (JsonPath event : events) {
                assertThat(event.getString("data.organisation")).as("the queue's owner").isEqualTo("ely-uusimaa");
                assertThat(event.getMap("data.submittedBy")).as("submittedBy of %s", event.getString("type"))
                        .isEqualTo(Map.of("clientId", "pirkanmaa-case-system", "organisation", "ely-pirkanmaa"));
            }
        }
    }

    @Test
    @TestSecurity(user = "maija", roles = "citizen")
    void aContactNoAgencySystemSubmittedNamesNone() throws Exception {
        String id = given().contentType(ContentType.JSON).body(permitContact("Kansalaisen oma"))
                .when().post("/api/v1/contacts").then().statusCode(201).extract().path("id");
        List<JsonPath> events = events(id);
        assertThat(events).isNotEmpty();
        for (JsonPath event : events) {
            assertThat(event.getMap("data")).containsEntry("submittedBy", null);
        }
    }

    @Test
    void anOpen311ClientIsNamedAsTheSystemThatSubmitted() throws Exception {
        String code = given().contentType("application/x-www-form-urlencoded; charset=utf-8")
                .formParam("api_key", "kohtaamo-demo-open311-key").formParam("service_code", "road-connection-permit")
                .formParam("lat", "60.169857").formParam("long", "24.938379").formParam("description", "Liittymä")
                .formParam("attribute[road_number]", "1234").formParam("attribute[connection_use]", "agricultural")
                .when().post("/open311/v2/requests.json").then().statusCode(200).extract().path("[0].service_request_id");
        String id;
        try (Connection connection = dataSource.getConnection();
             PreparedStatement query = connection.prepareStatement("select id, submitted_by_organisation from contact where tracking_code = ?")) {
            query.setString(1, code);
            try (ResultSet row = query.executeQuery()) {
                assertThat(row.next()).isTrue();
                id = row.getString(1);
                assertThat(row.getString(2)).isNotBlank();
            }
        }
        List<JsonPath> events = events(id);
        assertThat(events).isNotEmpty();
        for (JsonPath event : events) {
            assertThat(event.getString("data.submittedBy.clientId")).startsWith("open311:");
            assertThat(event.getString("data.submittedBy.organisation")).isNotBlank();
        }
    }

    private List<JsonPath> events(String contactId) throws Exception {
        List<JsonPath> events = new ArrayList<>();
        try (Connection connection = dataSource.getConnection();
             PreparedStatement query = connection.prepareStatement(
                     "select payload from outbox_event where aggregate_id = ? and event_type like 'fi.kohtaamo.contact.%' order by seq")) {
            query.setString(1, contactId);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    events.add(JsonPath.from(rows.getString(1)));
                }
            }
        }
        return events;
    }
}
