package fi.kohtaamo.routing.service;

import fi.kohtaamo.caller.Caller;
import fi.kohtaamo.problem.Problem;
import fi.kohtaamo.problem.ProblemException;
import fi.kohtaamo.routing.automation.Automation;
import fi.kohtaamo.routing.automation.Trigger;
import fi.kohtaamo.routing.config.RoutingConfig;
import fi.kohtaamo.routing.domain.Agent;
import fi.kohtaamo.routing.domain.ClientNotice;
import fi.kohtaamo.routing.domain.Contact;
import fi.kohtaamo.routing.domain.ContactRead;
import fi.kohtaamo.routing.domain.ContactEntry;
import fi.kohtaamo.routing.domain.ContactStatus;
import fi.kohtaamo.routing.domain.KnownClient;
import fi.kohtaamo.routing.domain.Presence;
import fi.kohtaamo.routing.domain.Queue;
import fi.kohtaamo.routing.domain.ResolutionCode;
import fi.kohtaamo.routing.repository.AgentRepository;
import fi.kohtaamo.routing.repository.ContactRepository;
import fi.kohtaamo.routing.repository.KnownClientRepository;
import fi.kohtaamo.routing.repository.QueueRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Handling a contact: replies the client reads, internal notes, asking the client for more
 * (the service-level clock pauses until they answer), transfers to a queue or an expert with a
 * handover note, resolution with a code and a justification the client reads, reopening within
 * the reopen period, and closing. Every change is in the contact's history.
 */
@ApplicationScoped
public class ContactWork {

    private final ContactHistory history;
    private final QueueRepository queues;
    private final RoutingConfig config;
    private final ContactRepository contacts;
    private final AgentRepository agents;
    private final ClientNotices notices;
    private final StaffNotices staffNotices;
    private final KnownClientRepository knownClients;
    private final KnownSegments knownSegments;
    private final Automation automation;

    public ContactWork(ContactHistory history, QueueRepository queues, RoutingConfig config,
                       ContactRepository contacts, AgentRepository agents, ClientNotices notices, StaffNotices staffNotices,
                       KnownClientRepository knownClients, KnownSegments knownSegments, Automation automation) {
        this.automation = automation;
        this.knownClients = knownClients;
        this.knownSegments = knownSegments;
        this.staffNotices = staffNotices;
        this.notices = notices;
        this.history = history;
        this.queues = queues;
        this.config = config;
        this.contacts = contacts;
        this.agents = agents;
    }

    /** A contact and its history, for staff of an organisation that sees its queue. */
    /**
     * A contact as staff open it: with its history, the holder's username (staff read names, not
     * token subjects) and, while the clock is paused for the client, the business time that was
     * left to the resolution deadline when it paused (what the agent has once the client answers),
     * and the channels the client's segments prefer (segment by segment in code order, each once;
     * the registry's definitions as routing last heard them), which the agent steers the client to.
     */
    public record Handled(Contact contact, List<ContactEntry> history, String holderName, Duration resolutionTimeLeft,
                          List<String> preferredChannels) {
        /** A changed contact and its history, without the names and times only an opened contact carries. */
        public Handled(Contact contact, List<ContactEntry> history) {
            this(contact, history, null, null, null);
        }
    }

    /** Staff open a contact: a read of the client's personal data, audited in the same transaction. */
    @Transactional
    public Handled view(Caller caller, UUID id) {
        Contact contact = visible(caller, id, false);
        ContactRead.record(contact, caller, ContactRead.OPENED);
        String holder = contact.assignedTo == null ? null
                : agents.findByIdOptional(contact.assignedTo).map(agent -> agent.username).orElse(null);
        Duration left = contact.waitingSince == null || contact.resolutionDue == null ? null
                : contact.resolutionDue.isAfter(contact.waitingSince)
                ? ServiceLevels.clockOf(contact.queue).used(contact.waitingSince, contact.resolutionDue) : Duration.ZERO;
        return new Handled(contact, history.of(contact, false), holder, left,
                knownSegments.preferredChannelsOf(contact.segments));
    }

