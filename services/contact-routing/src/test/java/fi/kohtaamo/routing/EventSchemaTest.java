package fi.kohtaamo.routing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import fi.kohtaamo.caller.Caller;
import fi.kohtaamo.routing.domain.Queue;
import fi.kohtaamo.routing.domain.ResolutionCode;
import fi.kohtaamo.routing.domain.Tier;
import fi.kohtaamo.routing.service.Assignment;
import fi.kohtaamo.routing.service.Attachments;
import fi.kohtaamo.routing.service.ContactIntake;
import fi.kohtaamo.routing.service.ContactWork;
import fi.kohtaamo.routing.service.NewContact;
import fi.kohtaamo.testsupport.KafkaTestClient;
import fi.kohtaamo.testsupport.KohtaamoServicesResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** What contact routing puts on Kafka is what its documented schemas say, and so are its examples. */
@QuarkusTest
@QuarkusTestResource(value = KohtaamoServicesResource.class, initArgs = @ResourceArg(name = "schema", value = "routing"))
class EventSchemaTest {

    private static final Path EVENTS = Path.of("events");

    @Inject
    ObjectMapper mapper;

    @Inject
    ContactIntake intake;

    @Inject
    Assignment assignment;

    @Inject
    ContactWork work;

    @Inject
    Attachments attachments;

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    private JsonSchema schema(String file) throws Exception {
        return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
                .getSchema(mapper.readTree(Files.readString(EVENTS.resolve(file))));
    }

    @Test
    void theExamplesFollowTheirSchemas() throws Exception {
        assertThat(schema("contact.received.v1.schema.json")
                .validate(mapper.readTree(Files.readString(EVENTS.resolve("contact.received.v1.example.json"))))).isEmpty();
        assertThat(schema("contact.lifecycle.v1.schema.json")
                .validate(mapper.readTree(Files.readString(EVENTS.resolve("contact.resolved.v1.example.json"))))).isEmpty();
        assertThat(schema("contact.lifecycle.v1.schema.json")
                .validate(mapper.readTree(Files.readString(EVENTS.resolve("contact.attachment-added.v1.example.json"))))).isEmpty();
        assertThat(schema("contact.lifecycle.v1.schema.json")
                .validate(mapper.readTree(Files.readString(EVENTS.resolve("contact.client-linked.v1.example.json"))))).isEmpty();
        assertThat(schema("contact.lifecycle.v1.schema.json")
                .validate(mapper.readTree(Files.readString(EVENTS.resolve("contact.automation-webhook.v1.example.json"))))).isEmpty();
        com.fasterxml.jackson.databind.node.ObjectNode broken =
                (com.fasterxml.jackson.databind.node.ObjectNode) mapper.readTree(Files.readString(EVENTS.resolve("contact.resolved.v1.example.json")));
        ((com.fasterxml.jackson.databind.node.ObjectNode) broken.get("data")).remove("queueCode");
        ((com.fasterxml.jackson.databind.node.ObjectNode) broken.get("data")).put("status", "RECEIVED");
        assertThat(schema("contact.lifecycle.v1.schema.json").validate(broken)).as("the schema does check").hasSize(2);
    }

    @Test
    void theEventsOfAContactsLifeFollowTheirSchemas() throws Exception {
        Queue queue = WorkFixtures.queue("ely-uusimaa", Tier.FIRST_LINE, false);
        WorkFixtures.agent("schema-agent", "ely-uusimaa", false, Map.of(), List.of("fi"), 5, Set.of(queue.id));
        Caller agent = new Caller("schema-agent", "schema-agent", "ely-uusimaa", Set.of("agent"), false);
        UUID triaged = intake.receive(new NewContact(null, "Mihin tämä kuuluu?", "fi", null, "Maija", "maija@example.fi",
                null, null, null), Caller.ANONYMOUS, null).contact().id;
        UUID worked = WorkFixtures.contact(queue, 2, "fi", Map.of(), 1);
        assignment.take(agent, worked);
        work.reply(agent, worked, "Vastaus");
        Path pdf = Files.write(Files.createTempFile("schema-", ".pdf"), fi.kohtaamo.routing.attachment.AttachmentFiles.pdf());
        attachments.add(agent, worked, new Attachments.Upload("liite.pdf", pdf, Files.size(pdf)));
        work.linkClient(agent, worked, UUID.randomUUID());
        work.unlinkClient(agent, worked);
        work.requestInformation(agent, worked, "Kysymys");
        work.resolve(agent, worked, ResolutionCode.ANSWERED, "Perustelu");

        KafkaTestClient kafka = new KafkaTestClient(bootstrapServers);
        List<ConsumerRecord<String, String>> records = new java.util.ArrayList<>(kafka.await("kohtaamo.contacts.v1",
                record -> triaged.toString().equals(record.key()), 2, Duration.ofSeconds(30)));
        records.addAll(kafka.await("kohtaamo.contacts.v1", record -> worked.toString().equals(record.key()), 7,
                Duration.ofSeconds(30)));
        assertThat(records).as("received and routed; assigned, message-added, attachment-added, client-linked, client-unlinked, "
                        + "waiting-for-client, resolved")
                .hasSize(9);
        JsonSchema received = schema("contact.received.v1.schema.json");
        JsonSchema lifecycle = schema("contact.lifecycle.v1.schema.json");
        for (ConsumerRecord<String, String> record : records) {
            JsonNode event = mapper.readTree(record.value());
            JsonSchema expected = event.path("type").asText().equals("fi.kohtaamo.contact.received.v1") ? received : lifecycle;
            Set<ValidationMessage> problems = expected.validate(event);
            assertThat(problems).as(event.path("type").asText()).isEmpty();
        }
    }
}
