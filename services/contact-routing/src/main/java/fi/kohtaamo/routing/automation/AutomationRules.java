package fi.kohtaamo.routing.automation;

import fi.kohtaamo.caller.Caller;
import fi.kohtaamo.problem.Problem;
import fi.kohtaamo.problem.ProblemException;
import fi.kohtaamo.routing.domain.AutomationRule;
import fi.kohtaamo.routing.domain.AutomationRuleVersion;
import fi.kohtaamo.routing.domain.Contact;
import fi.kohtaamo.routing.domain.KnownService;
import fi.kohtaamo.routing.repository.AutomationRuleRepository;
import fi.kohtaamo.routing.repository.AutomationRuleVersionRepository;
import fi.kohtaamo.routing.repository.KnownServiceRepository;
import fi.kohtaamo.routing.rules.RoutingFacts;
import fi.kohtaamo.routing.service.ContactWork;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Supervisors manage their organisation's automation rules: checked against its queues,
 * templates and people, every save a new version kept for good (If-Match on change), and a
 * simulator that tells, for an event on a contact (a real one they see, or one described), which
 * rules would run, what they would do and why.
 */
@ApplicationScoped
public class AutomationRules {

    private final AutomationRuleRepository rules;
    private final AutomationRuleVersionRepository versions;
    private final ActionCheck actions;
    private final KnownServiceRepository services;
    private final ContactWork work;
    private final Automation automation;

    public AutomationRules(AutomationRuleRepository rules, AutomationRuleVersionRepository versions, ActionCheck actions,
                           KnownServiceRepository services, ContactWork work, Automation automation) {
        this.automation = automation;
        this.rules = rules;
        this.versions = versions;
        this.actions = actions;
        this.services = services;
        this.work = work;
    }

