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

    /** An agent's figures for a period, with the agent's name. */
    public record AgentFigures(Agent agent, ContactRepository.Handled handled) {
    }

    /**
     * Per agent of the caller's organisation: resolutions in the days {@code from}..{@code to}
     * (inclusive, Europe/Helsinki) of the queues the organisation sees, and how they were handled.
     * Agents who resolved nothing are listed with zeros, so that the table has the whole team.
     */
    public List<AgentFigures> agentFigures(Caller caller, java.time.LocalDate from, java.time.LocalDate to) {
        if (to.isBefore(from)) {
            throw fi.kohtaamo.problem.ProblemException.invalid("to", "must not be before from");
        }
        if (from.plusDays(366).isBefore(to)) {
            throw fi.kohtaamo.problem.ProblemException.invalid("to", "at most 366 days after from");
        }
        String organisation = caller.requireOrganisation();
        java.time.ZoneId helsinki = java.time.ZoneId.of("Europe/Helsinki");
        List<UUID> visible = queues.visibleTo(organisation).stream().map(queue -> queue.id).toList();
        Map<String, ContactRepository.Handled> handled = new java.util.HashMap<>();
        contacts.handledByAgentsOf(organisation, visible, from.atStartOfDay(helsinki).toInstant(),
                to.plusDays(1).atStartOfDay(helsinki).toInstant()).forEach(one -> handled.put(one.agent(), one));
        return agents.ofOrganisation(organisation).stream().map(agent -> new AgentFigures(agent,
                handled.getOrDefault(agent.subject, new ContactRepository.Handled(agent.subject, 0, 0, 0, 0, 0)))).toList();
    }
}
