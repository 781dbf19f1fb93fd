package fi.kohtaamo.routing.service;

import fi.kohtaamo.caller.Caller;
import fi.kohtaamo.problem.ProblemException;
import fi.kohtaamo.routing.domain.Channel;
import fi.kohtaamo.routing.domain.KnownService;
import fi.kohtaamo.routing.domain.Queue;
import fi.kohtaamo.routing.domain.RoutingRule;
import fi.kohtaamo.routing.domain.RoutingRuleVersion;
import fi.kohtaamo.routing.repository.KnownServiceRepository;
import fi.kohtaamo.routing.repository.QueueRepository;
import fi.kohtaamo.routing.repository.RoutingRuleRepository;
import fi.kohtaamo.routing.repository.RoutingRuleVersionRepository;
import fi.kohtaamo.routing.rules.RoutingFacts;
import fi.kohtaamo.routing.rules.RuleConditions;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Supervisors manage their organisation's routing rules: checked against the queues and the
 * values routing knows, every save a new version kept for good, and a simulator that tells
 * which queue a given contact would reach and which rule decided it.
 */
@ApplicationScoped
public class RoutingRules {

    private static final Set<String> LANGUAGES = Set.of("fi", "sv", "en");

    private final QueueRepository queues;
    private final KnownServiceRepository services;
    private final Router router;
    private final RoutingRuleRepository rules;
    private final RoutingRuleVersionRepository versions;
    private final KnownSegments knownSegments;

    public RoutingRules(QueueRepository queues, KnownServiceRepository services, Router router,
                        RoutingRuleRepository rules, RoutingRuleVersionRepository versions, KnownSegments knownSegments) {
        this.knownSegments = knownSegments;
        this.queues = queues;
        this.services = services;
        this.router = router;
        this.rules = rules;
        this.versions = versions;
    }

