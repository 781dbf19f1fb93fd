package fi.kohtaamo.routing.repository;

import fi.kohtaamo.routing.domain.ClientNotice;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class ClientNoticeRepository implements PanacheRepositoryBase<ClientNotice, Long> {

    /** The contact of the first of these Message-IDs that is a notice's. */
    public Optional<UUID> contactOfMessageIds(List<String> messageIds) {
        if (messageIds.isEmpty()) {
            return Optional.empty();
        }
        return find("messageId in ?1", messageIds).firstResultOptional().map(notice -> notice.contactId);
    }

    /** The contacts' e-mail and SMS notices: they name the client's address or number. */
    public long deleteOfContacts(List<UUID> contactIds) {
        getEntityManager().createQuery("delete from SmsNotice where contactId in ?1").setParameter(1, contactIds).executeUpdate();
        return delete("contactId in ?1", contactIds);
    }
}
