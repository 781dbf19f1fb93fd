package fi.kohtaamo.routing;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import fi.kohtaamo.routing.domain.Contact;
import fi.kohtaamo.routing.service.ClientErasures;
import fi.kohtaamo.testsupport.KafkaTestClient;
import fi.kohtaamo.testsupport.KohtaamoServicesResource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import org.awaitility.Awaitility;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/** The registry's erasure reaches this service's contacts through Kafka, once. */
@QuarkusTest
@QuarkusTestResource(value = KohtaamoServicesResource.class, initArgs = @ResourceArg(name = "schema", value = "routing"))
class ClientErasureTest {

    private static final Path REGISTRY_EXAMPLE = Path.of("../client-registry/events/client.erased.v1.example.json");

    @Inject
    ObjectMapper mapper;

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @Test
    @TestSecurity(user = "agent-uusimaa", roles = "agent")
    @OidcSecurity(claims = @Claim(key = "org", value = "ely-uusimaa"))
    void anErasedClientsContactsLoseTheirPersonalData() throws Exception {
        UUID clientId = UUID.randomUUID();
        String erasedContact = submit(clientId, "Maija Meikäläinen soitti liittymäluvasta, puh. 040 123 4567");
        String otherContact = submit(UUID.randomUUID(), "Toinen asiakas");

        ObjectNode event = (ObjectNode) mapper.readTree(Files.readString(REGISTRY_EXAMPLE));
        event.put("id", UUID.randomUUID().toString()).put("subject", clientId.toString());
        ((ObjectNode) event.get("data")).put("clientId", clientId.toString());
        KafkaTestClient kafka = new KafkaTestClient(bootstrapServers);
        kafka.publish("kohtaamo.clients.v1", clientId.toString(), event.toString());
        kafka.publish("kohtaamo.clients.v1", clientId.toString(), event.toString());

        Awaitility.await().atMost(Duration.ofSeconds(30))
                .until(() -> ClientErasures.ERASED_TEXT.equals(contact(erasedContact).description));
        Contact erased = contact(erasedContact);
        assertThat(erased.contactName).isNull();
        assertThat(erased.contactPhone).isNull();
        assertThat(erased.clientId).isNull();
        assertThat(erased.channel).isNotNull();
        assertThat(erased.trackingCode).isNotBlank();
        assertThat(contact(otherContact).description).isEqualTo("Toinen asiakas");
    }

    private String submit(UUID clientId, String description) {
        return given().contentType(ContentType.JSON)
                .body(Map.of("description", description, "language", "fi", "channel", "PHONE", "clientId", clientId.toString(),
                        "contact", Map.of("name", "Maija Meikäläinen", "phone", "040 123 4567")))
                .when().post("/api/v1/contacts").then().statusCode(201).extract().path("id");
    }

    private static Contact contact(String id) {
        return QuarkusTransaction.requiringNew().call(() -> Contact.<Contact>findById(UUID.fromString(id)));
    }
}
