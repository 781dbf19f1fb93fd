package fi.kohtaamo.routing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import fi.kohtaamo.routing.domain.Contact;
import fi.kohtaamo.routing.service.RegistryContract;
import fi.kohtaamo.registry.contract.ExportSeal;
import fi.kohtaamo.testsupport.KafkaTestClient;
import fi.kohtaamo.testsupport.TestServers;
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

/** The registry's contract through Kafka: erasure, merge and export reach this service's contacts, each once. */
@QuarkusTest
@QuarkusTestResource(value = KohtaamoServicesResource.class, initArgs = @ResourceArg(name = "schema", value = "routing"))
class RegistryContractTest {

    private static final Path REGISTRY_EVENTS = Path.of("../client-registry/events");
    private static final Path REGISTRY_EXAMPLE = REGISTRY_EVENTS.resolve("client.erased.v1.example.json");

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
        UUID erasedFile = WorkFixtures.attachment(UUID.fromString(erasedContact));
        UUID otherFile = WorkFixtures.attachment(UUID.fromString(otherContact));

        ObjectNode event = (ObjectNode) mapper.readTree(Files.readString(REGISTRY_EXAMPLE));
        event.put("id", UUID.randomUUID().toString()).put("subject", clientId.toString());
        ((ObjectNode) event.get("data")).put("clientId", clientId.toString());
        KafkaTestClient kafka = new KafkaTestClient(bootstrapServers);
        kafka.publish("kohtaamo.clients.v1", clientId.toString(), event.toString());
        kafka.publish("kohtaamo.clients.v1", clientId.toString(), event.toString());

        Awaitility.await().atMost(Duration.ofSeconds(30))
                .until(() -> RegistryContract.ERASED_TEXT.equals(contact(erasedContact).description));
        Contact erased = contact(erasedContact);
        assertThat(erased.contactName).isNull();
        assertThat(erased.contactPhone).isNull();
        assertThat(erased.clientId).isNull();
        assertThat(erased.personalDataRemovedAt).isNotNull(); // the retention run passes it by
        assertThat(erased.channel).isNotNull();
        assertThat(erased.trackingCode).isNotBlank();
        assertThat(contact(otherContact).description).isEqualTo("Toinen asiakas");
        assertThat(WorkFixtures.attachmentStored(erasedFile)).as("the erased client's files go").isFalse();
        assertThat(WorkFixtures.attachmentStored(otherFile)).isTrue();
    }

    @Test
    @TestSecurity(user = "agent-uusimaa", roles = "agent")
    @OidcSecurity(claims = @Claim(key = "org", value = "ely-uusimaa"))
    void aMergedClientsContactsMoveToTheSurvivor() throws Exception {
        UUID survivor = UUID.randomUUID();
        UUID merged = UUID.randomUUID();
        String contactId = submit(merged, "Kysymys liittymästä");

        ObjectNode event = example("client.merged.v1.example.json", merged);
        ((ObjectNode) event.get("data")).put("survivorId", survivor.toString()).put("mergedId", merged.toString());
        new KafkaTestClient(bootstrapServers).publish("kohtaamo.clients.v1", merged.toString(), event.toString());

        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> survivor.equals(contact(contactId).clientId));
        assertThat(contact(contactId).description).isEqualTo("Kysymys liittymästä");
    }

    @Test
    @TestSecurity(user = "agent-uusimaa", roles = "agent")
    @OidcSecurity(claims = @Claim(key = "org", value = "ely-uusimaa"))
    void anExportRequestIsAnsweredWithTheClientsContactsOnce() throws Exception {
        UUID clientId = UUID.randomUUID();
        String contactId = submit(clientId, "Milloin lupani on valmis?");
        submit(UUID.randomUUID(), "Jonkun muun asia");
        String trackingCode = QuarkusTransaction.requiringNew().call(() -> contact(contactId).trackingCode);
        UUID exportId = UUID.randomUUID();

        ObjectNode event = example("client.export-requested.v1.example.json", clientId);
        ((ObjectNode) event.get("data")).put("clientId", clientId.toString()).put("exportId", exportId.toString());
        KafkaTestClient kafka = new KafkaTestClient(bootstrapServers);
        kafka.publish("kohtaamo.clients.v1", clientId.toString(), event.toString());
        kafka.publish("kohtaamo.clients.v1", clientId.toString(), event.toString());

        var parts = kafka.await("kohtaamo.contacts.v1", record -> exportId.toString().equals(record.key()), 1,
                Duration.ofSeconds(30));
        JsonNode part = mapper.readTree(parts.get(0).value());
        assertThat(part.path("type").asText()).isEqualTo("fi.kohtaamo.client.export-part.v2");
        assertThat(part.path("data").path("service").asText()).isEqualTo("contact-routing");
        assertThat(parts.get(0).value()).as("nothing personal in clear on the topic")
                .doesNotContain(trackingCode, "Milloin lupani", "Maija", clientId.toString());
        JsonNode contacts = mapper.readTree(ExportSeal.open(TestServers.exportKeys().getPrivate(), part.path("data"))).path("contacts");
        assertThat(contacts).hasSize(1);
        assertThat(contacts.get(0).path("trackingCode").asText()).isEqualTo(trackingCode);
        assertThat(contacts.get(0).path("description").asText()).isEqualTo("Milloin lupani on valmis?");
        assertThat(contacts.get(0).path("contactName").asText()).isEqualTo("Maija Meikäläinen");
        // the repeated request was absorbed by the inbox: one part only
        assertThat(kafka.await("kohtaamo.contacts.v1", record -> exportId.toString().equals(record.key()), 2,
                Duration.ofSeconds(5))).hasSize(1);
    }

    private ObjectNode example(String file, UUID subject) throws Exception {
        ObjectNode event = (ObjectNode) mapper.readTree(Files.readString(REGISTRY_EVENTS.resolve(file)));
        return event.put("id", UUID.randomUUID().toString()).put("subject", subject.toString());
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
