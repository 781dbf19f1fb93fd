package fi.kohtaamo.routing.service;

import fi.kohtaamo.routing.config.RoutingConfig;
import fi.kohtaamo.routing.domain.KnownService;
import fi.kohtaamo.routing.domain.Queue;
import fi.kohtaamo.routing.domain.RoutingRule;
import fi.kohtaamo.routing.repository.QueueRepository;
import fi.kohtaamo.routing.rules.RoutingFacts;
import fi.kohtaamo.routing.rules.RuleBook;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;
import java.util.Optional;

/**
 * Decides a contact's queue, skills and priority by the rules of the organisation that answers
 * for it (the service's, or the triage queue's for "don't know"). A rule naming a queue that does
 * not exist, or one the organisation may not use, sends the contact to triage instead.
 */
@ApplicationScoped
public class Router {

    private final QueueRepository queues;
    private final RoutingConfig config;

    public Router(QueueRepository queues, RoutingConfig config) {
        this.queues = queues;
        this.config = config;
    }

    /** The queue reached, the decision and the reason in words. */
    public record Routed(Queue queue, RuleBook.Decision decision, String reason) {
    }

    public Routed route(RoutingFacts facts, KnownService service) {
        Queue triage = triageQueue();
        String organisation = service != null ? service.organisation : triage.organisation;
        List<RuleBook.Rule> rules = RoutingRule.<RoutingRule>list("organisation = ?1 and enabled = true", organisation)
                .stream().map(RoutingRule::toRule).toList();
        RuleBook.ServiceDefaults defaults = service == null ? null
                : new RuleBook.ServiceDefaults(service.defaultQueue, service.requiredSkills, service.priority);
        RuleBook.Decision decision = new RuleBook(rules).decide(facts, defaults, triage.code);
        Optional<Queue> queue = queues.findByCode(decision.queueCode())
                .filter(candidate -> candidate.organisation.equals(organisation) || candidate.visibleTo(organisation));
        if (queue.isEmpty()) {
            return new Routed(triage, decision, decision.reason() + "; queue " + decision.queueCode()
                    + " is not one " + organisation + " may use, so triage");
        }
        return new Routed(queue.get(), decision, decision.reason());
    }

    public Queue triageQueue() {
        return queues.findByCode(config.triageQueue())
                .orElseThrow(() -> new IllegalStateException("triage queue " + config.triageQueue() + " missing"));
    }
}
