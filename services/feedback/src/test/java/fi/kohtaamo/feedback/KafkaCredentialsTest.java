package fi.kohtaamo.feedback;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import fi.kohtaamo.registry.contract.ExportSeal;
import fi.kohtaamo.testsupport.GreenMailResource;
import fi.kohtaamo.testsupport.KafkaTestClient;
import fi.kohtaamo.testsupport.KohtaamoServicesResource;
import fi.kohtaamo.testsupport.TestServers;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import jakarta.inject.Inject;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

/**
 * Feedback as the launcher and the chart run it: its own Kafka principal on a broker with the ACLs
 * derived from every service's configuration. Its consumers, its outbox relay and its health check
 * all authenticate with the service's configuration (kafka.security.protocol, sasl.*), and what
 * the matrix grants is enough for its work: the contacts it counts and the export it answers.
 */
@QuarkusTest
@TestProfile(KafkaCredentialsTest.AsItsOwnPrincipal.class)
class KafkaCredentialsTest {

    /** The secured broker instead of the module's plain one: without the global test resources. */
    public static class AsItsOwnPrincipal implements QuarkusTestProfile {
        @Override
        public List<TestResourceEntry> testResources() {
            return List.of(new TestResourceEntry(KohtaamoServicesResource.class,
                            Map.of("schema", "feedback", "kafkaPrincipal", "feedback")),
                    new TestResourceEntry(GreenMailResource.class));
        }

        @Override
        public boolean disableGlobalTestResources() {
            return true;
        }
    }

    @Inject
    ObjectMapper mapper;

    /** Readiness is on the management interface (/q/health/ready on its own port). */
    @TestHTTPResource(value = "/health/ready", management = true)
    java.net.URL ready;

    @Test
    void readyWithItsOwnCredentials() {
        given().when().get(ready).then().statusCode(200).body("status", equalTo("UP"));
    }

    @Test
    @TestSecurity(user = "manager-uusimaa", roles = "manager")
    @OidcSecurity(claims = @Claim(key = "org", value = "ely-uusimaa"))
    void readsContactRoutingsEventsAndAnswersTheRegistryOnItsOwnTopic() throws Exception {
        UUID serviceId = UUID.randomUUID();
        UUID client = UUID.randomUUID();
        ObjectNode contact = (ObjectNode) mapper.readTree(Files.readString(Path.of("../contact-routing/events/contact.received.v1.example.json")));
        UUID contactId = UUID.randomUUID();
        contact.put("id", UUID.randomUUID().toString()).put("subject", contactId.toString());
        ((ObjectNode) contact.get("data")).put("contactId", contactId.toString()).put("serviceId", serviceId.toString())
                .put("clientId", client.toString());
        new KafkaTestClient(TestServers.securedClient("contact-routing")).publish("kohtaamo.contacts.v1", contactId.toString(), contact.toString());
        Awaitility.await().atMost(Duration.ofSeconds(60)).untilAsserted(() ->
                given().queryParam("from", "2026-11-01T00:00:00Z").queryParam("to", "2026-12-01T00:00:00Z")
                        .when().get("/api/v1/statistics/contact-volumes")
                        .then().statusCode(200).body("find { it.serviceId == '" + serviceId + "' }.contacts", equalTo(1)));

        UUID exportId = UUID.randomUUID();
        ObjectNode request = (ObjectNode) mapper.readTree(Files.readString(Path.of("../client-registry/events/client.export-requested.v1.example.json")));
        request.put("id", UUID.randomUUID().toString()).put("subject", client.toString());
        ((ObjectNode) request.get("data")).put("clientId", client.toString()).put("exportId", exportId.toString());
        KafkaTestClient registry = new KafkaTestClient(TestServers.securedClient("client-registry"));
        registry.publish("kohtaamo.clients.v1", client.toString(), request.toString());

        // Read as the registry reads it: its principal, its group.
        var parts = registry.await("kohtaamo.feedback.v1", "client-registry", record -> exportId.toString().equals(record.key()),
                1, Duration.ofSeconds(60));
        assertThat(parts).hasSize(1);
        JsonNode part = mapper.readTree(ExportSeal.open(TestServers.exportKeys().getPrivate(), mapper.readTree(parts.get(0).value()).path("data")));
        assertThat(part.path("contactFacts").get(0).path("contactId").asText()).isEqualTo(contactId.toString());
    }
}
