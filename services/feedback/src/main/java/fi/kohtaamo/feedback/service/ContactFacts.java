package fi.kohtaamo.feedback.service;

import com.fasterxml.jackson.databind.JsonNode;
import fi.kohtaamo.feedback.domain.ContactFact;
import fi.kohtaamo.feedback.repository.ContactFactRepository;
import fi.kohtaamo.outbox.CloudEvent;
import fi.kohtaamo.outbox.Inbox;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/** Records contact routing's contacts once each, however often Kafka delivers their events. */
@ApplicationScoped
public class ContactFacts {

    static final String CONSUMER = "feedback.contacts";
    public static final String CONTACT_RECEIVED = "fi.kohtaamo.contact.received.v1";
    /** routed, assigned, …, resolved, closed, sla-breached: every later change states the contact's handling. */
    static final String CONTACT_PREFIX = "fi.kohtaamo.contact.";

    public static final String CONTACT_RESOLVED = "fi.kohtaamo.contact.resolved.v1";
    /** Staff said which client the contact concerns, or undid a wrong link: the fact's client follows. */
    static final Set<String> CLIENT_LINK_TYPES = Set.of("fi.kohtaamo.contact.client-linked.v1",
            "fi.kohtaamo.contact.client-unlinked.v1");

    private final ContactFactRepository facts;
    private final Inbox inbox;
    private final Satisfaction satisfaction;

    public ContactFacts(ContactFactRepository facts, Inbox inbox, Satisfaction satisfaction) {
        this.facts = facts;
        this.inbox = inbox;
        this.satisfaction = satisfaction;
    }

    @Transactional
    public void apply(CloudEvent event) {
        boolean received = CONTACT_RECEIVED.equals(event.type());
        boolean lifecycle = !received && event.type().startsWith(CONTACT_PREFIX);
        if ((!received && !lifecycle) || !inbox.firstDelivery(CONSUMER, event)) {
            return;
        }
        JsonNode data = event.data();
        UUID contactId = UUID.fromString(data.path("contactId").asText());
        ContactFact fact = facts.findByIdOptional(contactId).orElse(null);
        if (received && fact != null) {
            return; // the same contact announced by a second event: count it once
        }
        boolean created = fact == null;
        if (created) {
            fact = new ContactFact();
            fact.contactId = contactId;
            fact.serviceId = uuid(data, "serviceId");
            fact.queueCode = data.path("queueCode").asText();
            fact.organisation = data.path("organisation").asText();
            fact.channel = data.path("channel").asText();
            fact.language = data.path("language").asText();
            fact.receivedAt = Instant.parse(data.path("receivedAt").asText());
            fact.clientId = uuid(data, "clientId");
        }
        Instant changed = lifecycle ? Instant.parse(data.path("occurredAt").asText()) : null;
        // An older change than what is known does not undo the newer one.
        if (lifecycle && (fact.changedAt == null || !fact.changedAt.isAfter(changed))) {
            handling(fact, data, changed);
            if (CLIENT_LINK_TYPES.contains(event.type())) {
                fact.clientId = uuid(data, "clientId");
            }
        }
        if (created) {
            facts.persist(fact);
        }
        if (CONTACT_RESOLVED.equals(event.type())) {
            satisfaction.onResolved(fact, Instant.now());
        }
    }

    /** The contact's handling as the lifecycle event states it after the change. */
    private static void handling(ContactFact fact, JsonNode data, Instant changed) {
        fact.queueCode = data.path("queueCode").asText(fact.queueCode);
        fact.organisation = data.path("organisation").asText(fact.organisation);
        fact.serviceGroup = text(data, "serviceGroup");
        List<String> segments = new ArrayList<>();
        data.path("segments").forEach(segment -> segments.add(segment.asText()));
        fact.segments = segments;
        fact.priority = data.path("priority").isInt() ? data.path("priority").asInt() : null;
        fact.firstRespondedAt = instant(data, "firstRespondedAt");
        fact.firstResponseDue = instant(data, "firstResponseDue");
        fact.resolutionDue = instant(data, "resolutionDue");
        fact.firstResponseBreached = data.path("firstResponseBreached").asBoolean(false);
        fact.resolutionBreached = data.path("resolutionBreached").asBoolean(false);
        fact.resolvedAt = instant(data, "resolvedAt");
        fact.resolutionCode = text(data, "resolutionCode");
        fact.closedAt = instant(data, "closedAt");
        fact.changedAt = changed;
    }

    private static String text(JsonNode data, String field) {
        JsonNode value = data.path(field);
        return value.isNull() || value.isMissingNode() || value.asText().isEmpty() ? null : value.asText();
    }

    private static Instant instant(JsonNode data, String field) {
        String value = text(data, field);
        return value == null ? null : Instant.parse(value);
    }

    private static UUID uuid(JsonNode data, String field) {
        String value = text(data, field);
        return value == null ? null : UUID.fromString(value);
    }
}
