package fi.kohtaamo.routing.service;

import fi.kohtaamo.caller.Caller;
import fi.kohtaamo.problem.ProblemException;
import fi.kohtaamo.routing.config.RoutingConfig;
import fi.kohtaamo.routing.domain.Agent;
import fi.kohtaamo.routing.domain.Presence;
import fi.kohtaamo.routing.domain.Queue;
import fi.kohtaamo.routing.domain.Tier;
import fi.kohtaamo.routing.repository.AgentRepository;
import fi.kohtaamo.routing.repository.QueueRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Agents are the Keycloak users who work queues, known here from their first request: an agent
 * starts in their organisation's first-line queues, an expert in its expert queues, both offline.
 * Supervisors set skills, languages, capacity and queues.
 */
@ApplicationScoped
public class Agents {

    private final QueueRepository queues;
    private final AgentRepository agents;
    private final RoutingConfig config;

    public Agents(QueueRepository queues, AgentRepository agents, RoutingConfig config) {
        this.queues = queues;
        this.agents = agents;
        this.config = config;
    }

    /** The calling staff member's agent record, created on first sight. */
    @Transactional
    public Agent me(Caller caller) {
        return register(caller);
    }

    Agent register(Caller caller) {
        String organisation = requireStaff(caller);
        Agent agent = agents.findById(caller.subject());
        if (agent != null) {
            agent.supervisor = RoutingRoles.supervises(caller); // roles change in Keycloak; written only when it did
            return agent;
        }
        agent = new Agent();
        agent.subject = caller.subject();
        agent.username = caller.displayName();
        agent.organisation = organisation;
        agent.expert = caller.roles().contains("expert");
        agent.supervisor = RoutingRoles.supervises(caller);
        agent.presence = Presence.OFFLINE;
        agent.presenceAt = Instant.now();
        agent.languages = new ArrayList<>(config.agentLanguages());
        Tier tier = agent.expert ? Tier.EXPERT : Tier.FIRST_LINE;
        for (Queue queue : queues.visibleTo(organisation)) {
            if (queue.organisation.equals(organisation) && queue.tier == tier) {
                agent.queueIds.add(queue.id);
            }
        }
        agent.persist();
        return agent;
    }

    /** Locks the caller's agent row (one assignment decision at a time per agent), registering them on first sight. */
    Agent lockMe(Caller caller) {
        requireStaff(caller);
        Agent agent = agents.findById(caller.subject(), LockModeType.PESSIMISTIC_WRITE);
        return agent != null ? agent : register(caller);
    }

    /** The caller's organisation, when they work queues. */
    private static String requireStaff(Caller caller) {
        if (!RoutingRoles.worksQueues(caller)) {
            throw ProblemException.forbidden("Only staff who work queues are agents");
        }
        return caller.requireOrganisation();
    }

    @Transactional
    public Agent setPresence(Caller caller, Presence presence) {
        Agent agent = register(caller);
        agent.changePresence(presence, Instant.now());
        return agent;
    }

    /** What a supervisor may set on an agent of their organisation; null leaves a value as it is. */
    public record Settings(Map<String, Integer> skills, List<String> languages, Integer capacity, Set<UUID> queueIds,
                           Boolean pushOffers) {
    }

    /** Changes an agent of the supervisor's organisation, the row locked while the version it names is checked. */
    @Transactional
    public Agent update(Caller supervisor, String subject, int expectedVersion, Settings settings) {
        Agent agent = agents.findByIdOptional(subject, LockModeType.PESSIMISTIC_WRITE)
                .orElseThrow(() -> ProblemException.notFound("Agent", subject));
        supervisor.requireSameOrganisation(agent.organisation, "Agent", subject);
        Versions.require(agent.version, expectedVersion, "agent");
        if (settings.skills() != null) {
            agent.skills = new HashMap<>(settings.skills());
        }
        if (settings.languages() != null) {
            agent.languages = new ArrayList<>(new HashSet<>(settings.languages()));
        }
        if (settings.capacity() != null) {
            agent.capacity = settings.capacity();
        }
        if (settings.pushOffers() != null) {
            agent.pushOffers = settings.pushOffers();
        }
        if (settings.queueIds() != null) {
            for (UUID queueId : settings.queueIds()) {
                Queue queue = queues.findByIdOptional(queueId)
                        .orElseThrow(() -> ProblemException.invalid("queueIds", "no queue " + queueId));
                if (!queue.visibleTo(agent.organisation)) {
                    throw ProblemException.invalid("queueIds", "queue " + queue.code + " is not one of "
                            + agent.organisation + "'s queues or shared with it");
                }
            }
            agent.queueIds = new HashSet<>(settings.queueIds());
        }
        agents.flush(); // the answer carries the new version
        return agent;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Agent> ofOrganisation(Caller caller) {
        return agents.ofOrganisation(caller.requireOrganisation());
    }

    /** The caller's organisation's experts who are not offline: whom a contact can be handed to. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Agent> reachableExperts(Caller caller) {
        return agents.reachableExperts(caller.requireOrganisation());
    }
}
