package fi.kohtaamo.routing.service;

import fi.kohtaamo.caller.Caller;
import fi.kohtaamo.routing.domain.Agent;
import fi.kohtaamo.routing.domain.Queue;
import fi.kohtaamo.routing.repository.AgentRepository;
import fi.kohtaamo.routing.repository.ContactRepository;
import fi.kohtaamo.routing.repository.QueueRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** The supervisor's picture: per queue, contacts by status, the oldest waiting, at risk and breached; agents' load. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class Supervision {

    private final QueueRepository queues;
    private final ContactRepository contacts;
    private final AgentRepository agents;

    public Supervision(QueueRepository queues, ContactRepository contacts, AgentRepository agents) {
        this.queues = queues;
        this.contacts = contacts;
        this.agents = agents;
    }

    public record QueueFigures(Queue queue, long queued, long assigned, long waitingForClient, Instant oldestQueuedSince,
                               long atRisk, long breached, long agentsAvailable, long agentsMembers) {
    }

    public record AgentLoad(Agent agent, long assigned, long waitingForClient) {
    }

    public List<QueueFigures> queues(Caller caller) {
        List<Queue> visible = queues.visibleTo(caller.requireOrganisation());
        if (visible.isEmpty()) {
            return List.of();
        }
        List<UUID> ids = visible.stream().map(queue -> queue.id).toList();
        Map<UUID, ContactRepository.QueueCounts> open = contacts.openIn(ids);
        Map<UUID, AgentRepository.Membership> members = agents.membershipOf(ids);
        return visible.stream().map(queue -> {
            ContactRepository.QueueCounts counts = open.getOrDefault(queue.id, ContactRepository.QueueCounts.NONE);
            AgentRepository.Membership member = members.getOrDefault(queue.id, AgentRepository.Membership.NONE);
            return new QueueFigures(queue, counts.queued(), counts.assigned(), counts.waitingForClient(),
                    counts.oldestQueuedSince(), counts.atRisk(), counts.breached(), member.available(), member.members());
        }).toList();
    }

    public List<AgentLoad> agents(Caller caller) {
        String organisation = caller.requireOrganisation();
        Map<String, ContactRepository.Held> load = contacts.heldByAgentsOf(organisation);
        return agents.ofOrganisation(organisation).stream()
                .map(agent -> {
                    ContactRepository.Held held = load.getOrDefault(agent.subject, ContactRepository.Held.NONE);
                    return new AgentLoad(agent, held.assigned(), held.waitingForClient());
                }).toList();
    }
}
