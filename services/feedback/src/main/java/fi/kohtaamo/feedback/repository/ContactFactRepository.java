package fi.kohtaamo.feedback.repository;

import fi.kohtaamo.feedback.domain.ContactFact;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
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
}