    /** A contact as staff of an organisation that sees its queue read it, without a lock or a history (404 to others). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Contact seen(Caller caller, UUID id) {
        return visible(caller, id, false);
    }

    @Transactional
    public Contact reply(Caller caller, UUID id, String text) {
        Contact contact = held(caller, id);
        replyAs(contact, ContactHistory.Actor.staff(caller), text, Map.of());
        return contact;
    }

    /** A reply the client reads, by an agent or an automation ({@code extra} names the rule or macro). */
    @Transactional(Transactional.TxType.MANDATORY)
    public ContactEntry replyAs(Contact contact, ContactHistory.Actor actor, String text, Map<String, Object> extra) {
        Instant now = Instant.now();
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("visibility", "CLIENT");
        if (contact.reply(now)) {
            details.put("firstResponse", true);
            details.put("firstResponseOnTime", contact.firstResponseDue == null || !now.isAfter(contact.firstResponseDue));
        }
        details.putAll(extra);
        ContactEntry entry = history.recordAndAnnounce(contact, ContactEntry.Kind.REPLY, actor,
                true, text, details, ContactHistory.MESSAGE_ADDED);
        notices.notify(contact, ClientNotice.Kind.REPLY, entry);
        automation.after(contact, Trigger.MESSAGE_ADDED);
        return entry;
    }

    @Transactional
    public Contact note(Caller caller, UUID id, String text) {
        Contact contact = visible(caller, id, true);
        history.recordAndAnnounce(contact, ContactEntry.Kind.NOTE, ContactHistory.Actor.staff(caller), false, text,
                Map.of("visibility", "INTERNAL"), ContactHistory.MESSAGE_ADDED);
        automation.after(contact, Trigger.MESSAGE_ADDED);
        return contact;
    }

    @Transactional
    public Contact requestInformation(Caller caller, UUID id, String question) {
        Contact contact = held(caller, id);
        requestInformationAs(contact, ContactHistory.Actor.staff(caller), question, Map.of());
        return contact;
    }

    /** Asks the client for more, by an agent or an automation: the clock pauses until they answer. */
    @Transactional(Transactional.TxType.MANDATORY)
    public ContactEntry requestInformationAs(Contact contact, ContactHistory.Actor actor, String question,
                                             Map<String, Object> extra) {
        contact.requestInformation(Instant.now());
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("clockPaused", true);
        details.putAll(extra);
        ContactEntry entry = history.recordAndAnnounce(contact, ContactEntry.Kind.INFORMATION_REQUESTED,
                actor, true, question, details, ContactHistory.WAITING_FOR_CLIENT);
        notices.notify(contact, ClientNotice.Kind.INFORMATION_REQUESTED, entry);
        automation.after(contact, Trigger.WAITING_FOR_CLIENT);
        return entry;
    }

    /**
     * The client writes: an answer to a request for more information restarts the clock; a
     * message on a resolved contact within the reopen period reopens it.
     */
    @Transactional
    public Contact clientMessage(Contact found, String text) {
        Contact contact = contacts.findForUpdate(found.id);
        Instant now = Instant.now();
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("visibility", "CLIENT");
        contact.requireOpenToClient();
        if (contact.status == ContactStatus.WAITING_FOR_CLIENT) {
            contact.clientAnswered(ServiceLevels.clockOf(contact.queue), now);
            details.put("clockResumed", true);
        } else if (contact.status == ContactStatus.RESOLVED) {
            reopen(contact, ContactHistory.Actor.CLIENT, "client wrote", now);
        }
        history.recordAndAnnounce(contact, ContactEntry.Kind.CLIENT_MESSAGE, ContactHistory.Actor.CLIENT, true, text,
                details, ContactHistory.MESSAGE_ADDED);
        automation.after(contact, Trigger.MESSAGE_ADDED);
        return contact;
    }

    /** Moves the contact to another queue (back to waiting there), or hands it to an expert. */
    @Transactional
    public Contact transfer(Caller caller, UUID id, UUID queueId, String expertSubject, String note) {
        Contact contact = held(caller, id);
        contact.requireTransferable();
        if (queueId == null && expertSubject == null) {
            throw ProblemException.invalid("queueId", "name a queue or an expert to transfer to");
        }
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("fromQueue", contact.queue.code);
        Queue target = null;
        if (queueId != null) {
            target = queues.findByIdOptional(queueId)
                    .orElseThrow(() -> ProblemException.invalid("queueId", "no such queue"));
            if (!target.visibleTo(caller.organisation()) && !target.visibleTo(contact.organisation)) {
                throw ProblemException.invalid("queueId", "queue " + target.code + " is not one your organisation may use");
            }
        }
        Queue destination = target != null ? target : contact.queue;
        details.put("toQueue", destination.code);
        if (expertSubject != null) {
            Agent expert = agents.findByIdOptional(expertSubject)
                    .orElseThrow(() -> ProblemException.invalid("expert", "no such agent"));
            if (!expert.expert) {
                throw ProblemException.invalid("expert", expert.username + " is not an expert");
            }
            if (!destination.visibleTo(expert.organisation)) {
                throw ProblemException.invalid("expert", expert.username + " cannot see queue " + destination.code);
            }
            if (expert.presence == Presence.OFFLINE) {
                throw ProblemException.invalid("expert", expert.username + " is offline");
            }
            details.put("toExpert", expert.username);
        }
        transferAs(contact, target, expertSubject, ContactHistory.Actor.staff(caller), note, details);
        return contact;
    }

