package fi.kohtaamo.feedback.service;

import fi.kohtaamo.feedback.config.FeedbackConfig;
import fi.kohtaamo.feedback.domain.Feedback;
import fi.kohtaamo.feedback.domain.FeedbackEntry;
import fi.kohtaamo.feedback.repository.FeedbackEntryRepository;
import fi.kohtaamo.feedback.repository.FeedbackRepository;
import fi.kohtaamo.feedback.repository.SenderMailRepository;
import fi.kohtaamo.feedback.repository.SurveyAnswerRepository;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.IntSupplier;

/**
 * The retention rule for texts that may identify a person
 * ({@code kohtaamo.feedback.retention.closed-feedback-texts}, two years): feedback that names no
 * registry client, closed or answered that long ago, loses the sender's text, name, e-mail and
 * sign-in subject, the reply, the handlers' closing notes and its e-mails; anonymous survey
 * answers lose their free-text comments that long after the response. Kind, themes, service,
 * organisation, scores and times stay, so every figure stays. Feedback and answers of a registry
 * client are the registry's: its retention and erasure ({@code client.erased}) reach them.
 */
@ApplicationScoped
public class FeedbackRetention {

    /** In place of the feedback's text and reply (required columns). */
    public static final String REMOVED_TEXT = "[removed at the end of the retention period]";

    private static final Logger LOG = Logger.getLogger(FeedbackRetention.class);

    private final FeedbackConfig.Retention config;
    private final FeedbackRepository feedbacks;
    private final FeedbackEntryRepository entries;
    private final SenderMailRepository mails;
    private final SurveyAnswerRepository answers;
    private final FeedbackHistory history;

    public FeedbackRetention(FeedbackConfig config, FeedbackRepository feedbacks, FeedbackEntryRepository entries,
                             SenderMailRepository mails, SurveyAnswerRepository answers, FeedbackHistory history) {
        this.config = config.retention();
        this.feedbacks = feedbacks;
        this.entries = entries;
        this.mails = mails;
        this.answers = answers;
        this.history = history;
    }

    /** What one run cleared. */
    public record Cleared(int feedback, int surveyTexts) {
    }

    @Scheduled(identity = "feedback-retention", cron = "${kohtaamo.feedback.retention.cron}", timeZone = "Europe/Helsinki",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void job() {
        Cleared cleared = run(Instant.now());
        LOG.infof("retention run removed the texts of %d feedbacks and %d survey comments", cleared.feedback(),
                cleared.surveyTexts());
    }

    /**
     * Clears everything due as of {@code now}, a batch per transaction: this method holds no
     * transaction (nor a connection) between batches, and what is cleared is never taken again.
     */
    public Cleared run(Instant now) {
        Instant cutoff = now.minus(config.closedFeedbackTexts());
        return new Cleared(inBatches(() -> clearFeedbackBatch(cutoff, now)), inBatches(() -> clearSurveyTextBatch(cutoff)));
    }

    private int inBatches(IntSupplier batch) {
        int total = 0;
        int cleared;
        do {
            cleared = batch.getAsInt();
            total += cleared;
        } while (cleared == config.batchSize());
        return total;
    }

    @Transactional
    int clearFeedbackBatch(Instant cutoff, Instant now) {
        // Every replica runs the job: each takes feedback no other replica holds (skip locked).
        List<UUID> ids = feedbacks.lockFinishedAnonymousWithTexts(cutoff, config.batchSize());
        if (ids.isEmpty()) {
            return 0;
        }
        entries.removeNotesOf(ids);
        mails.deleteOf(ids);
        Map<String, Object> details = Map.of("rule", "retention", "period", config.closedFeedbackTexts().toString());
        for (Feedback feedback : feedbacks.withIds(ids)) {
            feedback.removePersonalData(REMOVED_TEXT, now);
            history.record(feedback, FeedbackEntry.Kind.PERSONAL_DATA_REMOVED, "retention", now, details);
        }
        return ids.size();
    }

    @Transactional
    int clearSurveyTextBatch(Instant cutoff) {
        return answers.blankAnonymousFreeTextsBefore(cutoff, config.batchSize());
    }
}
