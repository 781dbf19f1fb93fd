package fi.kohtaamo.routing.repository;

import fi.kohtaamo.routing.domain.Contact;
import fi.kohtaamo.routing.domain.ContactStatus;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class ContactRepository implements PanacheRepositoryBase<Contact, UUID> {

    public Optional<Contact> findByTrackingCode(String trackingCode) {
        return find("trackingCode", trackingCode).firstResultOptional();
    }

    public Optional<Contact> findByIdempotencyKey(String submittedBy, String key) {
        return find("submittedBy = ?1 and idempotencyKey = ?2", submittedBy, key).firstResultOptional();
    }

    public boolean trackingCodeTaken(String trackingCode) {
        return count("trackingCode", trackingCode) > 0;
    }

    /** The open contacts of a queue (queued, assigned, waiting for the client), oldest first. */
    public List<Contact> inQueue(UUID queueId, int limit) {
        return find("queue.id = ?1 and status in ?2", Sort.by("receivedAt").and("id"), queueId,
                List.of(ContactStatus.QUEUED, ContactStatus.ASSIGNED, ContactStatus.WAITING_FOR_CLIENT))
                .page(Page.ofSize(limit)).list();
    }

    /** Waiting contacts per queue: how many, and how many of them are at risk of or past their service level. */
    public record Waiting(long waiting, long atRisk, long breached) {
        public static final Waiting NONE = new Waiting(0, 0, 0);
    }

    /** {@link Waiting} for each of the queues, in one query; a queue with nobody waiting is absent. */
    public java.util.Map<UUID, Waiting> waitingIn(List<UUID> queueIds) {
        if (queueIds.isEmpty()) {
            return java.util.Map.of();
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = getEntityManager().createNativeQuery("""
                select queue_id, count(*), count(*) filter (where sla_state = 'AT_RISK'),
                       count(*) filter (where sla_state = 'BREACHED')
                  from contact where queue_id in (?1) and status = 'QUEUED' group by queue_id""")
                .setParameter(1, queueIds).getResultList();
        java.util.Map<UUID, Waiting> figures = new java.util.HashMap<>();
        rows.forEach(row -> figures.put((UUID) row[0], new Waiting(((Number) row[1]).longValue(),
                ((Number) row[2]).longValue(), ((Number) row[3]).longValue())));
        return figures;
    }
}
