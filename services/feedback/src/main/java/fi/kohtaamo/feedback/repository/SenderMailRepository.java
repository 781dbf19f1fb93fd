package fi.kohtaamo.feedback.repository;

import fi.kohtaamo.feedback.domain.SenderMail;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class SenderMailRepository implements PanacheRepositoryBase<SenderMail, Long> {

    /**
     * Up to {@code limit} unsent mails due by {@code now} with attempts left, longest due first,
     * locked; those another replica is sending are skipped.
     */
    @SuppressWarnings("unchecked")
    public List<Long> lockDue(Instant now, int maxAttempts, int limit) {
        return getEntityManager().createNativeQuery("""
                select id from sender_mail where sent_at is null and attempts < ?1 and next_attempt_at <= ?2
                 order by next_attempt_at limit ?3 for update skip locked""", Long.class)
                .setParameter(1, maxAttempts).setParameter(2, now).setParameter(3, limit).getResultList();
    }

    /** Drops the feedbacks' mails, sent or not: each holds the address and the reply. */
    public long deleteOf(List<UUID> feedbackIds) {
        return delete("feedbackId in ?1", feedbackIds);
    }
}