    /**
     * Moves the contact (checked by the caller: the queue is one the organisation may use), by an
     * agent or an automation; {@code details} already name the queues (and what did it).
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public ContactEntry transferAs(Contact contact, Queue target, String expertSubject, ContactHistory.Actor actor,
                                   String note, Map<String, Object> details) {
        contact.transferTo(target, expertSubject, Instant.now());
        ContactEntry entry = history.recordAndAnnounce(contact, ContactEntry.Kind.TRANSFERRED,
                actor, false, note, details, ContactHistory.TRANSFERRED);
        staffNotices.transferred(contact, entry, expertSubject);
        automation.after(contact, Trigger.TRANSFERRED);
        return entry;
    }

    /** A new priority, by an automation or a macro: a line in the history (no event: routing's own field). Null when unchanged. */
    @Transactional(Transactional.TxType.MANDATORY)
    public ContactEntry changePriority(Contact contact, int priority, ContactHistory.Actor actor, Map<String, Object> extra) {
        int from = contact.priority;
        if (!contact.changePriority(priority)) {
            return null;
        }
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("priorityFrom", from);
        details.put("priorityTo", priority);
        details.putAll(extra);
        return history.record(contact, ContactEntry.Kind.PRIORITY_CHANGED, actor, false, null, details);
    }

    /** A tag on the contact, by an automation or a macro. Null when it had it already. */
    @Transactional(Transactional.TxType.MANDATORY)
    public ContactEntry addTag(Contact contact, String tag, ContactHistory.Actor actor, Map<String, Object> extra) {
        if (!contact.addTag(tag)) {
            return null;
        }
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("tag", tag);
        details.putAll(extra);
        return history.record(contact, ContactEntry.Kind.TAGGED, actor, false, null, details);
    }

    /** Asks the named people's attention: an internal line and a staff notice to each (their own organisation's only). */
    @Transactional(Transactional.TxType.MANDATORY)
    public ContactEntry notifyStaff(Contact contact, List<Agent> people, String whom, ContactHistory.Actor actor,
                                    Map<String, Object> extra) {
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("notified", whom);
        details.putAll(extra);
        ContactEntry entry = history.record(contact, ContactEntry.Kind.STAFF_NOTIFIED, actor, false, null, details);
        staffNotices.automation(contact, entry, people);
        return entry;
    }

    @Transactional
    public Contact resolve(Caller caller, UUID id, ResolutionCode code, String justification) {
        Contact contact = held(caller, id);
        Instant now = Instant.now();
        contact.resolve(code, justification, ServiceLevels.clockOf(contact.queue), now);
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("resolutionCode", code.name());
        details.put("resolutionOnTime", contact.resolutionDue == null || !now.isAfter(contact.resolutionDue));
        details.put("reopenableUntil", now.plus(config.reopenPeriod()).toString());
        ContactEntry entry = history.recordAndAnnounce(contact, ContactEntry.Kind.RESOLVED, ContactHistory.Actor.staff(caller),
                true, justification, details, ContactHistory.RESOLVED);
        notices.notify(contact, ClientNotice.Kind.RESOLVED, entry);
        automation.after(contact, Trigger.RESOLVED);
        return contact;
    }

    @Transactional
    public Contact reopen(Caller caller, UUID id, String reason) {
        Contact contact = visible(caller, id, true);
        reopen(contact, ContactHistory.Actor.staff(caller), reason, Instant.now());
        return contact;
    }

    @Transactional
    public Contact close(Caller caller, UUID id) {
        Contact contact = visible(caller, id, true);
        close(contact, ContactHistory.Actor.staff(caller), "closed by staff");
        return contact;
    }