    /** A rule as a supervisor writes it. */
    public record Draft(int position, String name, boolean enabled, RuleConditions conditions, String targetQueue,
                        Map<String, Integer> requiredSkills, Integer priority) {
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<RoutingRule> list(Caller caller) {
        return rules.ofOrganisation(caller.requireOrganisation());
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public RoutingRule get(Caller caller, UUID id) {
        RoutingRule rule = rules.findByIdOptional(id).orElseThrow(() -> ProblemException.notFound("Routing rule", id));
        caller.requireSameOrganisation(rule.organisation, "Routing rule", id);
        return rule;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<RoutingRuleVersion> versions(Caller caller, UUID id) {
        List<RoutingRuleVersion> versions = this.versions.ofRule(id);
        if (versions.isEmpty()) {
            throw ProblemException.notFound("Routing rule", id);
        }
        // The rule itself may be deleted; its versions say whose it was.
        caller.requireSameOrganisation((String) versions.get(0).snapshot.get("organisation"), "Routing rule", id);
        return versions;
    }

    @Transactional
    public RoutingRule create(Caller caller, Draft draft) {
        String organisation = caller.requireOrganisation();
        check(organisation, draft);
        RoutingRule rule = new RoutingRule();
        rule.id = UUID.randomUUID();
        rule.organisation = organisation;
        rule.version = 1;
        apply(rule, draft, caller);
        rule.persist();
        keep(rule, "CREATED", caller);
        router.forgetRules(organisation);
        return rule;
    }

    /**
     * The rule to change, its row locked until the commit: two supervisors sending the same
     * If-Match at once see the second refused (412), not the first overwritten.
     */
    private RoutingRule locked(Caller caller, UUID id) {
        RoutingRule rule = rules.findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE)
                .orElseThrow(() -> ProblemException.notFound("Routing rule", id));
        caller.requireSameOrganisation(rule.organisation, "Routing rule", id);
        return rule;
    }

    @Transactional
    public RoutingRule update(Caller caller, UUID id, int expectedVersion, Draft draft) {
        RoutingRule rule = locked(caller, id);
        requireVersion(rule, expectedVersion);
        check(rule.organisation, draft);
        rule.version++;
        apply(rule, draft, caller);
        keep(rule, "UPDATED", caller);
        router.forgetRules(rule.organisation);
        return rule;
    }

    @Transactional
    public void delete(Caller caller, UUID id, int expectedVersion) {
        RoutingRule rule = locked(caller, id);
        requireVersion(rule, expectedVersion);
        rule.version++;
        rule.updatedBy = caller.displayName();
        rule.updatedAt = Instant.now();
        keep(rule, "DELETED", caller);
        rule.delete();
        router.forgetRules(rule.organisation);
    }

    /** A contact as the simulator sees it: no client, only the facts a rule reads (no registry lookup). */
    public record Sample(UUID serviceId, String channel, String language, List<String> segments,
                         String municipality, String description, Map<String, Object> attributes) {
    }

    /** Where the sample would go, and the channels its segments prefer (from the registry's definitions), for the "why". */
    public record Simulation(Router.Routed routed, List<String> preferredChannels, Boolean viaPreferredChannel) {
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Simulation simulate(Caller caller, Sample sample) {
        caller.requireOrganisation();
        // another organisation's service is answered as unknown: its rules are that organisation's
        KnownService service = sample.serviceId() == null ? null : services.findByIdOptional(sample.serviceId())
                .filter(known -> caller.organisation().equals(known.organisation))
                .orElseThrow(() -> ProblemException.invalid("serviceId", "no such service of your organisation"));
        List<String> segments = sample.segments() != null ? sample.segments() : List.of();
        String municipality = sample.municipality();
        RoutingFacts facts = new RoutingFacts(sample.serviceId(), service == null ? null : service.group,
                service == null ? null : service.organisation, sample.channel() == null ? Channel.WEB.name() : sample.channel(),
                sample.language(), segments, municipality, sample.description(), sample.attributes(),
                knownSegments.preferredChannelsOf(segments));
        return new Simulation(router.route(facts, service), facts.preferredChannels(), facts.viaPreferredChannel());
    }

    private void check(String organisation, Draft draft) {
        Queue target = queues.findByCode(draft.targetQueue())
                .orElseThrow(() -> ProblemException.invalid("targetQueue", "no queue " + draft.targetQueue()));
        if (!target.visibleTo(organisation)) {
            throw ProblemException.invalid("targetQueue", "queue " + target.code + " is not one of " + organisation
                    + "'s queues or shared with it");
        }
        RuleConditions conditions = draft.conditions() == null ? RuleConditions.ANY : draft.conditions();
        List<String> channels = Arrays.stream(Channel.values()).map(Channel::name).toList();
        for (String channel : conditions.channels()) {
            if (!channels.contains(channel)) {
                throw ProblemException.invalid("conditions.channels", channel + " is not one of " + channels);
            }
        }
        for (String language : conditions.languages()) {
            if (!LANGUAGES.contains(language)) {
                throw ProblemException.invalid("conditions.languages", language + " is not one of fi, sv, en");
            }
        }
        for (String keyword : conditions.keywords()) {
            if (keyword == null || keyword.isBlank() || keyword.length() > 100) {
                throw ProblemException.invalid("conditions.keywords", "keywords must be 1 to 100 characters");
            }
        }
        conditions.attributes().forEach((code, values) -> {
            if (values == null || values.isEmpty()) {
                throw ProblemException.invalid("conditions.attributes." + code, "list the answers that match");
            }
        });
        if (draft.requiredSkills() != null) {
            draft.requiredSkills().forEach((skill, level) -> {
                if (skill.isBlank() || level == null || level < 1 || level > 5) {
                    throw ProblemException.invalid("requiredSkills." + skill, "a skill needs a level from 1 to 5");
                }
            });
        }
    }

    private static void apply(RoutingRule rule, Draft draft, Caller caller) {
        rule.position = draft.position();
        rule.name = draft.name().strip();
        rule.enabled = draft.enabled();
        rule.conditions = draft.conditions() == null ? RuleConditions.ANY : draft.conditions();
        rule.targetQueue = draft.targetQueue();
        rule.requiredSkills = draft.requiredSkills() == null ? new HashMap<>() : new HashMap<>(draft.requiredSkills());
        rule.priority = draft.priority();
        rule.updatedBy = caller.displayName();
        rule.updatedAt = Instant.now();
    }

    private static void keep(RoutingRule rule, String change, Caller caller) {
        RoutingRuleVersion version = new RoutingRuleVersion();
        version.key = new RoutingRuleVersion.Key(rule.id, rule.version);
        version.change = change;
        version.snapshot = rule.snapshot();
        version.changedBy = caller.displayName();
        version.changedAt = rule.updatedAt;
        version.persist();
    }

    private static void requireVersion(RoutingRule rule, int expected) {
        if (rule.version != expected) {
            throw new ProblemException(fi.kohtaamo.problem.Problem.of(412, "version-mismatch", "Precondition failed",
                    "The rule is at version " + rule.version + ", not " + expected + "; reload it and retry"));
        }
    }
}
