package fi.kohtaamo.routing.service;

import fi.kohtaamo.caller.Caller;
import fi.kohtaamo.routing.domain.Agent;
import fi.kohtaamo.routing.domain.Queue;
import fi.kohtaamo.routing.repository.QueueRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** The supervisor's picture: per queue, contacts by status, the oldest waiting, at risk and breached; agents' load. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class Supervision {

    private final QueueRepository queues;
    private final EntityManager entityManager;

    public Supervision(QueueRepository queues, EntityManager entityManager) {
        this.queues = queues;
        this.entityManager = entityManager;
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
        Map<UUID, Object[]> counts = new HashMap<>();
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager.createNativeQuery("""
                select queue_id,
                       count(*) filter (where status = 'QUEUED'),
                       count(*) filter (where status = 'ASSIGNED'),
                       count(*) filter (where status = 'WAITING_FOR_CLIENT'),
                       min(received_at) filter (where status = 'QUEUED'),
                       count(*) filter (where sla_state = 'AT_RISK'),
                       count(*) filter (where sla_state = 'BREACHED')
                  from contact
                 where queue_id in (?1) and status in ('QUEUED', 'ASSIGNED', 'WAITING_FOR_CLIENT')
                 group by queue_id""").setParameter(1, ids).getResultList();
        rows.forEach(row -> counts.put((UUID) row[0], row));
        Map<UUID, long[]> members = new HashMap<>();
        @SuppressWarnings("unchecked")
        List<Object[]> memberRows = entityManager.createNativeQuery("""
                select m.queue_id, count(*), count(*) filter (where a.presence = 'AVAILABLE')
                  from agent_queue m join agent a on a.subject = m.subject
                 where m.queue_id in (?1) group by m.queue_id""").setParameter(1, ids).getResultList();
        memberRows.forEach(row -> members.put((UUID) row[0],
                new long[] {((Number) row[1]).longValue(), ((Number) row[2]).longValue()}));
        return visible.stream().map(queue -> {
            Object[] row = counts.get(queue.id);
            long[] member = members.getOrDefault(queue.id, new long[] {0, 0});
            if (row == null) {
                return new QueueFigures(queue, 0, 0, 0, null, 0, 0, member[1], member[0]);
            }
            return new QueueFigures(queue, number(row[1]), number(row[2]), number(row[3]), instant(row[4]),
                    number(row[5]), number(row[6]), member[1], member[0]);
        }).toList();
    }

    public List<AgentLoad> agents(Caller caller) {
        String organisation = caller.requireOrganisation();
        Map<String, long[]> load = new HashMap<>();
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager.createNativeQuery("""
                select c.assigned_to, count(*) filter (where c.status = 'ASSIGNED'),
                       count(*) filter (where c.status = 'WAITING_FOR_CLIENT')
                  from contact c join agent a on a.subject = c.assigned_to
                 where a.organisation = ?1 and c.status in ('ASSIGNED', 'WAITING_FOR_CLIENT')
                 group by c.assigned_to""").setParameter(1, organisation).getResultList();
        rows.forEach(row -> load.put((String) row[0], new long[] {number(row[1]), number(row[2])}));
        return Agent.<Agent>list("organisation = ?1 order by username", organisation).stream()
                .map(agent -> {
                    long[] held = load.getOrDefault(agent.subject, new long[] {0, 0});
                    return new AgentLoad(agent, held[0], held[1]);
                }).toList();
    }

    private static long number(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }

    private static Instant instant(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof Instant instant) {
            return instant;
        }
        if (value instanceof java.time.OffsetDateTime offset) {
            return offset.toInstant();
        }
        return ((java.sql.Timestamp) value).toInstant();
    }
}
