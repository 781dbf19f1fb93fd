package fi.kohtaamo.routing.repository;

import fi.kohtaamo.routing.domain.ClientNotice;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class ClientNoticeRepository implements PanacheRepositoryBase<ClientNotice, Long> {

    /**
     * Up to {@code limit} unsent notices due by {@code now} with attempts left, longest due first,
     * locked; those another replica is sending are skipped.
     */
    @SuppressWarnings("unchecked")
    public List<Long> lockDue(Instant now, int maxAttempts, int limit) {
        return getEntityManager().createNativeQuery("""
                select id from client_notice where sent_at is null and attempts < ?1 and next_attempt_at <= ?2
                 order by next_attempt_at limit ?3 for update skip locked""", Long.class)
                .setParameter(1, maxAttempts).setParameter(2, now).setParameter(3, limit).getResultList();
    }

    /** The contact of the first of these Message-IDs that is a notice's. */
    public Optional<UUID> contactOfMessageIds(List<String> messageIds) {
        if (messageIds.isEmpty()) {
            return Optional.empty();
        }
        return find("messageId in ?1", messageIds).firstResultOptional().map(notice -> notice.contactId);
    }

    public long deleteOfContacts(List<UUID> contactIds) {
        return delete("contactId in ?1", contactIds);
    }
}
