package fi.kohtaamo.routing.service;

import fi.kohtaamo.caller.Caller;
import fi.kohtaamo.problem.ProblemException;
import fi.kohtaamo.routing.domain.SlaPolicy;
import fi.kohtaamo.routing.domain.WorkCalendar;
import fi.kohtaamo.routing.repository.QueueRepository;
import fi.kohtaamo.routing.repository.SlaPolicyRepository;
import fi.kohtaamo.routing.repository.WorkCalendarRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import java.math.BigDecimal;
import java.time.ZoneId;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/** Business calendars and service-level policies, kept by each organisation's supervisors. */
@ApplicationScoped
public class ServiceHours {

    private final QueueRepository queues;
    private final WorkCalendarRepository calendars;
    private final SlaPolicyRepository policies;

    public ServiceHours(QueueRepository queues, WorkCalendarRepository calendars, SlaPolicyRepository policies) {
        this.queues = queues;
        this.calendars = calendars;
        this.policies = policies;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<WorkCalendar> calendars(Caller caller) {
        return calendars.ofOrganisation(caller.requireOrganisation());
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public WorkCalendar calendar(Caller caller, UUID id) {
        WorkCalendar calendar = calendars.findByIdOptional(id)
                .orElseThrow(() -> ProblemException.notFound("Calendar", id));
        caller.requireSameOrganisation(calendar.organisation, "Calendar", id);
        return calendar;
    }

    /** A calendar as a supervisor writes it: hours per weekday (1 = Monday) and date exceptions. */
    public record CalendarDraft(String name, String zone, boolean publicHolidays, List<WorkCalendar.WeeklyPeriod> periods,
                                List<WorkCalendar.DateException> exceptions) {
    }

    /** A new calendar of the caller's organisation; its code is made from the organisation and its id. */
    @Transactional
    public WorkCalendar createCalendar(Caller caller, CalendarDraft draft) {
        String organisation = caller.requireOrganisation();
        check(draft);
        WorkCalendar calendar = new WorkCalendar();
        calendar.id = UUID.randomUUID();
        calendar.organisation = organisation;
        calendar.code = organisation + "-hours-" + calendar.id.toString().substring(0, 8);
        apply(calendar, draft);
        calendar.persist();
        calendars.flush();
        return calendar;
    }

    /** Replaces a calendar's hours and exceptions, its row locked while the version it names is checked. */
    @Transactional
    public WorkCalendar updateCalendar(Caller caller, UUID id, int expectedVersion, CalendarDraft draft) {
        WorkCalendar calendar = calendars.findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE)
                .orElseThrow(() -> ProblemException.notFound("Calendar", id));
        caller.requireSameOrganisation(calendar.organisation, "Calendar", id);
        Versions.require(calendar.version, expectedVersion, "calendar");
        check(draft);
        apply(calendar, draft);
        calendars.flush(); // the answer carries the new version
        return calendar;
    }

    /** Refuses what the arithmetic cannot use, naming the period or exception at fault. */
    private static void check(CalendarDraft draft) {
        try {
            ZoneId.of(draft.zone());
        } catch (RuntimeException e) {
            throw ProblemException.invalid("zone", "not a time zone such as Europe/Helsinki");
        }
        if (draft.periods().isEmpty()) {
            throw ProblemException.invalid("periods", "a calendar needs at least one working period");
        }
        List<WorkCalendar.WeeklyPeriod> periods = draft.periods();
        for (int i = 0; i < periods.size(); i++) {
            WorkCalendar.WeeklyPeriod period = periods.get(i);
            if (!period.opens.isBefore(period.closes)) {
                throw ProblemException.invalid("periods[" + i + "]", "must open before it closes");
            }
            for (int j = 0; j < i; j++) {
                WorkCalendar.WeeklyPeriod other = periods.get(j);
                if (other.weekday == period.weekday && period.opens.isBefore(other.closes) && other.opens.isBefore(period.closes)) {
                    throw ProblemException.invalid("periods[" + i + "]", "overlaps another period of the same weekday");
                }
            }
        }
        List<WorkCalendar.DateException> exceptions = draft.exceptions();
        for (int i = 0; i < exceptions.size(); i++) {
            WorkCalendar.DateException exception = exceptions.get(i);
            if ((exception.opens == null) != (exception.closes == null)
                    || (exception.opens != null && !exception.opens.isBefore(exception.closes))) {
                throw ProblemException.invalid("exceptions[" + i + "]",
                        "give both opening and closing time, opening first, or neither for a closed day");
            }
            for (int j = 0; j < i; j++) {
                WorkCalendar.DateException other = exceptions.get(j);
                if (other.day.equals(exception.day) && (exception.opens == null || other.opens == null
                        || (exception.opens.isBefore(other.closes) && other.opens.isBefore(exception.closes)))) {
                    throw ProblemException.invalid("exceptions[" + i + "]", "overlaps another exception of " + exception.day);
                }
            }
        }
    }

    private static void apply(WorkCalendar calendar, CalendarDraft draft) {
        calendar.name = draft.name().strip();
        calendar.zone = draft.zone();
        calendar.publicHolidays = draft.publicHolidays();
        calendar.periods.clear();
        calendar.periods.addAll(draft.periods());
        calendar.exceptions.clear();
        calendar.exceptions.addAll(draft.exceptions());
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<SlaPolicy> policies(Caller caller) {
        return policies.ofOrganisation(caller.requireOrganisation());
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public SlaPolicy policy(Caller caller, UUID id) {
        SlaPolicy policy = policies.findByIdOptional(id).orElseThrow(() -> ProblemException.notFound("Service-level policy", id));
        caller.requireSameOrganisation(policy.organisation, "Service-level policy", id);
        return policy;
    }

    /** A policy as a supervisor writes it; a blank overflow queue is none. */
    public record PolicyDraft(String name, BigDecimal atRiskShare, boolean raisePriority, String overflowQueue,
                              List<SlaPolicy.Target> targets) {
    }

    /** A new policy of the caller's organisation; its code is made from the organisation and its id. */
    @Transactional
    public SlaPolicy createPolicy(Caller caller, PolicyDraft draft) {
        String organisation = caller.requireOrganisation();
        check(organisation, draft);
        SlaPolicy policy = new SlaPolicy();
        policy.id = UUID.randomUUID();
        policy.organisation = organisation;
        policy.code = organisation + "-levels-" + policy.id.toString().substring(0, 8);
        apply(policy, draft);
        policy.persist();
        policies.flush();
        return policy;
    }

    /** Replaces a policy's targets and escalation, its row locked while the version it names is checked. */
    @Transactional
    public SlaPolicy updatePolicy(Caller caller, UUID id, int expectedVersion, PolicyDraft draft) {
        SlaPolicy policy = policies.findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE)
                .orElseThrow(() -> ProblemException.notFound("Service-level policy", id));
        caller.requireSameOrganisation(policy.organisation, "Service-level policy", id);
        Versions.require(policy.version, expectedVersion, "policy");
        check(policy.organisation, draft);
        apply(policy, draft);
        policies.flush();
        return policy;
    }

    private void check(String organisation, PolicyDraft draft) {
        String overflowQueue = draft.overflowQueue();
        if (overflowQueue != null && queues.findByCode(overflowQueue).filter(queue -> queue.visibleTo(organisation)).isEmpty()) {
            throw ProblemException.invalid("overflowQueue", "no queue " + overflowQueue + " of " + organisation);
        }
        Set<Integer> priorities = new HashSet<>();
        List<SlaPolicy.Target> targets = draft.targets();
        for (int i = 0; i < targets.size(); i++) {
            SlaPolicy.Target target = targets.get(i);
            if (!priorities.add(target.priority)) {
                throw ProblemException.invalid("targets[" + i + "].priority", "priority " + target.priority + " is listed twice");
            }
            if (target.resolutionMinutes < target.firstResponseMinutes) {
                throw ProblemException.invalid("targets[" + i + "].resolutionMinutes", "priority " + target.priority
                        + ": the resolution target cannot be shorter than the first-response target");
            }
        }
    }

    private static void apply(SlaPolicy policy, PolicyDraft draft) {
        policy.name = draft.name().strip();
        policy.atRiskShare = draft.atRiskShare();
        policy.raisePriority = draft.raisePriority();
        policy.overflowQueue = draft.overflowQueue();
        policy.targets.clear();
        policy.targets.addAll(draft.targets());
    }
}
