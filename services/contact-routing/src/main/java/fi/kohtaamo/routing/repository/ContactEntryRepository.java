package fi.kohtaamo.routing.repository;

import fi.kohtaamo.routing.domain.ContactEntry;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class ContactEntryRepository implements PanacheRepositoryBase<ContactEntry, Long> {

    /** A contact's history, in the order it was written. */
    public List<ContactEntry> ofContact(UUID contactId) {
        return list("contactId = ?1 order by id", contactId);
    }

    /** A contact's entries of one kind, oldest first (a call-back's call attempts). */
    public List<ContactEntry> ofContact(UUID contactId, ContactEntry.Kind kind) {
        return list("contactId = ?1 and kind = ?2 order by id", contactId, kind);
    }

    /** The entries of a contact's history the client sees, in the order they were written. */
    public List<ContactEntry> visibleToClientOf(UUID contactId) {
        return list("contactId = ?1 and visibleToClient = true order by id", contactId);
    }

    /** Replaces every text of the contacts' entries (an erasure: the messages may hold anything personal). */
    public int replaceBodiesOf(List<UUID> contactIds, String text) {
        return update("body = ?1 where body is not null and contactId in ?2", text, contactIds);
    }

    /** Removes every text of the contacts' entries (retention); what happened, when and by whom stays. */
    public int clearBodiesOf(List<UUID> contactIds) {
        return update("body = null where body is not null and contactId in ?1", contactIds);
    }
}
