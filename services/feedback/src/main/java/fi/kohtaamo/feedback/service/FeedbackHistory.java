package fi.kohtaamo.feedback.service;

import fi.kohtaamo.feedback.domain.Feedback;
import fi.kohtaamo.feedback.domain.FeedbackEntry;
import fi.kohtaamo.feedback.repository.FeedbackEntryRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Every change of a feedback as a history line. */
@ApplicationScoped
public class FeedbackHistory {

    private final FeedbackEntryRepository entries;

    public FeedbackHistory(FeedbackEntryRepository entries) {
        this.entries = entries;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void record(Feedback feedback, FeedbackEntry.Kind kind, String actor, Instant at, Map<String, Object> details) {
        FeedbackEntry entry = new FeedbackEntry();
        entry.feedbackId = feedback.id;
        entry.kind = kind;
        entry.actor = actor;
        entry.at = at;
        entry.details = details == null ? new LinkedHashMap<>() : new LinkedHashMap<>(details);
        entry.persist();
    }

    public List<FeedbackEntry> of(Feedback feedback) {
        return entries.ofFeedback(feedback.id);
    }
}
