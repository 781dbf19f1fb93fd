package fi.kohtaamo.routing;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import fi.kohtaamo.caller.Caller;
import fi.kohtaamo.routing.domain.Contact;
import fi.kohtaamo.routing.domain.KnownClient;
import fi.kohtaamo.routing.service.ContactIntake;
import fi.kohtaamo.routing.service.NewContact;
import fi.kohtaamo.testsupport.KafkaTestClient;
import fi.kohtaamo.testsupport.KohtaamoServicesResource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.awaitility.Awaitility;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** The registry's client events keep routing's copy of segments and municipality; intake uses it. */
@QuarkusTest
@QuarkusTestResource(value = KohtaamoServicesResource.class, initArgs = @ResourceArg(name = "schema", value = "routing"))
class KnownClientsTest {

    private static final Path REGISTERED = Path.of("../client-registry/events/client.registered.v1.example.json");
    private static final Path ERASED = Path.of("../client-registry/events/client.erased.v1.example.json");

    @Inject
    ObjectMapper mapper;

    @Inject
    ContactIntake intake;

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @Test
    void aRegisteredClientsSegmentsReachTheContactAndErasureForgetsThem() throws Exception {
        UUID clientId = UUID.randomUUID();
        ObjectNode registered = (ObjectNode) mapper.readTree(Files.readString(REGISTERED));
        registered.put("id", UUID.randomUUID().toString()).put("subject", clientId.toString());
        ObjectNode data = (ObjectNode) registered.get("data");
        data.put("clientId", clientId.toString());
        data.putArray("segments").add("farmers").add("companies");
        KafkaTestClient kafka = new KafkaTestClient(bootstrapServers);
        kafka.publish("kohtaamo.clients.v1", clientId.toString(), registered.toString());
        Awaitility.await().atMost(Duration.ofSeconds(30))
                .until(() -> QuarkusTransaction.requiringNew().call(() -> KnownClient.findById(clientId) != null));

        UUID contactId = intake.receive(new NewContact(null, "Kysymys", "fi", null, null, null, null, clientId, null),
                new Caller("sys", "sys", "ely-uusimaa", java.util.Set.of("agent"), false), null).contact().id;
        QuarkusTransaction.requiringNew().run(() -> {
            Contact contact = Contact.findById(contactId);
            assertThat(contact.segments).containsExactlyInAnyOrder("farmers", "companies");
            assertThat(contact.municipalityCode).isEqualTo("091");
        });

        ObjectNode erased = (ObjectNode) mapper.readTree(Files.readString(ERASED));
        erased.put("id", UUID.randomUUID().toString()).put("subject", clientId.toString());
        ((ObjectNode) erased.get("data")).put("clientId", clientId.toString());
        kafka.publish("kohtaamo.clients.v1", clientId.toString(), erased.toString());
        Awaitility.await().atMost(Duration.ofSeconds(30))
                .until(() -> QuarkusTransaction.requiringNew().call(() -> KnownClient.findById(clientId) == null));
        QuarkusTransaction.requiringNew().run(() -> {
            Contact contact = Contact.findById(contactId);
            assertThat(contact.clientId).isNull();
            assertThat(contact.municipalityCode).isNull();
        });
    }
}
