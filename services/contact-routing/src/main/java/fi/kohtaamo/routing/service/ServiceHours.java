package fi.kohtaamo.routing.service;

import fi.kohtaamo.caller.Caller;
import fi.kohtaamo.problem.Problem;
import fi.kohtaamo.problem.ProblemException;
import fi.kohtaamo.routing.domain.SlaPolicy;
import fi.kohtaamo.routing.domain.WorkCalendar;
import fi.kohtaamo.routing.repository.QueueRepository;
import fi.kohtaamo.routing.repository.SlaPolicyRepository;
import fi.kohtaamo.routing.repository.WorkCalendarRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.math.BigDecimal;
import java.time.ZoneId;
import java.util.ArrayList;
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

    /** Replaces a calendar's hours and exceptions; the arithmetic's checks (overlaps, order) apply first. */
    @Transactional
    public WorkCalendar updateCalendar(Caller caller, UUID id, int expectedVersion, String name, String zone,
                                       boolean publicHolidays, List<WorkCalendar.WeeklyPeriod> periods,
                                       List<WorkCalendar.DateException> exceptions) {
        WorkCalendar calendar = calendar(caller, id);
        requireVersion(calendar.version, expectedVersion, "calendar");
        try {
            ZoneId.of(zone);
        } catch (RuntimeException e) {
            throw ProblemException.invalid("zone", "not a time zone such as Europe/Helsinki");
        }
        WorkCalendar candidate = new WorkCalendar();
        candidate.zone = zone;
        candidate.publicHolidays = publicHolidays;
        candidate.periods = new ArrayList<>(periods);
        candidate.exceptions = new ArrayList<>(exceptions);
        if (periods.isEmpty()) {
            throw ProblemException.invalid("periods", "a calendar needs at least one working period");
        }
        try {
            candidate.toCalendar(); // refuses overlapping periods and periods that close before they open
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalid("periods", e.getMessage());
        }
        calendar.name = name.strip();
        calendar.zone = zone;
        calendar.publicHolidays = publicHolidays;
        calendar.periods.clear();
        calendar.periods.addAll(periods);
        calendar.exceptions.clear();
        calendar.exceptions.addAll(exceptions);
        calendars.flush(); // the answer carries the new version
        return calendar;
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

    @Transactional
    public SlaPolicy updatePolicy(Caller caller, UUID id, int expectedVersion, String name, BigDecimal atRiskShare,
                                  boolean raisePriority, String overflowQueue, List<SlaPolicy.Target> targets) {
        SlaPolicy policy = policy(caller, id);
        requireVersion(policy.version, expectedVersion, "policy");
        if (overflowQueue != null && queues.findByCode(overflowQueue).filter(queue -> queue.visibleTo(policy.organisation)).isEmpty()) {
            throw ProblemException.invalid("overflowQueue", "no queue " + overflowQueue + " of " + policy.organisation);
        }
        Set<Integer> priorities = new HashSet<>();
        for (SlaPolicy.Target target : targets) {
            if (!priorities.add(target.priority)) {
                throw ProblemException.invalid("targets", "priority " + target.priority + " is listed twice");
            }
            if (target.resolutionMinutes < target.firstResponseMinutes) {
                throw ProblemException.invalid("targets", "priority " + target.priority
                        + ": the resolution target cannot be shorter than the first-response target");
            }
        }
        policy.name = name.strip();
        policy.atRiskShare = atRiskShare;
        policy.raisePriority = raisePriority;
        policy.overflowQueue = overflowQueue;
        policy.targets.clear();
        policy.targets.addAll(targets);
        policies.flush();
        return policy;
    }


    private static void requireVersion(int actual, int expected, String what) {
        if (actual != expected) {
            throw new ProblemException(Problem.of(412, "version-mismatch", "Precondition failed",
                    "The " + what + " is at version " + actual + ", not " + expected + "; reload it and retry"));
        }
    }
}