    /**
     * Staff of the contact's own organisation say which client it concerns. Any client id is
     * taken: the agent found it in the registry's search (audited there), and this service cannot
     * ask the registry on a request path. The registry decides what the link is worth: it serves
     * reads only of a client it holds, so a made-up id opens nothing. A line in the history and
     * {@code client-linked} (ids only), which gives the registry the link reads will name.
     */
    @Transactional
    public Contact linkClient(Caller caller, UUID id, UUID clientId) {
        Contact contact = ownOrganisations(caller, id);
        UUID previous = contact.clientId;
        KnownClient known = knownClients.findById(clientId);
        if (contact.linkClient(clientId, known == null ? List.of() : known.segments,
                known == null ? null : known.municipalityCode)) {
            Map<String, Object> details = new LinkedHashMap<>();
            details.put("clientId", clientId.toString());
            details.put("previousClientId", previous == null ? null : previous.toString());
            history.recordAndAnnounce(contact, ContactEntry.Kind.CLIENT_LINKED, ContactHistory.Actor.staff(caller), false,
                    null, details, ContactHistory.CLIENT_LINKED);
        }
        return contact;
    }

    /** A wrong link undone by the contact's own organisation; {@code client-unlinked} ends the registry's link. */
    @Transactional
    public Contact unlinkClient(Caller caller, UUID id) {
        Contact contact = ownOrganisations(caller, id);
        UUID previous = contact.clientId;
        if (contact.unlinkClient()) {
            history.recordAndAnnounce(contact, ContactEntry.Kind.CLIENT_UNLINKED, ContactHistory.Actor.staff(caller), false,
                    null, Map.of("previousClientId", previous.toString()), ContactHistory.CLIENT_UNLINKED);
        }
        return contact;
    }

    /**
     * Locked; visible to the caller, their own organisation's and held by them (or they supervise): staff of another agency sharing
     * the queue may work the contact, but who the client is is said by the receiving organisation,
     * as at intake, since the link lets its staff read the client's record.
     */
    private Contact ownOrganisations(Caller caller, UUID id) {
        Contact contact = visible(caller, id, true);
        if (!caller.belongsTo(contact.organisation)) {
            throw ProblemException.forbidden("Only the receiving organisation's staff say who the client is");
        }
        // A link lets the organisation's staff read the client's record: only the person working the
        // contact (or a supervisor) makes it, not anyone who can see the queue.
        requireHolderOrSupervisor(contact, caller);
        return contact;
    }

    /** Closes contacts resolved longer ago than the reopen period; returns how many. */
    @Transactional
    public int closeExpired(Instant now, int batch) {
        List<UUID> ids = contacts.lockResolvedBefore(now.minus(config.reopenPeriod()), batch);
        for (UUID id : ids) {
            close(contacts.findById(id), ContactHistory.Actor.SYSTEM, "reopen period ended");
        }
        return ids.size();
    }

    private void reopen(Contact contact, ContactHistory.Actor actor, String reason, Instant now) {
        boolean holderStillWorks = contact.assignedTo != null && agents.findByIdOptional(contact.assignedTo)
                .map(agent -> agent.presence != Presence.OFFLINE).orElse(false);
        contact.reopen(now, config.reopenPeriod(), holderStillWorks);
        // the reason is free text (often the client's own words): the entry's text, never the event's
        history.recordAndAnnounce(contact, ContactEntry.Kind.REOPENED, actor, true, reason,
                Map.of("status", contact.status.name()), ContactHistory.REOPENED);
        automation.after(contact, Trigger.REOPENED);
    }

    private void close(Contact contact, ContactHistory.Actor actor, String reason) {
        contact.close(Instant.now());
        history.recordAndAnnounce(contact, ContactEntry.Kind.CLOSED, actor, false, reason, Map.of(), ContactHistory.CLOSED);
    }

    /** Locked for the change; staff of an organisation that sees the queue. */
    private Contact visible(Caller caller, UUID id, boolean lock) {
        if (!RoutingRoles.worksQueues(caller)) {
            throw ProblemException.forbidden("Only customer-service staff handle contacts");
        }
        Contact contact = lock ? contacts.findForUpdate(id) : contacts.findById(id);
        if (contact == null) {
            throw ProblemException.notFound("Contact", id);
        }
        if (!contact.queue.visibleTo(caller.organisation())) {
            throw ProblemException.notFound("Contact", id); // another agency's contact is not there for this caller
        }
        return contact;
    }

    /** Locked; the caller holds it, or supervises. */
    public Contact held(Caller caller, UUID id) {
        Contact contact = visible(caller, id, true);
        requireHolderOrSupervisor(contact, caller);
        return contact;
    }

    static void requireHolderOrSupervisor(Contact contact, Caller caller) {
        if (!caller.subject().equals(contact.assignedTo) && !(RoutingRoles.supervises(caller) && contact.queue.visibleTo(caller.organisation()))) {
            throw ProblemException.forbidden(contact.assignedTo == null
                    ? "Take the contact first (POST /api/v1/contacts/" + contact.id + "/take)"
                    : "Another agent holds this contact");
        }
    }
}
