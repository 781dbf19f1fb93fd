package fi.kohtaamo.routing.service;

import fi.kohtaamo.routing.config.RoutingConfig;
import fi.kohtaamo.routing.domain.KnownService;
import fi.kohtaamo.routing.domain.Queue;
import fi.kohtaamo.routing.domain.RoutingRule;
import fi.kohtaamo.routing.repository.QueueRepository;
import fi.kohtaamo.routing.repository.RoutingRuleRepository;
import fi.kohtaamo.routing.rules.RoutingFacts;
import fi.kohtaamo.routing.rules.RuleBook;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.TransactionSynchronizationRegistry;

import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import java.util.List;
import java.util.Optional;

/**
 * Decides a contact's queue, skills and priority by the rules of the organisation that answers
 * for it (the service's, or the triage queue's for "don't know"). A rule naming a queue that does
 * not exist, or one the organisation may not use, sends the contact to triage instead. Rules are
 * kept in memory for ten seconds ({@link KeptPerOrganisation}); queues come from Hibernate's entity cache.
 */
@ApplicationScoped
public class Router {

    private final QueueRepository queues;
    private final RoutingConfig config;
    private final KeptPerOrganisation<List<RuleBook.Rule>> rules;
    private final Map<String, UUID> queueIdsByCode = new ConcurrentHashMap<>();

    public Router(QueueRepository queues, RoutingConfig config, RoutingRuleRepository rules,
                  TransactionSynchronizationRegistry transactions) {
        this.queues = queues;
        this.config = config;
        this.rules = new KeptPerOrganisation<>("routing-rules",
                organisation -> rules.enabledOf(organisation).stream().map(RoutingRule::toRule).toList(), transactions);
    }

    /** The queue reached, the decision and the reason in words. */
    public record Routed(Queue queue, RuleBook.Decision decision, String reason) {
    }

    /**
     * Where a contact naming no service belongs when its organisation is known anyway (it came to
     * a mailbox): that organisation's rules, then its queue ({@code queueCode}; null: triage).
     */
    public record Home(String organisation, String queueCode) {
    }

    public Routed route(RoutingFacts facts, KnownService service) {
        return route(facts, service, null);
    }

    public Routed route(RoutingFacts facts, KnownService service, Home home) {
        Queue triage = triageQueue();
        String organisation = service != null ? service.organisation : home != null ? home.organisation() : triage.organisation;
        String fallbackQueue = service == null && home != null && home.queueCode() != null ? home.queueCode() : triage.code;
        RuleBook.ServiceDefaults defaults = service == null ? null
                : new RuleBook.ServiceDefaults(service.defaultQueue, service.requiredSkills, service.priority);
        RuleBook.Decision decision = new RuleBook(rules.of(organisation)).decide(facts, defaults, fallbackQueue);
        Optional<Queue> queue = queue(decision.queueCode())
                .filter(candidate -> candidate.organisation.equals(organisation) || candidate.visibleTo(organisation));
        if (queue.isEmpty()) {
            return new Routed(triage, decision, decision.reason() + "; queue " + decision.queueCode()
                    + " is not one " + organisation + " may use, so triage");
        }
        return new Routed(queue.get(), decision, decision.reason());
    }

    public Queue triageQueue() {
        return queue(config.triageQueue())
                .orElseThrow(() -> new IllegalStateException("triage queue " + config.triageQueue() + " missing"));
    }

    /** A queue by its code: codes never change, so the id is remembered and the queue read from the entity cache. */
    Optional<Queue> queue(String code) {
        UUID id = queueIdsByCode.get(code);
        if (id != null) {
            Queue queue = queues.findById(id);
            if (queue != null) {
                return Optional.of(queue);
            }
            queueIdsByCode.remove(code);
        }
        Optional<Queue> found = queues.findByCode(code);
        found.ifPresent(queue -> queueIdsByCode.put(code, queue.id));
        return found;
    }

    /** This replica changed an organisation's rules: read them again once the change has committed. */
    public void forgetRules(String organisation) {
        rules.forget(organisation);
    }
}
