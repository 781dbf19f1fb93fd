package fi.kohtaamo.feedback;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import fi.kohtaamo.feedback.domain.ContactFact;
import fi.kohtaamo.feedback.service.ContactFacts;
import fi.kohtaamo.outbox.CloudEvent;
import fi.kohtaamo.testsupport.KohtaamoServicesResource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.time.Instant;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** Staff link a contact to its client in contact routing, or undo a wrong link: the contact's fact follows, newest first. */
@QuarkusTest
@QuarkusTestResource(value = KohtaamoServicesResource.class, initArgs = @ResourceArg(name = "schema", value = "feedback"))
class ContactClientLinkTest {

    @Inject
    ObjectMapper mapper;

    @Inject
    ContactFacts facts;

    @Test
    void aLinkAndAnUnlinkChangeTheFactsClientAndALateOlderLinkDoesNot() throws Exception {
        UUID contact = UUID.randomUUID();
        UUID client = UUID.randomUUID();
        Instant at = Instant.parse("2026-11-27T09:00:00Z");
        facts.apply(event("contact.received.v1.example.json", "fi.kohtaamo.contact.received.v1", contact, null, at));
        assertThat(clientOf(contact)).isNull();

        facts.apply(event("contact.client-linked.v1.example.json", "fi.kohtaamo.contact.client-linked.v1", contact, client,
                at.plusSeconds(10)));
        assertThat(clientOf(contact)).isEqualTo(client);

        facts.apply(event("contact.client-linked.v1.example.json", "fi.kohtaamo.contact.client-unlinked.v1", contact, null,
                at.plusSeconds(20)));
        assertThat(clientOf(contact)).isNull();

        facts.apply(event("contact.client-linked.v1.example.json", "fi.kohtaamo.contact.client-linked.v1", contact, client,
                at.plusSeconds(15)));
        assertThat(clientOf(contact)).as("an older link arriving late").isNull();
    }

    /** The producer's example as this contact's event at {@code at}. */
    private CloudEvent event(String example, String type, UUID contact, UUID client, Instant at) throws Exception {
        ObjectNode event = (ObjectNode) mapper.readTree(Files.readString(Fixtures.ROUTING_EVENTS.resolve(example)));
        event.put("id", UUID.randomUUID().toString()).put("type", type).put("subject", contact.toString())
                .put("time", at.toString());
        ObjectNode data = (ObjectNode) event.get("data");
        data.put("contactId", contact.toString()).put("receivedAt", at.toString());
        data.put("clientId", client == null ? null : client.toString());
        if (data.has("occurredAt")) {
            data.put("occurredAt", at.toString());
        }
        return CloudEvent.parse(mapper, event.toString());
    }

    private static UUID clientOf(UUID contact) {
        return QuarkusTransaction.requiringNew().call(() -> ((ContactFact) ContactFact.findById(contact)).clientId);
    }
}