    /** A rule as a supervisor writes it. */
    public record Draft(String name, boolean enabled, List<Trigger> triggers, AutomationConditions conditions,
                        List<AutomationAction> actions) {
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<AutomationRule> list(Caller caller) {
        return rules.ofOrganisation(caller.requireOrganisation());
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public AutomationRule get(Caller caller, UUID id) {
        AutomationRule rule = rules.findByIdOptional(id).orElseThrow(() -> ProblemException.notFound("Automation rule", id));
        caller.requireSameOrganisation(rule.organisation, "Automation rule", id);
        return rule;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<AutomationRuleVersion> versions(Caller caller, UUID id) {
        List<AutomationRuleVersion> kept = versions.ofRule(id);
        if (kept.isEmpty()) {
            throw ProblemException.notFound("Automation rule", id);
        }
        caller.requireSameOrganisation((String) kept.get(0).snapshot.get("organisation"), "Automation rule", id);
        return kept;
    }

    @Transactional
    public AutomationRule create(Caller caller, Draft draft) {
        String organisation = caller.requireOrganisation();
        actions.check(organisation, draft.actions());
        AutomationRule rule = new AutomationRule();
        rule.id = UUID.randomUUID();
        rule.organisation = organisation;
        rule.version = 1;
        apply(rule, draft, caller);
        rule.persist();
        keep(rule, "CREATED", caller);
        automation.forgetRules(organisation);
        return rule;
    }

    /** Locked until the commit: two supervisors sending the same If-Match see the second refused (412). */
    private AutomationRule locked(Caller caller, UUID id) {
        AutomationRule rule = rules.findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE)
                .orElseThrow(() -> ProblemException.notFound("Automation rule", id));
        caller.requireSameOrganisation(rule.organisation, "Automation rule", id);
        return rule;
    }

    @Transactional
    public AutomationRule update(Caller caller, UUID id, int expectedVersion, Draft draft) {
        AutomationRule rule = locked(caller, id);
        requireVersion(rule, expectedVersion);
        actions.check(rule.organisation, draft.actions());
        rule.version++;
        apply(rule, draft, caller);
        keep(rule, "UPDATED", caller);
        automation.forgetRules(rule.organisation);
        return rule;
    }

    @Transactional
    public void delete(Caller caller, UUID id, int expectedVersion) {
        AutomationRule rule = locked(caller, id);
        requireVersion(rule, expectedVersion);
        rule.version++;
        rule.updatedBy = caller.displayName();
        rule.updatedAt = Instant.now();
        keep(rule, "DELETED", caller);
        rule.delete();
        automation.forgetRules(rule.organisation);
    }

    /** A contact as the simulator is told of it, when no real contact is named. */
    public record Sample(UUID serviceId, String channel, String language, List<String> segments, String description,
                         Integer priority, List<String> tags, Integer waitedMinutes) {
    }

    /** What one rule would do on the event, and why (each condition with whether it holds). */
    public record Outcome(AutomationRule rule, boolean triggeredBy, List<AutomationConditions.Check> checks, boolean wouldRun,
                          List<String> actions, String reason) {
    }

    /**
     * Every rule of the organisation, each with whether the event would run it, the conditions
     * checked and the actions it would do (in the order they would run). Only the event's own
     * rules: the changes their actions make may trigger more, once each (see {@link Automation}).
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Outcome> simulate(Caller caller, Trigger event, UUID contactId, Sample sample) {
        String organisation = caller.requireOrganisation();
        AutomationConditions.Facts facts = contactId != null ? Automation.facts(work.seen(caller, contactId), Instant.now())
                : facts(caller, sample);
        List<Outcome> outcomes = new ArrayList<>();
        for (AutomationRule rule : rules.ofOrganisation(organisation)) {
            boolean triggered = rule.triggers.contains(event);
            List<AutomationConditions.Check> checks = rule.conditions.explain(facts);
            boolean holds = checks.stream().allMatch(AutomationConditions.Check::held);
            boolean wouldRun = rule.enabled && triggered && holds;
            String reason = !rule.enabled ? "disabled"
                    : !triggered ? "does not run on " + event
                    : !holds ? "conditions not met: " + String.join("; ", checks.stream().filter(check -> !check.held())
                            .map(AutomationConditions.Check::condition).toList())
                    : checks.isEmpty() ? "runs on " + event + " (no conditions)"
                    : "runs on " + event + ": " + String.join("; ", checks.stream().map(AutomationConditions.Check::condition).toList());
            outcomes.add(new Outcome(rule, triggered, checks, wouldRun,
                    rule.actions.stream().map(AutomationAction::describe).toList(), reason));
        }
        return outcomes;
    }

    private AutomationConditions.Facts facts(Caller caller, Sample sample) {
        KnownService service = sample.serviceId() == null ? null : services.findByIdOptional(sample.serviceId())
                .filter(known -> caller.organisation().equals(known.organisation))
                .orElseThrow(() -> ProblemException.invalid("serviceId", "no such service of your organisation"));
        RoutingFacts routing = new RoutingFacts(sample.serviceId(), service == null ? null : service.group,
                caller.organisation(), sample.channel() == null ? "WEB" : sample.channel(), sample.language(),
                sample.segments(), null, sample.description(), Map.of());
        return new AutomationConditions.Facts(routing, sample.priority() == null ? 3 : sample.priority(), sample.tags(),
                Duration.ofMinutes(sample.waitedMinutes() == null ? 0 : sample.waitedMinutes()));
    }

    private static void apply(AutomationRule rule, Draft draft, Caller caller) {
        rule.name = draft.name().strip();
        rule.enabled = draft.enabled();
        rule.triggers = new ArrayList<>(draft.triggers().stream().distinct().toList());
        rule.conditions = draft.conditions() == null ? AutomationConditions.ANY : draft.conditions();
        rule.actions = new ArrayList<>(draft.actions());
        rule.updatedBy = caller.displayName();
        rule.updatedAt = Instant.now();
    }

    private static void keep(AutomationRule rule, String change, Caller caller) {
        AutomationRuleVersion version = new AutomationRuleVersion();
        version.key = new AutomationRuleVersion.Key(rule.id, rule.version);
        version.change = change;
        version.snapshot = rule.snapshot();
        version.changedBy = caller.displayName();
        version.changedAt = rule.updatedAt;
        version.persist();
    }

    static void requireVersion(String what, int current, int expected) {
        if (current != expected) {
            throw new ProblemException(Problem.of(412, "version-mismatch", "Precondition failed",
                    "The " + what + " is at version " + current + ", not " + expected + "; reload it and retry"));
        }
    }

    private static void requireVersion(AutomationRule rule, int expected) {
        requireVersion("automation rule", rule.version, expected);
    }
}
