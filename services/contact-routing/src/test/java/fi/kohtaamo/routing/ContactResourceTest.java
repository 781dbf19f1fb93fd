package fi.kohtaamo.routing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import fi.kohtaamo.outbox.CloudEvent;
import fi.kohtaamo.testsupport.KafkaTestClient;
import fi.kohtaamo.testsupport.KohtaamoServicesResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import io.restassured.http.ContentType;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

@QuarkusTest
@QuarkusTestResource(value = KohtaamoServicesResource.class, initArgs = @ResourceArg(name = "schema", value = "routing"))
class ContactResourceTest {


    @Inject
    ObjectMapper mapper;

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @BeforeEach
    void feedCatalogue() throws Exception {
        RoutingTestSupport.feedCatalogueOnce(bootstrapServers);
    }

    @Test
    void anAnonymousContactGoesToTheServicesDefaultQueueAndIsAnnouncedThroughKafka() throws Exception {
        ExtractableResponse<Response> created = given().contentType(ContentType.JSON)
                .body(Map.of("serviceId", RoutingTestSupport.PERMIT_SERVICE.toString(),
                        "description", "Haluan rakentaa uuden liittymän maantielle 1234.",
                        "language", "fi",
                        "attributes", RoutingTestSupport.PERMIT_ANSWERS,
                        "contact", Map.of("name", "Maija Meikäläinen", "email", "maija@example.fi")))
                .when().post("/api/v1/contacts")
                .then().statusCode(201)
                .header("Location", matchesPattern(".*/api/v1/contacts/[0-9a-f-]{36}"))
                .body("trackingCode", matchesPattern("KH-[2-9A-HJKMNP-TV-Z]{4}-[2-9A-HJKMNP-TV-Z]{4}"))
                .body("accessSecret", notNullValue())
                .body("status", equalTo("QUEUED"))
                .extract();
        String id = created.path("id");
        String code = created.path("trackingCode");

        List<ConsumerRecord<String, String>> records = new KafkaTestClient(bootstrapServers)
                .await("kohtaamo.contacts.v1", record -> id.equals(record.key()), 2, Duration.ofSeconds(30));
        assertThat(records).hasSize(2);
        CloudEvent event = CloudEvent.parse(mapper, records.get(0).value());
        assertThat(event.type()).isEqualTo("fi.kohtaamo.contact.received.v1");
        assertThat(event.subject()).isEqualTo(id);
        JsonNode data = event.data();
        assertThat(data.path("trackingCode").asText()).isEqualTo(code);
        assertThat(data.path("queueCode").asText()).isEqualTo("uusimaa-permits");
        assertThat(data.path("organisation").asText()).isEqualTo("ely-uusimaa");
        assertThat(data.path("channel").asText()).isEqualTo("WEB");
        assertThat(records.get(0).value()).as("no personal data in events")
                .doesNotContain("maija@example.fi", "Meikäläinen", "liittymän");
        CloudEvent routed = CloudEvent.parse(mapper, records.get(1).value());
        assertThat(routed.type()).isEqualTo("fi.kohtaamo.contact.routed.v1");
        assertThat(routed.data().path("queueCode").asText()).isEqualTo("uusimaa-permits");
        assertThat(routed.data().path("priority").asInt()).isEqualTo(3);
        assertThat(routed.data().path("serviceGroup").asText()).isEqualTo("PERMITS_AND_NOTIFICATIONS");
        assertThat(routed.data().path("details").path("reason").asText()).contains("default queue");
        assertThat(routed.data().path("firstResponseDue").asText()).as("the service promises 8 hours").isNotBlank();
        assertThat(records.get(1).value()).doesNotContain("maija@example.fi", "Meikäläinen", "liittymän");

        given().contentType(ContentType.JSON)
                .body(Map.of("trackingCode", code.toLowerCase(), "accessSecret", created.path("accessSecret")))
                .when().post("/api/v1/contacts/lookup")
                .then().statusCode(200).body("status", equalTo("QUEUED")).body("trackingCode", equalTo(code));
        given().contentType(ContentType.JSON)
                .body(Map.of("trackingCode", code, "accessSecret", "wrong-secret"))
                .when().post("/api/v1/contacts/lookup")
                .then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void badInputIsAProblemNamingEachField() {
        given().contentType(ContentType.JSON)
                .body(Map.of("description", " ", "language", "de", "contact", Map.of("email", "not-an-address")))
                .when().post("/api/v1/contacts")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("violations.field", containsInAnyOrder("description", "language", "contact.email"));

        given().contentType(ContentType.JSON)
                .body("{\"description\":\"x\",\"language\":\"fi\",\"channel\":\"PIGEON\"}")
                .when().post("/api/v1/contacts")
                .then().statusCode(400).contentType("application/problem+json")
                .body("violations[0].field", equalTo("channel"));

        given().contentType(ContentType.JSON).body("{\"description\": ")
                .when().post("/api/v1/contacts")
                .then().statusCode(400).contentType("application/problem+json");
    }

    @Test
    void anAnonymousSenderCannotSayWhoTheClientIs() {
        given().contentType(ContentType.JSON)
                .body(Map.of("serviceId", RoutingTestSupport.PERMIT_SERVICE.toString(), "description", "Minun lupani?",
                        "language", "fi", "clientId", UUID.randomUUID().toString(), "attributes", RoutingTestSupport.PERMIT_ANSWERS))
                .when().post("/api/v1/contacts")
                .then().statusCode(400).body("violations[0].field", equalTo("clientId"));
    }

    @Test
    @TestSecurity(user = "agent-pirkanmaa", roles = "agent")
    @OidcSecurity(claims = @Claim(key = "org", value = "ely-pirkanmaa"))
    void anotherOrganisationsAgentCannotSayWhoTheClientIs() {
        given().contentType(ContentType.JSON)
                .body(Map.of("serviceId", RoutingTestSupport.PERMIT_SERVICE.toString(), "description", "Soitto luvasta",
                        "language", "fi", "channel", "PHONE", "clientId", UUID.randomUUID().toString(),
                        "attributes", RoutingTestSupport.PERMIT_ANSWERS))
                .when().post("/api/v1/contacts")
                .then().statusCode(400).body("violations[0].field", equalTo("clientId"));
    }

    @Test
    void anUnknownServiceIsRejected() {
        given().contentType(ContentType.JSON)
                .body(Map.of("serviceId", "00000000-0000-4000-8000-000000000000", "description", "x", "language", "sv"))
                .when().post("/api/v1/contacts")
                .then().statusCode(400).body("violations[0].field", equalTo("serviceId"));
    }

    @Test
    @TestSecurity(user = "citizen-1", roles = "citizen")
    void aCitizenFollowsSignedInAndCannotLogAPhoneContact() {
        given().contentType(ContentType.JSON)
                .body(Map.of("description", "En tiedä mihin palveluun tämä kuuluu.", "language", "fi"))
                .when().post("/api/v1/contacts")
                .then().statusCode(201).body("accessSecret", nullValue());

        given().contentType(ContentType.JSON)
                .body(Map.of("description", "x", "language", "fi", "channel", "PHONE"))
                .when().post("/api/v1/contacts")
                .then().statusCode(400).body("violations[0].field", equalTo("channel"));
    }

    @Test
    @TestSecurity(user = "agent-uusimaa", roles = "agent")
    @OidcSecurity(claims = @Claim(key = "org", value = "ely-uusimaa"))
    void anAgentLogsAPhoneContactWithoutAServiceIntoTriage() {
        String id = given().contentType(ContentType.JSON)
                .body(Map.of("description", "Soittaja kysyi tienvarsimainoksista.", "language", "fi", "channel", "PHONE"))
                .when().post("/api/v1/contacts")
                .then().statusCode(201).body("accessSecret", notNullValue()).extract().path("id");

        given().when().get("/api/v1/queues/7c1f0a00-0000-4000-8000-000000000001/contacts")
                .then().statusCode(200)
                .body("find { it.id == '" + id + "' }.channel", equalTo("PHONE"))
                .body("find { it.id == '" + id + "' }.serviceId", nullValue());
    }

    @Test
    @TestSecurity(user = "agency-system", roles = {})
    @OidcSecurity(claims = {@Claim(key = "client_id", value = "demo-agency-system"), @Claim(key = "org", value = "ely-uusimaa")})
    void anAgencySystemsRetryWithTheSameIdempotencyKeyReturnsTheFirstContact() {
        Map<String, Object> body = Map.of("serviceId", RoutingTestSupport.PERMIT_SERVICE.toString(),
                "description", "Liittymälupahakemus järjestelmästä", "language", "fi",
                "attributes", RoutingTestSupport.PERMIT_ANSWERS);
        String first = given().contentType(ContentType.JSON).header("Idempotency-Key", "order-4711").body(body)
                .when().post("/api/v1/contacts")
                .then().statusCode(201).extract().path("id");
        given().contentType(ContentType.JSON).header("Idempotency-Key", "order-4711").body(body)
                .when().post("/api/v1/contacts")
                .then().statusCode(200).body("id", equalTo(first));
        given().contentType(ContentType.JSON).header("Idempotency-Key", "order-4711")
                .body(Map.of("description", "another matter", "language", "fi"))
                .when().post("/api/v1/contacts")
                .then().statusCode(422).contentType("application/problem+json");
    }
}
