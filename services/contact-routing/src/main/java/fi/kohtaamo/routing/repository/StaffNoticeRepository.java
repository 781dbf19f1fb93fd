package fi.kohtaamo.routing.repository;

import fi.kohtaamo.routing.domain.Contact;
import fi.kohtaamo.routing.domain.ContactEntry;
import fi.kohtaamo.routing.domain.StaffNotice;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;
import java.util.Optional;

/** Staff notices: raised once per history line and person, read by their recipient. */
@ApplicationScoped
public class StaffNoticeRepository implements PanacheRepositoryBase<StaffNotice, Long> {

    /**
     * Raises a notice of this kind about this history line for one person, unless it was raised
     * before (the unique {@code staff_notice_once}): its id when new, empty when it was there.
     */
    public Optional<Long> raiseOnce(StaffNotice.Kind kind, Contact contact, ContactEntry entry, String recipient,
                                    boolean inWorkspace) {
        @SuppressWarnings("unchecked")
        List<Number> inserted = getEntityManager().createNativeQuery("""
                insert into staff_notice (recipient, organisation, kind, contact_id, tracking_code, entry_id, in_workspace, created_at)
                values (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)
                on conflict on constraint staff_notice_once do nothing returning id""")
                .setParameter(1, recipient).setParameter(2, contact.organisation).setParameter(3, kind.name())
                .setParameter(4, contact.id).setParameter(5, contact.trackingCode).setParameter(6, entry.id)
                .setParameter(7, inWorkspace).setParameter(8, entry.at).getResultList();
        return inserted.isEmpty() ? Optional.empty() : Optional.of(inserted.get(0).longValue());
    }

    /** How many of a person's workspace notices in their organisation are unread. */
    public long unreadOf(String recipient, String organisation) {
        return count("recipient = ?1 and organisation = ?2 and inWorkspace = true and readAt is null", recipient, organisation);
    }

    /** A person's newest workspace notices in their organisation, at most {@code limit}. */
    public List<StaffNotice> newestOf(String recipient, String organisation, int limit) {
        return find("recipient = ?1 and organisation = ?2 and inWorkspace = true order by createdAt desc, id desc",
                recipient, organisation).page(0, limit).list();
    }
}
