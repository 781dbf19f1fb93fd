package fi.kohtaamo.feedback.repository;

import fi.kohtaamo.feedback.domain.SenderMail;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class SenderMailRepository implements PanacheRepositoryBase<SenderMail, Long> {

    /** Drops the feedbacks' mails, sent or not: each holds the address and the reply. */
    public long deleteOf(List<UUID> feedbackIds) {
        return delete("feedbackId in ?1", feedbackIds);
    }
}
