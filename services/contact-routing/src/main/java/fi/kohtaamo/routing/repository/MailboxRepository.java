package fi.kohtaamo.routing.repository;

import fi.kohtaamo.routing.domain.Mailbox;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class MailboxRepository implements PanacheRepositoryBase<Mailbox, UUID> {

    public List<Mailbox> ofOrganisation(String organisation) {
        return list("organisation = ?1 order by address", organisation);
    }

    public List<UUID> enabledIds() {
        return find("select m.id from Mailbox m where m.enabled = true order by m.id").project(UUID.class).list();
    }

    public boolean addressTaken(String organisation, String address, UUID except) {
        return count("organisation = ?1 and lower(address) = lower(?2) and id <> ?3", organisation, address, except) > 0;
    }

    /** Whether the address is one of the platform's mailboxes: mail from it is a loop. */
    public boolean isMailboxAddress(String address) {
        return address != null && count("lower(address) = lower(?1)", address) > 0;
    }
}
