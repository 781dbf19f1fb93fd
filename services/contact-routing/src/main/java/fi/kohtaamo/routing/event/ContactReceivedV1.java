package fi.kohtaamo.routing.event;

import fi.kohtaamo.routing.domain.Contact;

import java.time.Instant;
import java.util.UUID;

/**
 * Data of {@code fi.kohtaamo.contact.received.v1} (schema: events/contact.received.v1.schema.json).
 * No personal data: contact details stay in this service, client data in the registry.
 */
public record ContactReceivedV1(UUID contactId, String trackingCode, UUID serviceId, UUID queueId, String queueCode,
                                String organisation, String channel, String language, UUID clientId,
                                Instant receivedAt, SubmittedBy submittedBy) {

    public static ContactReceivedV1 of(Contact contact) {
        return new ContactReceivedV1(contact.id, contact.trackingCode, contact.serviceId, contact.queue.id,
                contact.queue.code, contact.organisation, contact.channel.name(), contact.language, contact.clientId,
                contact.receivedAt, SubmittedBy.of(contact));
    }
}
