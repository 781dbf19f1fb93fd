package fi.kohtaamo.routing.event;

import fi.kohtaamo.routing.domain.Contact;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Data of every contact lifecycle event after {@code received} (schema:
 * events/contact.lifecycle.v1.schema.json): the contact's state after the change, with what the
 * feedback service needs for surveys and management figures, and the change's own details. No
 * texts and no contact details: those stay in this service.
 */
public record ContactLifecycleV1(UUID contactId, String trackingCode, UUID serviceId, String serviceGroup,
                                 UUID queueId, String queueCode, String queueTier, String organisation, String channel,
                                 String language, UUID clientId, List<String> segments, int priority, String status,
                                 String slaState, Instant receivedAt, Instant routedAt, Instant assignedAt,
                                 Instant firstRespondedAt, Instant firstResponseDue, Instant resolutionDue,
                                 boolean firstResponseBreached, boolean resolutionBreached, Instant resolvedAt,
                                 String resolutionCode, Instant closedAt, Instant occurredAt,
                                 SubmittedBy submittedBy, Map<String, Object> details) {

    public static ContactLifecycleV1 of(Contact contact, Instant occurredAt, Map<String, Object> details) {
        return new ContactLifecycleV1(contact.id, contact.trackingCode, contact.serviceId, contact.serviceGroup,
                contact.queue.id, contact.queue.code, contact.queue.tier.name(), contact.organisation,
                contact.channel.name(), contact.language, contact.clientId, contact.segments, contact.priority,
                contact.status.name(), contact.slaState.name(), contact.receivedAt, contact.routedAt,
                contact.assignedAt, contact.firstRespondedAt, contact.firstResponseDue, contact.resolutionDue,
                contact.firstResponseBreached, contact.resolutionBreached, contact.resolvedAt,
                contact.resolutionCode == null ? null : contact.resolutionCode.name(), contact.closedAt, occurredAt,
                SubmittedBy.of(contact), details);
    }
}
