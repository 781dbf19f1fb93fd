package fi.kohtaamo.routing.service;

import fi.kohtaamo.routing.automation.Automation;
import fi.kohtaamo.routing.automation.Trigger;
import fi.kohtaamo.routing.calendar.BusinessCalendar;
import fi.kohtaamo.routing.calendar.ServiceLevelClock;
import fi.kohtaamo.routing.domain.Contact;
import fi.kohtaamo.routing.domain.ContactEntry;
import fi.kohtaamo.routing.domain.ContactStatus;
import fi.kohtaamo.routing.domain.KnownService;
import fi.kohtaamo.routing.domain.Queue;
import fi.kohtaamo.routing.domain.SlaPolicy;
import fi.kohtaamo.routing.domain.SlaState;
import fi.kohtaamo.routing.domain.StaffNotice;
import fi.kohtaamo.routing.repository.ContactRepository;
import fi.kohtaamo.routing.repository.QueueRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Service levels: a contact's first-response and resolution deadlines in its queue's business
 * hours, paused while it waits for the client, and the check that flags contacts at risk and
 * breached and escalates them by the queue's policy.
 */
@ApplicationScoped
public class ServiceLevels {

    private final Automation automation;

    public static final String FIRST_RESPONSE = "FIRST_RESPONSE";
    public static final String RESOLUTION = "RESOLUTION";
    private static final Logger LOG = Logger.getLogger(ServiceLevels.class);
    private static final ZoneId HELSINKI = ZoneId.of("Europe/Helsinki");

    private final ContactHistory history;
    private final QueueRepository queues;
    private final ContactRepository contacts;
    private final StaffNotices staffNotices;

    public ServiceLevels(ContactHistory history, QueueRepository queues, ContactRepository contacts,
                         StaffNotices staffNotices, Automation automation) {
        this.automation = automation;
        this.staffNotices = staffNotices;
        this.history = history;
        this.queues = queues;
        this.contacts = contacts;
    }

    private static final BusinessCalendar ROUND_THE_CLOCK = BusinessCalendar.always(HELSINKI);
    /** Calendars built from their rows, by id and version: a change makes a new version. */
    private static final Map<String, BusinessCalendar> CALENDARS = new ConcurrentHashMap<>();

    /** The clock of a queue: its calendar (round the clock without one) and its policy's at-risk share. */
    public static ServiceLevelClock clockOf(Queue queue) {
        return new ServiceLevelClock(calendarOf(queue), atRiskShareOf(queue));
    }

    /** The queue's business hours; round the clock without a calendar. */
    public static BusinessCalendar calendarOf(Queue queue) {
        return queue.calendar == null ? ROUND_THE_CLOCK
                : CALENDARS.computeIfAbsent(queue.calendar.id + "/" + queue.calendar.version, key -> queue.calendar.toCalendar());
    }

    /** The share of a target after which it is at risk: the queue's policy's, 0.75 without one. */
    public static double atRiskShareOf(Queue queue) {
        return queue.slaPolicy == null ? 0.75 : queue.slaPolicy.atRiskShare.doubleValue();
    }

    /**
     * Sets the deadlines from the queue's policy for the contact's priority; a service that
     * promises faster (the catalogue's first-response and resolution hours) is held to that.
     */
    public void start(Contact contact, KnownService service, Instant from) {
        SlaPolicy policy = contact.queue.slaPolicy;
        Optional<SlaPolicy.Target> target = policy == null ? Optional.empty() : policy.targetFor(contact.priority);
        Duration firstResponse = stricter(target.map(SlaPolicy.Target::firstResponse).orElse(null),
                service == null || service.firstResponseHours == null ? null : Duration.ofHours(service.firstResponseHours));
        Duration resolution = stricter(target.map(SlaPolicy.Target::resolution).orElse(null),
                service == null || service.resolutionHours == null ? null : Duration.ofHours(service.resolutionHours));
        ServiceLevelClock clock = clockOf(contact.queue);
        if (firstResponse != null) {
            ServiceLevelClock.Deadline deadline = clock.start(from, firstResponse);
            contact.firstResponseAtRisk = deadline.atRisk();
            contact.firstResponseDue = deadline.due();
        }
        if (resolution != null) {
            ServiceLevelClock.Deadline deadline = clock.start(from, resolution);
            contact.resolutionAtRisk = deadline.atRisk();
            contact.resolutionDue = deadline.due();
        }
    }

