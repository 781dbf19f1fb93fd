package fi.kohtaamo.routing.repository;

import fi.kohtaamo.routing.domain.Agent;
import fi.kohtaamo.routing.domain.Presence;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

@ApplicationScoped
public class AgentRepository implements PanacheRepositoryBase<Agent, String> {

    /** The usernames of these agents by subject (unknown subjects left out): lists show people, not subjects. */
    public java.util.Map<String, String> usernames(java.util.Collection<String> subjects) {
        if (subjects.isEmpty()) {
            return java.util.Map.of();
        }
        return list("subject in ?1", subjects).stream()
                .collect(java.util.stream.Collectors.toMap(agent -> agent.subject, agent -> agent.username));
    }

        /** An organisation's agents, by username. */
    public List<Agent> ofOrganisation(String organisation) {
        return list("organisation = ?1 order by username", organisation);
    }

    /** An organisation's experts who are not offline, by username: whom a contact can be handed to. */
    public List<Agent> reachableExperts(String organisation) {
        return list("organisation = ?1 and expert = true and presence <> ?2 order by username", organisation,
                Presence.OFFLINE);
    }

    /** Everyone who works the queue, whatever their presence: a notice waits for them. */
    public List<Agent> membersOf(UUID queueId) {
        return list("?1 member of queueIds", queueId);
    }

    /** An organisation's supervisors (known from their own requests). */
    public List<Agent> supervisorsOf(String organisation) {
        return list("organisation = ?1 and supervisor = true", organisation);
    }

    /** Available agents who asked to be offered contacts. */
    public List<Agent> availableForOffers() {
        return list("pushOffers = true and presence = ?1", Presence.AVAILABLE);
    }

    /** Members of a queue, and how many of them are available. */
    public record Membership(long members, long available) {
        public static final Membership NONE = new Membership(0, 0);
    }

    /** {@link Membership} of each of the queues, in one query; a queue without members is absent. */
    public Map<UUID, Membership> membershipOf(List<UUID> queueIds) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = getEntityManager().createNativeQuery("""
                select m.queue_id, count(*), count(*) filter (where a.presence = 'AVAILABLE')
                  from agent_queue m join agent a on a.subject = m.subject
                 where m.queue_id in (?1) group by m.queue_id""").setParameter(1, queueIds).getResultList();
        Map<UUID, Membership> members = new HashMap<>();
        rows.forEach(row -> members.put((UUID) row[0],
                new Membership(((Number) row[1]).longValue(), ((Number) row[2]).longValue())));
        return members;
    }

    /** A person of an organisation by the username staff know them by. */
    public java.util.Optional<Agent> byUsername(String organisation, String username) {
        return find("organisation = ?1 and username = ?2", organisation, username).firstResultOptional();
    }
}
