package fi.kohtaamo.feedback;

import fi.kohtaamo.testsupport.GreenMailResource;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import fi.kohtaamo.testsupport.KafkaTestClient;
import fi.kohtaamo.testsupport.KohtaamoServicesResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import jakarta.inject.Inject;
import org.awaitility.Awaitility;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;

@QuarkusTest
@QuarkusTestResource(value = KohtaamoServicesResource.class, initArgs = @ResourceArg(name = "schema", value = "feedback"))
@QuarkusTestResource(GreenMailResource.class)
class ContactVolumesTest {

    private static final Path PRODUCER_EXAMPLE = Path.of("../contact-routing/events/contact.received.v1.example.json");

    @Inject
    ObjectMapper mapper;

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @Test
    @TestSecurity(user = "manager-uusimaa", roles = "manager")
    @OidcSecurity(claims = @Claim(key = "org", value = "ely-uusimaa"))
    void contactsAreCountedOnceHoweverOftenTheirEventArrives() throws Exception {
        UUID serviceId = UUID.randomUUID();
        ObjectNode event = contactEvent(serviceId, "PHONE");
        KafkaTestClient kafka = new KafkaTestClient(bootstrapServers);
        kafka.publish("kohtaamo.contacts.v1", event.get("subject").asText(), event.toString());
        kafka.publish("kohtaamo.contacts.v1", event.get("subject").asText(), event.toString());
        ObjectNode second = contactEvent(serviceId, "PHONE");
        kafka.publish("kohtaamo.contacts.v1", second.get("subject").asText(), second.toString());

        Awaitility.await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                given().queryParam("from", "2026-11-01T00:00:00Z").queryParam("to", "2026-12-01T00:00:00Z")
                        .when().get("/api/v1/statistics/contact-volumes")
                        .then().statusCode(200)
                        .body("find { it.serviceId == '" + serviceId + "' }.contacts", equalTo(2)));
    }

    @Test
    @TestSecurity(user = "manager-pirkanmaa", roles = "manager")
    @OidcSecurity(claims = @Claim(key = "org", value = "ely-pirkanmaa"))
    void anotherOrganisationSeesNoneOfThem() throws Exception {
        UUID serviceId = UUID.randomUUID();
        ObjectNode event = contactEvent(serviceId, "WEB");
        new KafkaTestClient(bootstrapServers).publish("kohtaamo.contacts.v1", event.get("subject").asText(), event.toString());
        Thread.sleep(2000); // give the consumer time to have recorded it, had it been visible
        given().queryParam("from", "2026-11-01T00:00:00Z").queryParam("to", "2026-12-01T00:00:00Z")
                .when().get("/api/v1/statistics/contact-volumes")
                .then().statusCode(200).body("findAll { it.serviceId == '" + serviceId + "' }", empty());
    }

    @Test
    @TestSecurity(user = "manager-uusimaa", roles = "manager")
    @OidcSecurity(claims = @Claim(key = "org", value = "ely-uusimaa"))
    void aBadPeriodIsAProblemNamingTheField() {
        given().queryParam("from", "yesterday").when().get("/api/v1/statistics/contact-volumes")
                .then().statusCode(400).body("violations[0].field", equalTo("from"));
        given().queryParam("from", "2026-12-01T00:00:00Z").queryParam("to", "2026-11-01T00:00:00Z")
                .when().get("/api/v1/statistics/contact-volumes")
                .then().statusCode(400).body("violations[0].field", equalTo("from"));
    }

    @Test
    void withoutATokenIs401() {
        given().when().get("/api/v1/statistics/contact-volumes").then().statusCode(401);
    }

    @Test
    @TestSecurity(user = "agent-uusimaa", roles = "agent")
    @OidcSecurity(claims = @Claim(key = "org", value = "ely-uusimaa"))
    void anAgentIsForbidden() {
        given().when().get("/api/v1/statistics/contact-volumes").then().statusCode(403);
    }

    /** The producer's documented example, read with this consumer, with fresh ids. */
    private ObjectNode contactEvent(UUID serviceId, String channel) throws Exception {
        ObjectNode event = (ObjectNode) mapper.readTree(Files.readString(PRODUCER_EXAMPLE));
        UUID contactId = UUID.randomUUID();
        event.put("id", UUID.randomUUID().toString());
        event.put("subject", contactId.toString());
        ((ObjectNode) event.get("data")).put("contactId", contactId.toString()).put("serviceId", serviceId.toString())
                .put("channel", channel);
        return event;
    }
}
