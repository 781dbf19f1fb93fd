package fi.kohtaamo.feedback.service;

import com.fasterxml.jackson.databind.JsonNode;
import fi.kohtaamo.feedback.domain.ContactFact;
import fi.kohtaamo.feedback.repository.ContactFactRepository;
import fi.kohtaamo.outbox.CloudEvent;
import fi.kohtaamo.outbox.Inbox;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.util.UUID;

/** Records contact routing's contacts once each, however often Kafka delivers their events. */
@ApplicationScoped
public class ContactFacts {

    static final String CONSUMER = "feedback.contacts";
    public static final String CONTACT_RECEIVED = "fi.kohtaamo.contact.received.v1";

    private final ContactFactRepository facts;
    private final Inbox inbox;

    public ContactFacts(ContactFactRepository facts, Inbox inbox) {
        this.facts = facts;
        this.inbox = inbox;
    }

    @Transactional
    public void apply(CloudEvent event) {
        if (!inbox.firstDelivery(CONSUMER, event) || !CONTACT_RECEIVED.equals(event.type())) {
            return;
        }
        JsonNode data = event.data();
        ContactFact fact = new ContactFact();
        fact.contactId = UUID.fromString(data.path("contactId").asText());
        if (facts.findByIdOptional(fact.contactId).isPresent()) {
            return; // the same contact announced by a second event: count it once
        }
        String serviceId = data.path("serviceId").asText(null);
        fact.serviceId = serviceId == null ? null : UUID.fromString(serviceId);
        fact.queueCode = data.path("queueCode").asText();
        fact.organisation = data.path("organisation").asText();
        fact.channel = data.path("channel").asText();
        fact.language = data.path("language").asText();
        fact.receivedAt = Instant.parse(data.path("receivedAt").asText());
        String clientId = data.path("clientId").asText(null);
        fact.clientId = clientId == null || clientId.isEmpty() ? null : UUID.fromString(clientId);
        facts.persist(fact);
    }
}
