package fi.kohtaamo.routing.rest;

import com.fasterxml.jackson.annotation.JsonInclude;
import fi.kohtaamo.routing.domain.Contact;
import fi.kohtaamo.routing.domain.Queue;
import fi.kohtaamo.routing.service.QueueQueries;

import java.time.Instant;
import java.util.UUID;

/** Response bodies of contact routing; entities never leave as JSON. */
final class ContactResponses {

    private ContactResponses() {
    }

    /** The answer to an accepted contact; the access secret appears here once and never again. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Created(UUID id, String trackingCode, String accessSecret, String status, Instant receivedAt) {
        static Created of(Contact contact, String accessSecret) {
            return new Created(contact.id, contact.trackingCode, accessSecret, contact.status.name(), contact.receivedAt);
        }
    }

    /** What a client sees when following a contact. */
    public record Tracked(String trackingCode, UUID serviceId, String status, Instant receivedAt) {
        static Tracked of(Contact contact) {
            return new Tracked(contact.trackingCode, contact.serviceId, contact.status.name(), contact.receivedAt);
        }
    }

    public record QueueSummary(UUID id, String code, String organisation, boolean triage, Names name, long waiting) {
        static QueueSummary of(QueueQueries.QueueView view) {
            Queue queue = view.queue();
            return new QueueSummary(queue.id, queue.code, queue.organisation, queue.triage,
                    new Names(queue.nameFi, queue.nameSv, queue.nameEn), view.waiting());
        }
    }

    public record Names(String fi, String sv, String en) {
    }

    /** A contact as a queue lists it; contact details are read from the contact itself. */
    public record QueuedContact(UUID id, String trackingCode, UUID serviceId, String channel, String language,
                                String status, Instant receivedAt, String excerpt) {
        static QueuedContact of(Contact contact) {
            String text = contact.description;
            String excerpt = text.length() <= 140 ? text : text.substring(0, 139) + "…";
            return new QueuedContact(contact.id, contact.trackingCode, contact.serviceId, contact.channel.name(),
                    contact.language, contact.status.name(), contact.receivedAt, excerpt);
        }
    }
}
