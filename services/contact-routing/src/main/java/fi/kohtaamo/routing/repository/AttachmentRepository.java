package fi.kohtaamo.routing.repository;

import fi.kohtaamo.routing.domain.Attachment;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class AttachmentRepository implements PanacheRepositoryBase<Attachment, UUID> {

    public List<Attachment> ofContact(UUID contactId) {
        return list("contactId = ?1 order by createdAt, id", contactId);
    }

    /** The files the client sees: their own and those staff attached for them. */
    public List<Attachment> ofContactForClient(UUID contactId) {
        return list("contactId = ?1 and visibleToClient = true order by createdAt, id", contactId);
    }

    /** Bytes the contact's files hold together (infected ones too: they were stored). */
    public long totalSizeOf(UUID contactId) {
        Long total = getEntityManager().createQuery(
                        "select coalesce(sum(a.sizeBytes), 0) from Attachment a where a.contactId = ?1", Long.class)
                .setParameter(1, contactId).getSingleResult();
        return total == null ? 0 : total;
    }

    /** A file and the tracking code of its contact. */
    public record Owned(Attachment attachment, String trackingCode) {
    }

    /**
     * The files of a data subject's contacts: those they submitted signed in ({@code subject}) and
     * those of the registry client linked to their sign-in ({@code clientId}, may be null): the
     * same contacts their export and their read log cover. Oldest first.
     */
    public List<Owned> ofDataSubject(String subject, UUID clientId) {
        return getEntityManager().createQuery("""
                        select a, c.trackingCode from Attachment a, Contact c
                         where c.id = a.contactId and (c.clientSubject = :subject or c.clientId = :client)
                         order by a.createdAt, a.id""", Object[].class)
                .setParameter("subject", subject).setParameter("client", clientId).getResultList().stream()
                .map(row -> new Owned((Attachment) row[0], (String) row[1])).toList();
    }

    public Optional<Attachment> ofContact(UUID contactId, UUID attachmentId) {
        return find("id = ?1 and contactId = ?2", attachmentId, contactId).firstResultOptional();
    }

    /**
     * Locks a file waiting for a scan that no other replica is scanning: the given one, or the
     * oldest when {@code attachmentId} is null.
     */
    @SuppressWarnings("unchecked")
    public Optional<UUID> lockPendingScan(UUID attachmentId) {
        List<UUID> ids = getEntityManager().createNativeQuery("select id from attachment where scan_state = 'PENDING'"
                        + " and (cast(?1 as uuid) is null or id = cast(?1 as uuid)) order by created_at limit 1 for update skip locked",
                        UUID.class)
                .setParameter(1, attachmentId == null ? null : attachmentId.toString()).getResultList();
        return ids.stream().findFirst();
    }

    /** Removes these files' metadata rows (their bytes go through the store). */
    public long deleteWithIds(Collection<UUID> ids) {
        return delete("id in ?1", ids);
    }

    public List<UUID> idsOfContacts(Collection<UUID> contactIds) {
        return getEntityManager().createQuery("select a.id from Attachment a where a.contactId in ?1", UUID.class)
                .setParameter(1, contactIds).getResultList();
    }
}
