package fi.kohtaamo.routing.service;

import fi.kohtaamo.caller.Caller;
import fi.kohtaamo.problem.Problem;
import fi.kohtaamo.problem.ProblemException;
import fi.kohtaamo.routing.domain.KnownOrganisation;
import fi.kohtaamo.routing.domain.Queue;
import fi.kohtaamo.routing.domain.SlaPolicy;
import fi.kohtaamo.routing.domain.Tier;
import fi.kohtaamo.routing.domain.WorkCalendar;
import fi.kohtaamo.routing.repository.KnownOrganisationRepository;
import fi.kohtaamo.routing.repository.QueueRepository;
import fi.kohtaamo.routing.repository.SlaPolicyRepository;
import fi.kohtaamo.routing.repository.WorkCalendarRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import java.util.HashSet;
import java.util.Set;
import java.util.UUID;

/**
 * Supervisors keep their organisation's queues: names in three languages, tier, business
 * calendar, service-level policy, the organisations it is shared with on purpose, and the
 * responsibility area (a unit of the organisation) that answers for it.
 */
@ApplicationScoped
public class QueueSettings {

    private final QueueRepository queues;
    private final WorkCalendarRepository calendars;
    private final SlaPolicyRepository policies;
    private final KnownOrganisationRepository organisations;

    public QueueSettings(QueueRepository queues, WorkCalendarRepository calendars, SlaPolicyRepository policies,
                         KnownOrganisationRepository organisations) {
        this.queues = queues;
        this.calendars = calendars;
        this.policies = policies;
        this.organisations = organisations;
    }

    /** What a supervisor sets; the code is fixed once the queue exists. */
    public record Settings(String code, String nameFi, String nameSv, String nameEn, Tier tier, UUID calendarId,
                           UUID slaPolicyId, Set<String> sharedWith, UUID responsibilityArea) {
    }

    @Transactional
    public Queue create(Caller caller, Settings settings) {
        String organisation = caller.requireOrganisation();
        if (queues.findByCode(settings.code()).isPresent()) {
            throw new ProblemException(Problem.of(409, "queue-code-taken", "Queue code taken",
                    "A queue with code " + settings.code() + " exists already"));
        }
        Queue queue = new Queue();
        queue.id = UUID.randomUUID();
        queue.code = settings.code();
        queue.organisation = organisation;
        apply(queue, settings);
        queue.persist();
        return queue;
    }

    /** Changes a queue of the caller's organisation, its row locked while the version it names is checked. */
    @Transactional
    public Queue update(Caller caller, UUID id, int expectedVersion, Settings settings) {
        Queue queue = queues.findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE)
                .orElseThrow(() -> ProblemException.notFound("Queue", id));
        if (!queue.visibleTo(caller.requireOrganisation())) {
            throw ProblemException.notFound("Queue", id);
        }
        if (!queue.organisation.equals(caller.organisation())) {
            throw ProblemException.forbidden("Queue " + queue.code + " is shared with your organisation, not owned by it");
        }
        if (settings.code() != null && !settings.code().equals(queue.code)) {
            throw ProblemException.invalid("code", "a queue's code does not change (rules and services name it)");
        }
        Versions.require(queue.version, expectedVersion, "queue");
        apply(queue, settings);
        queues.flush(); // the answer carries the new version
        return queue;
    }

    private void apply(Queue queue, Settings settings) {
        queue.nameFi = settings.nameFi().strip();
        queue.nameSv = settings.nameSv().strip();
        queue.nameEn = settings.nameEn().strip();
        queue.tier = settings.tier();
        queue.calendar = settings.calendarId() == null ? null
                : owned(calendars.findById(settings.calendarId()), queue, "calendarId");
        queue.slaPolicy = settings.slaPolicyId() == null ? null
                : owned(policies.findById(settings.slaPolicyId()), queue, "slaPolicyId");
        Set<String> shares = settings.sharedWith() == null ? new HashSet<>() : new HashSet<>(settings.sharedWith());
        shares.remove(queue.organisation);
        queue.sharedWith = shares;
        queue.responsibilityAreaId = settings.responsibilityArea() == null ? null : area(queue, settings.responsibilityArea());
    }

    /**
     * A responsibility area of the queue's organisation: one of its units as the catalogue's events
     * told them; another organisation's unit, or an id routing does not know, is refused naming the field.
     */
    private UUID area(Queue queue, UUID area) {
        KnownOrganisation unit = organisations.findById(area);
        if (unit == null || unit.parentId == null) {
            throw ProblemException.invalid("responsibilityArea", "no such responsibility area");
        }
        KnownOrganisation parent = organisations.findById(unit.parentId);
        if (parent == null || !parent.code.equals(queue.organisation)) {
            throw ProblemException.invalid("responsibilityArea", "not a responsibility area of " + queue.organisation);
        }
        return area;
    }

    /** A calendar or policy the queue's organisation keeps; refused naming the field otherwise. */
    private static <T> T owned(T found, Queue queue, String field) {
        String owner = found instanceof WorkCalendar calendar ? calendar.organisation
                : found instanceof SlaPolicy policy ? policy.organisation : null;
        if (owner == null) {
            throw ProblemException.invalid(field, "no such " + (field.startsWith("calendar") ? "calendar" : "policy"));
        }
        if (!owner.equals(queue.organisation)) {
            throw ProblemException.invalid(field, "belongs to another organisation");
        }
        return found;
    }
}
