package fi.kohtaamo.routing.service;

import fi.kohtaamo.caller.Caller;
import fi.kohtaamo.problem.Problem;
import fi.kohtaamo.problem.ProblemException;
import fi.kohtaamo.routing.config.RoutingConfig;
import fi.kohtaamo.routing.domain.Agent;
import fi.kohtaamo.routing.domain.Contact;
import fi.kohtaamo.routing.domain.ContactEntry;
import fi.kohtaamo.routing.repository.AgentRepository;
import fi.kohtaamo.routing.repository.ContactRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Push mode: waiting contacts are offered, most urgent first, to the least-loaded available agent
 * in push mode who is qualified for them (queue, skills, language) and has room (held contacts
 * and open offers below capacity). An offer lasts {@code kohtaamo.routing.offer-timeout}; one not
 * accepted in time, or declined, goes to the next agent, never back to the same one. While a
 * contact is offered, "next contact" passes it by. Contacts are locked while offered, so two
 * replicas never offer the same contact; an agent's room is re-checked when they accept.
 */
@ApplicationScoped
public class Offers {

    private final Assignment assignment;
    private final ContactHistory history;
    private final ContactRepository contacts;
    private final AgentRepository agents;
    private final RoutingConfig config;

    public Offers(Assignment assignment, ContactHistory history, ContactRepository contacts, AgentRepository agents,
                  RoutingConfig config) {
        this.assignment = assignment;
        this.history = history;
        this.contacts = contacts;
        this.agents = agents;
        this.config = config;
    }

    /** One pass: expired offers are withdrawn, then waiting contacts offered; returns how many were offered. */
    @Transactional
    public int offer(Instant now) {
        expire(now);
        List<Agent> pushAgents = agents.availableForOffers();
        if (pushAgents.isEmpty()) {
            return 0;
        }
        Map<String, Long> load = contacts.loadsOf(pushAgents.stream().map(agent -> agent.subject).toList());
        List<UUID> queues = pushAgents.stream().flatMap(agent -> agent.queueIds.stream()).distinct().toList();
        List<UUID> waiting = contacts.lockWaitingToOffer(queues, config.offerBatch());
        int offered = 0;
        for (UUID id : waiting) {
            Contact contact = contacts.findById(id);
            Optional<Agent> agent = pushAgents.stream()
                    .filter(candidate -> candidate.queueIds.contains(contact.queue.id))
                    .filter(candidate -> candidate.qualifiedFor(contact.requiredSkills, contact.language))
                    .filter(candidate -> !contact.declinedBy.contains(candidate.subject))
                    .filter(candidate -> load.getOrDefault(candidate.subject, 0L) < candidate.capacity)
                    .min(Comparator.comparingLong((Agent candidate) -> load.getOrDefault(candidate.subject, 0L))
                            .thenComparing(candidate -> candidate.presenceAt));
            if (agent.isEmpty()) {
                continue;
            }
            contact.offerTo(agent.get().subject, now.plus(config.offerTimeout()));
            load.merge(agent.get().subject, 1L, Long::sum);
            history.record(contact, ContactEntry.Kind.OFFERED, ContactHistory.Actor.SYSTEM, false, null,
                    Map.of("agent", agent.get().username, "until", contact.offerExpiresAt.toString()));
            offered++;
        }
        return offered;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Contact> offeredTo(Caller caller) {
        return contacts.offeredTo(caller.subject(), Instant.now());
    }

    @Transactional
    public Contact accept(Caller caller, UUID id) {
        Agent agent = assignment.readyToTake(caller);
        Contact contact = lockedOffer(caller, id);
        assignment.assign(contact, agent, caller, "offer");
        return contact;
    }

    @Transactional
    public void decline(Caller caller, UUID id) {
        Contact contact = lockedOffer(caller, id);
        withdraw(contact, ContactEntry.Kind.OFFER_DECLINED, ContactHistory.Actor.staff(caller));
    }

    private Contact lockedOffer(Caller caller, UUID id) {
        Contact contact = contacts.findForUpdate(id);
        if (contact == null) {
            throw ProblemException.notFound("Contact", id);
        }
        contact.requireOfferedTo(caller.subject(), Instant.now());
        return contact;
    }

    private void expire(Instant now) {
        for (UUID id : contacts.lockExpiredOffers(now)) {
            withdraw(contacts.findById(id), ContactEntry.Kind.OFFER_EXPIRED, ContactHistory.Actor.SYSTEM);
        }
    }

    private void withdraw(Contact contact, ContactEntry.Kind why, ContactHistory.Actor actor) {
        String agent = contact.withdrawOffer();
        history.record(contact, why, actor, false, null, Map.of("agent", agent));
    }
}