    /**
     * One pass of the service-level check over contacts whose clock runs, at most {@code batch}
     * of them; rows another replica is checking are skipped. Returns how many contacts changed.
     */
    @Transactional
    public int check(Instant now, int batch) {
        List<UUID> ids = contacts.lockDueForServiceLevelCheck(now, batch);
        int changed = 0;
        for (UUID id : ids) {
            Contact contact = contacts.findById(id);
            if (checkOne(contact, now)) {
                changed++;
            }
        }
        return changed;
    }

    private boolean checkOne(Contact contact, Instant now) {
        boolean changed = false;
        boolean firstResponseOpen = contact.firstRespondedAt == null && contact.firstResponseDue != null;
        if (firstResponseOpen && !contact.firstResponseBreached && !now.isBefore(contact.firstResponseDue)) {
            contact.breachFirstResponse();
            breach(contact, FIRST_RESPONSE);
            changed = true;
        }
        if (contact.resolutionDue != null && !contact.resolutionBreached && !now.isBefore(contact.resolutionDue)) {
            contact.breachResolution();
            breach(contact, RESOLUTION);
            changed = true;
        }
        if (!changed && contact.slaState == SlaState.ON_TIME) {
            String target = firstResponseOpen && !now.isBefore(contact.firstResponseAtRisk) ? FIRST_RESPONSE : RESOLUTION;
            contact.flagAtRisk();
            Map<String, Object> details = Map.of("target", target,
                    "due", String.valueOf(FIRST_RESPONSE.equals(target) ? contact.firstResponseDue : contact.resolutionDue));
            ContactEntry entry = history.recordAndAnnounce(contact, ContactEntry.Kind.SLA_AT_RISK, ContactHistory.Actor.SYSTEM,
                    false, null, details, ContactHistory.SLA_AT_RISK);
            staffNotices.serviceLevel(StaffNotice.Kind.SLA_AT_RISK, contact, entry);
            automation.after(contact, Trigger.SLA_AT_RISK);
            changed = true;
        }
        return changed;
    }

    private void breach(Contact contact, String target) {
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("target", target);
        details.put("due", String.valueOf(FIRST_RESPONSE.equals(target) ? contact.firstResponseDue : contact.resolutionDue));
        SlaPolicy policy = contact.queue.slaPolicy;
        if (policy != null && policy.raisePriority && contact.priority > 1) {
            details.put("priorityFrom", contact.priority);
            contact.priority--;
            details.put("priorityTo", contact.priority);
        }
        if (policy != null && policy.overflowQueue != null && FIRST_RESPONSE.equals(target)
                && contact.status == ContactStatus.QUEUED && !policy.overflowQueue.equals(contact.queue.code)) {
            Optional<Queue> overflow = queues.findByCode(policy.overflowQueue);
            if (overflow.isPresent()) {
                details.put("fromQueue", contact.queue.code);
                details.put("toQueue", overflow.get().code);
                contact.queue = overflow.get();
            } else {
                LOG.warnf("overflow queue %s of policy %s does not exist", policy.overflowQueue, policy.code);
            }
        }
        ContactEntry entry = history.recordAndAnnounce(contact, ContactEntry.Kind.SLA_BREACHED, ContactHistory.Actor.SYSTEM,
                false, null, details, ContactHistory.SLA_BREACHED);
        staffNotices.serviceLevel(StaffNotice.Kind.SLA_BREACHED, contact, entry);
        automation.after(contact, Trigger.SLA_BREACHED);
    }

    private static Duration stricter(Duration a, Duration b) {
        if (a == null) {
            return b;
        }
        return b == null || a.compareTo(b) <= 0 ? a : b;
    }
}
