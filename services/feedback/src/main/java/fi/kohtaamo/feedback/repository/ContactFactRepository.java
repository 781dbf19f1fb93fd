package fi.kohtaamo.feedback.repository;

import fi.kohtaamo.feedback.domain.ContactFact;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class ContactFactRepository implements PanacheRepositoryBase<ContactFact, UUID> {

    public record Volume(UUID serviceId, String channel, long contacts) {
    }

    /** Contacts per service and channel for one organisation in [from, to). */
    public List<Volume> volumes(String organisation, Instant from, Instant to) {
        return getEntityManager().createQuery("""
                        select new fi.kohtaamo.feedback.repository.ContactFactRepository$Volume(f.serviceId, f.channel, count(f))
                        from ContactFact f
                        where f.organisation = :organisation and f.receivedAt >= :from and f.receivedAt < :to
                        group by f.serviceId, f.channel
                        order by count(f) desc, f.channel""", Volume.class)
                .setParameter("organisation", organisation)
                .setParameter("from", from)
                .setParameter("to", to)
                .getResultList();
    }

    /**
     * Service-level attainment per service and channel for contacts received in [from, to): how
     * many were answered and resolved, and how many of those by their deadline (a contact whose
     * queue promises no service level counts as on time).
     */
    public record Attainment(UUID serviceId, String channel, long contacts, long answered, long answeredOnTime,
                             long resolved, long resolvedOnTime) {
    }

    public List<Attainment> attainment(String organisation, Instant from, Instant to) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = getEntityManager().createNativeQuery("""
                select service_id, channel, count(*),
                       count(first_responded_at),
                       count(*) filter (where first_responded_at is not null
                                          and (first_response_due is null or first_responded_at <= first_response_due)),
                       count(resolved_at),
                       count(*) filter (where resolved_at is not null
                                          and (resolution_due is null or resolved_at <= resolution_due))
                  from contact_fact
                 where organisation = ?1 and received_at >= ?2 and received_at < ?3
                 group by service_id, channel
                 order by count(*) desc, channel""")
                .setParameter(1, organisation).setParameter(2, from).setParameter(3, to).getResultList();
        return rows.stream().map(row -> new Attainment((UUID) row[0], (String) row[1], number(row[2]), number(row[3]),
                number(row[4]), number(row[5]), number(row[6]))).toList();
    }

    private static long number(Object value) {
        return ((Number) value).longValue();
    }

    /**
     * The registry clients of the organisation's contacts in [from, to), of one service and/or one
     * channel: the audience of a client-satisfaction survey.
     */
    public List<UUID> clientsOf(String organisation, UUID serviceId, String channel, Instant from, Instant to) {
        return getEntityManager().createQuery("""
                        select distinct f.clientId from ContactFact f
                        where f.organisation = :organisation and f.clientId is not null
                          and f.receivedAt >= :from and f.receivedAt < :to
                          and (:service is null or f.serviceId = :service)
                          and (:channel is null or f.channel = :channel)""", UUID.class)
                .setParameter("organisation", organisation).setParameter("from", from).setParameter("to", to)
                .setParameter("service", serviceId).setParameter("channel", channel).getResultList();
    }

    /** A client's contacts, oldest first. */
    public List<ContactFact> ofClient(UUID clientId) {
        return list("clientId", Sort.by("receivedAt"), clientId);
    }

    /** The facts keep counting without the client (an erasure); answers how many changed. */
    public int detachClient(UUID clientId) {
        return update("clientId = null where clientId = ?1", clientId);
    }

    /** The client {@code from} is now {@code to} (a merge); answers how many changed. */
    public int repointClient(UUID from, UUID to) {
        return update("clientId = ?1 where clientId = ?2", to, from);
    }
}
