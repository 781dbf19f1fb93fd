package fi.kohtaamo.feedback.repository;

import fi.kohtaamo.feedback.domain.FeedbackEntry;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class FeedbackEntryRepository implements PanacheRepositoryBase<FeedbackEntry, Long> {

    /** A feedback's history, in the order it was written. */
    public List<FeedbackEntry> ofFeedback(UUID feedbackId) {
        return list("feedbackId", Sort.by("id"), feedbackId);
    }

    /** Drops the handlers' notes on closing from the feedbacks' histories; who did what and when stays. */
    public int removeNotesOf(List<UUID> feedbackIds) {
        return getEntityManager().createNativeQuery("""
                update feedback_entry set details = details - 'note' where feedback_id in (?1) and kind = 'CLOSED'""")
                .setParameter(1, feedbackIds).executeUpdate();
    }
}
