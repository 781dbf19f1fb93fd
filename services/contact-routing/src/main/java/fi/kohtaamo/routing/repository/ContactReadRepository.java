package fi.kohtaamo.routing.repository;

import fi.kohtaamo.routing.domain.ContactRead;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class ContactReadRepository implements PanacheRepositoryBase<ContactRead, Long> {

    /** A staff read of one of a citizen's contacts, with the contact's tracking code. */
    public record OfClient(Instant at, String organisation, String roles, String action, String trackingCode) {
    }

    /**
     * Reads of the contacts a citizen submitted signed in ({@code subject}) or that are their
     * client's ({@code clientId}, may be null), newest first, at most {@code limit}.
     */
    public List<OfClient> ofClient(String subject, UUID clientId, int limit) {
        List<Object[]> rows = getEntityManager().createQuery("""
                        select r.at, r.actorOrganisation, r.actorRoles, r.action, c.trackingCode
                          from ContactRead r, Contact c
                         where c.id = r.contactId and (c.clientSubject = :subject or c.clientId = :client)
                         order by r.at desc""", Object[].class)
                .setParameter("subject", subject).setParameter("client", clientId)
                .setMaxResults(limit).getResultList();
        return rows.stream().map(row -> new OfClient((Instant) row[0], (String) row[1], (String) row[2], (String) row[3],
                (String) row[4])).toList();
    }
}
