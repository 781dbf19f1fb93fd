package fi.kohtaamo.routing.service;

import fi.kohtaamo.caller.Caller;
import fi.kohtaamo.outbox.Outbox;
import fi.kohtaamo.routing.domain.Contact;
import fi.kohtaamo.routing.domain.ContactEntry;
import fi.kohtaamo.routing.event.ContactLifecycleV1;
import fi.kohtaamo.routing.repository.ContactEntryRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Every change to a contact goes through here: a line in its history and, for changes other
 * services hear of, an event through the outbox in the same transaction.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class ContactHistory {

    public static final String PREFIX = "fi.kohtaamo.contact.";
    public static final String ROUTED = PREFIX + "routed.v1";
    public static final String ASSIGNED = PREFIX + "assigned.v1";
    public static final String TRANSFERRED = PREFIX + "transferred.v1";
    public static final String MESSAGE_ADDED = PREFIX + "message-added.v1";
    public static final String WAITING_FOR_CLIENT = PREFIX + "waiting-for-client.v1";
    public static final String RESOLVED = PREFIX + "resolved.v1";
    public static final String REOPENED = PREFIX + "reopened.v1";
    public static final String CLOSED = PREFIX + "closed.v1";
    public static final String SLA_AT_RISK = PREFIX + "sla-at-risk.v1";
    public static final String SLA_BREACHED = PREFIX + "sla-breached.v1";
    public static final String ATTACHMENT_ADDED = PREFIX + "attachment-added.v1";
    public static final String CLIENT_LINKED = PREFIX + "client-linked.v1";
    public static final String CLIENT_UNLINKED = PREFIX + "client-unlinked.v1";
    /** An automation rule's or macro's "call a webhook": the webhooks service delivers it to the subscription named. */
    public static final String AUTOMATION_WEBHOOK = PREFIX + "automation-webhook.v1";

    private final Outbox outbox;
    private final ContactEntryRepository entries;

    public ContactHistory(Outbox outbox, ContactEntryRepository entries) {
        this.outbox = outbox;
        this.entries = entries;
    }

    /** Who did it: a staff member, the client or the system. */
    public record Actor(ContactEntry.ActorKind kind, String name) {
        public static final Actor SYSTEM = new Actor(ContactEntry.ActorKind.SYSTEM, null);
        public static final Actor CLIENT = new Actor(ContactEntry.ActorKind.CLIENT, null);

        public static Actor staff(Caller caller) {
            return new Actor(ContactEntry.ActorKind.STAFF, caller.displayName());
        }
    }

    public ContactEntry record(Contact contact, ContactEntry.Kind kind, Actor actor, boolean visibleToClient,
                               String body, Map<String, Object> details) {
        return record(contact, kind, actor, visibleToClient, body, details, Instant.now());
    }

    /** As above, at a given instant (a job working as of a given moment). */
    public ContactEntry record(Contact contact, ContactEntry.Kind kind, Actor actor, boolean visibleToClient,
                               String body, Map<String, Object> details, Instant at) {
        ContactEntry entry = new ContactEntry();
        entry.contactId = contact.id;
        entry.at = at;
        entry.kind = kind;
        entry.actorKind = actor.kind();
        entry.actor = actor.name();
        entry.visibleToClient = visibleToClient;
        entry.body = body;
        entry.details = details;
        entry.persist();
        contact.updatedAt = entry.at;
        return entry;
    }

    /** Records the change and announces it; the event carries the details, never the text. */
    public ContactEntry recordAndAnnounce(Contact contact, ContactEntry.Kind kind, Actor actor, boolean visibleToClient,
                                  String body, Map<String, Object> details, String eventType) {
        return recordAndAnnounce(contact, kind, actor, visibleToClient, body, details, eventType, Instant.now());
    }

    /** As above, at a given instant: intake uses the contact's own time, so the new row needs no update. */
    public ContactEntry recordAndAnnounce(Contact contact, ContactEntry.Kind kind, Actor actor, boolean visibleToClient,
                                  String body, Map<String, Object> details, String eventType, Instant at) {
        ContactEntry entry = record(contact, kind, actor, visibleToClient, body, details, at);
        outbox.emit(eventType, contact.id.toString(), ContactLifecycleV1.of(contact, entry.at, details));
        return entry;
    }

    /**
     * A line about the contact that is no change of it (an e-mail went out, or did not): staff
     * see it, the client does not. It leaves the contact's row alone, so a job writing it never
     * contends with the agent working the contact (nor fails on its version).
     */
    public void recordAside(UUID contactId, ContactEntry.Kind kind, Map<String, Object> details, Instant at) {
        ContactEntry entry = new ContactEntry();
        entry.contactId = contactId;
        entry.at = at;
        entry.kind = kind;
        entry.actorKind = ContactEntry.ActorKind.SYSTEM;
        entry.details = details;
        entry.persist();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<ContactEntry> of(Contact contact, boolean clientView) {
        return clientView
                ? entries.visibleToClientOf(contact.id)
                : entries.ofContact(contact.id);
    }
}
