package fi.kohtaamo.routing.service;

import fi.kohtaamo.caller.Caller;
import fi.kohtaamo.problem.ProblemException;
import fi.kohtaamo.routing.domain.CallBack;
import fi.kohtaamo.routing.domain.Channel;
import fi.kohtaamo.routing.domain.Contact;
import fi.kohtaamo.routing.domain.ContactEntry;
import fi.kohtaamo.routing.domain.KnownService;
import fi.kohtaamo.routing.repository.ContactEntryRepository;
import fi.kohtaamo.routing.repository.KnownServiceRepository;
import fi.kohtaamo.routing.rules.RoutingFacts;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Call-back requests: the times a citizen may choose for a service (from the hours of the queue
 * its phone contacts go to), and the agent's call attempts, each a staff-only line in the history
 * whose first is the contact's first response. Intake itself is {@link ContactIntake}'s.
 */
@ApplicationScoped
public class CallBacks {

    /** The offered times cover this many days with hours, cut into pieces of at most {@link #SLOT}. */
    static final int SLOT_DAYS = 5;
    static final Duration SLOT = Duration.ofHours(2);

    private final ContactWork work;
    private final ContactHistory history;
    private final ContactEntryRepository entries;
    private final KnownServiceRepository services;
    private final Router router;

    public CallBacks(ContactWork work, ContactHistory history, ContactEntryRepository entries,
                     KnownServiceRepository services, Router router) {
        this.work = work;
        this.history = history;
        this.entries = entries;
        this.services = services;
        this.router = router;
    }

    /** A call-back is a phone contact whoever asks; naming another channel is a mistake worth saying. */
    static Channel channelFor(Channel requested) {
        if (requested != null && requested != Channel.PHONE) {
            throw ProblemException.invalid("channel", "a call-back request is on channel PHONE");
        }
        return Channel.PHONE;
    }

    /**
     * The times to offer for a call back about this service (none named: triage) in this language:
     * the working periods of the next days with hours of the queue such a contact is routed to
     * (its rules seen with channel PHONE and no text yet), in pieces of two hours. Intake checks the
     * chosen times again against the queue the contact is actually routed to.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<CallBack.Window> slots(UUID serviceId, String language, Instant now) {
        KnownService service = serviceId == null ? null : services.findByIdOptional(serviceId)
                .filter(KnownService::acceptsContacts)
                .orElseThrow(() -> ProblemException.invalid("serviceId", "no such published service"));
        RoutingFacts facts = new RoutingFacts(serviceId, service == null ? null : service.group,
                service == null ? null : service.organisation, Channel.PHONE.name(), language, List.of(), null, "", Map.of());
        Router.Routed routed = router.route(facts, service);
        return CallBack.slots(ServiceLevels.calendarOf(routed.queue()), now, SLOT_DAYS, SLOT);
    }

    /** A call attempt and what came of it; {@code note} may be null. */
    public record Attempt(Instant at, String by, CallBack.Outcome outcome, String note) {
        public static Attempt of(ContactEntry entry) {
            return new Attempt(entry.at, entry.actor, CallBack.Outcome.valueOf(String.valueOf(entry.details.get("outcome"))),
                    entry.body);
        }
    }

    /**
     * The holder (or a supervisor) records a call attempt. The first meets the first-response
     * target; the event (message-added, like a note) carries the outcome and the attempt's number,
     * never the number called nor the note.
     */
    @Transactional
    public ContactWork.Handled attempt(Caller caller, UUID id, CallBack.Outcome outcome, String note) {
        Contact contact = work.held(caller, id);
        Instant now = Instant.now();
        int number = attemptsOf(contact).size() + 1;
        boolean first = contact.callAttempted(now);
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("visibility", "INTERNAL");
        details.put("outcome", outcome.name());
        details.put("attempt", number);
        if (first) {
            details.put("firstResponse", true);
            details.put("firstResponseOnTime", contact.firstResponseDue == null || !now.isAfter(contact.firstResponseDue));
        }
        history.recordAndAnnounce(contact, ContactEntry.Kind.CALL_ATTEMPT, ContactHistory.Actor.staff(caller), false,
                note, details, ContactHistory.MESSAGE_ADDED);
        return new ContactWork.Handled(contact, history.of(contact, false));
    }

    /** A contact's call attempts, oldest first (none for other contacts). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Attempt> attemptsOf(Contact contact) {
        if (!contact.isCallBack()) {
            return List.of();
        }
        return entries.ofContact(contact.id, ContactEntry.Kind.CALL_ATTEMPT).stream().map(Attempt::of).toList();
    }
}
