package fi.kohtaamo.routing.automation;

import fi.kohtaamo.routing.domain.AutomationRule;
import fi.kohtaamo.routing.domain.Contact;
import fi.kohtaamo.routing.domain.ContactEntry;
import fi.kohtaamo.routing.domain.ContactStatus;
import fi.kohtaamo.routing.repository.AutomationRuleRepository;
import fi.kohtaamo.routing.rules.RoutingFacts;
import fi.kohtaamo.routing.service.ContactHistory;
import fi.kohtaamo.routing.service.KeptPerOrganisation;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Runs the organisation's automation rules after a change of a contact, in the change's own
 * transaction (their actions and events commit or roll back with it).
 * <p>
 * Loops are guarded per chain: what one change sets off (the rules it triggers, the changes their
 * actions make, the rules those trigger, ...) is one chain, in which a rule runs at most once (its
 * own action never triggers it again, nor does another rule's action bounce back to it), and which
 * stops after {@link #MAX_ACTIONS_PER_CHAIN} actions, leaving a line saying so. Changes made
 * during a chain are queued and worked through in order, never by recursion.
 */
@ApplicationScoped
public class Automation {

    public static final int MAX_ACTIONS_PER_CHAIN = 20;

    private static final Logger LOG = Logger.getLogger(Automation.class);
    private static final ThreadLocal<Chain> CHAIN = new ThreadLocal<>();

    private final AutomationRuleRepository rules;
    private final ActionExecutor executor;
    private final ContactHistory history;
    private final KeptPerOrganisation<List<Candidate>> enabled;

    public Automation(AutomationRuleRepository rules, ActionExecutor executor, ContactHistory history,
                      TransactionSynchronizationRegistry transactions) {
        this.rules = rules;
        this.executor = executor;
        this.history = history;
        this.enabled = new KeptPerOrganisation<>("automation-rules",
                organisation -> rules.enabledOf(organisation).stream().map(Candidate::of).toList(), transactions);
    }

    /**
     * What deciding whether an enabled rule runs needs, kept between transactions: reading the
     * rules for every new contact was 8 % of intake's CPU (docs/performance.md), and most
     * contacts match none. A rule that matches is read afresh before it acts.
     */
    private record Candidate(UUID id, String organisation, Set<Trigger> triggers, AutomationConditions conditions) {

        static Candidate of(AutomationRule rule) {
            return new Candidate(rule.id, rule.organisation, rule.triggers.isEmpty() ? Set.of() : EnumSet.copyOf(rule.triggers),
                    rule.conditions);
        }

        boolean runsOn(Trigger trigger, Contact contact) {
            return triggers.contains(trigger) && conditions.matches(facts(contact, Instant.now()));
        }
    }

    private record Happened(Contact contact, Trigger trigger) {
    }

    private static final class Chain {
        final Deque<Happened> pending = new ArrayDeque<>();
        final Set<UUID> ran = new HashSet<>();
        int actions;
    }

    /** A change happened to the contact: the rules on its trigger run (now, or when the running chain gets to it). */
    @Transactional(Transactional.TxType.MANDATORY)
    public void after(Contact contact, Trigger trigger) {
        inChain(chain -> chain.pending.add(new Happened(contact, trigger)));
    }

    /** A macro applied by an agent: its actions, then the rules the changes trigger, as one chain. */
    @Transactional(Transactional.TxType.MANDATORY)
    public int applyMacro(Contact contact, List<AutomationAction> actions, ActionExecutor.Origin origin) {
        int[] done = {0};
        inChain(chain -> {
            chain.actions += actions.size();
            done[0] = executor.apply(contact, actions, origin);
        });
        return done[0];
    }

    private void inChain(java.util.function.Consumer<Chain> start) {
        Chain running = CHAIN.get();
        if (running != null) {
            start.accept(running);
            return;
        }
        Chain chain = new Chain();
        CHAIN.set(chain);
        try {
            start.accept(chain);
            while (!chain.pending.isEmpty()) {
                run(chain, chain.pending.poll());
            }
        } finally {
            CHAIN.remove();
        }
    }

    private void run(Chain chain, Happened happened) {
        Contact contact = happened.contact();
        if (contact.status == ContactStatus.CLOSED || contact.personalDataRemovedAt != null) {
            return;
        }
        for (Candidate candidate : enabled.of(contact.organisation)) {
            if (!candidate.organisation().equals(contact.organisation)) {
                break; // an earlier rule moved the contact to another organisation: its rules run on the transfer
            }
            if (!candidate.runsOn(happened.trigger(), contact)) {
                continue;
            }
            AutomationRule rule = rules.findById(candidate.id());
            if (rule == null || !rule.enabled || !Candidate.of(rule).runsOn(happened.trigger(), contact)) {
                continue; // changed on another replica since it was read: as it is now
            }
            if (!chain.ran.add(rule.id)) {
                LOG.debugf("automation rule %s already ran in this chain on contact %s", rule.id, contact.id);
                continue;
            }
            ActionExecutor.Origin origin = ActionExecutor.Origin.rule(rule.id, rule.name, rule.version, rule.organisation);
            if (chain.actions + rule.actions.size() > MAX_ACTIONS_PER_CHAIN) {
                Map<String, Object> details = origin.details();
                details.put("reason", "at most " + MAX_ACTIONS_PER_CHAIN + " automated actions follow one change");
                history.record(contact, ContactEntry.Kind.AUTOMATION_SKIPPED, origin.actor(), false, null, details);
                continue;
            }
            chain.actions += rule.actions.size();
            executor.apply(contact, rule.actions, origin);
        }
    }

    /** This replica changed an organisation's rules: read them again once the change has committed. */
    public void forgetRules(String organisation) {
        enabled.forget(organisation);
    }

    /** The contact as the conditions read it, at a moment. */
    public static AutomationConditions.Facts facts(Contact contact, Instant now) {
        RoutingFacts routing = new RoutingFacts(contact.serviceId, contact.serviceGroup, contact.organisation,
                contact.channel.name(), contact.language, contact.segments, contact.municipalityCode, contact.description,
                contact.attributes);
        Duration waited = contact.receivedAt == null || contact.receivedAt.isAfter(now) ? Duration.ZERO
                : Duration.between(contact.receivedAt, now);
        return new AutomationConditions.Facts(routing, contact.priority, contact.tags, waited);
    }
}
