package fi.kohtaamo.feedback.service;

import fi.kohtaamo.caller.Caller;
import fi.kohtaamo.feedback.config.FeedbackConfig;
import fi.kohtaamo.feedback.domain.Feedback;
import fi.kohtaamo.feedback.domain.FeedbackEntry;
import fi.kohtaamo.feedback.domain.KnownService;
import fi.kohtaamo.feedback.domain.Survey;
import fi.kohtaamo.feedback.domain.SurveyResponse;
import fi.kohtaamo.feedback.repository.FeedbackRepository;
import fi.kohtaamo.feedback.repository.KnownServiceRepository;
import fi.kohtaamo.feedback.repository.SurveyRepository;
import fi.kohtaamo.feedback.repository.SurveyResponseRepository;
import fi.kohtaamo.outbox.Outbox;
import fi.kohtaamo.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * An organisation's feedback and survey answers from an earlier system, with their own times, so
 * that the management view's charts start from its history (contact routing imports the contacts
 * the same way). No sender comes along: imported feedback and answers are anonymous. One batch is
 * one transaction; an item is named by its index when refused; an id imported before is skipped.
 */
@ApplicationScoped
public class FeedbackImports {

    /** The earliest time taken: older records are no customer service's history but a typo. */
    static final Instant EARLIEST = Instant.parse("1970-01-01T00:00:00Z");

    /** Who received imported feedback, in its history. */
    static final String IMPORT_ACTOR = "history-import";

    private final FeedbackConfig config;
    private final Themes themes;
    private final FeedbackHistory history;
    private final Outbox outbox;
    private final FeedbackRepository feedbacks;
    private final KnownServiceRepository services;
    private final SurveyRepository surveys;
    private final SurveyResponseRepository responses;
    private final SurveyAnswering answering;

    public FeedbackImports(FeedbackConfig config, Themes themes, FeedbackHistory history, Outbox outbox,
                           FeedbackRepository feedbacks, KnownServiceRepository services, SurveyRepository surveys,
                           SurveyResponseRepository responses, SurveyAnswering answering) {
        this.config = config;
        this.themes = themes;
        this.history = history;
        this.outbox = outbox;
        this.feedbacks = feedbacks;
        this.services = services;
        this.surveys = surveys;
        this.responses = responses;
        this.answering = answering;
    }

    /** Feedback as the earlier system had it; {@code answeredAt} and {@code closedAt} may be absent. */
    public record PastFeedback(String externalId, String kind, UUID serviceId, String channel, String language,
                               String text, List<String> themes, Instant receivedAt, Instant answeredAt, Instant closedAt) {
    }

    /** A survey answer as the earlier system had it. */
    public record PastAnswer(String externalId, String language, Instant respondedAt, List<SurveyAnswering.Answer> answers) {
    }

    /** What became of one item; {@code created} is false when it had been imported before. */
    public record Imported(String externalId, UUID id, boolean created) {
    }

    @Transactional
    public List<Imported> importFeedback(Caller caller, List<PastFeedback> batch) {
        String organisation = Surveys.requireManager(caller);
        Instant now = Instant.now();
        List<Imported> imported = new ArrayList<>(batch.size());
        for (int i = 0; i < batch.size(); i++) {
            imported.add(importOne(batch.get(i), "feedback[" + i + "]", organisation, now));
        }
        return imported;
    }

    private Imported importOne(PastFeedback past, String path, String organisation, Instant now) {
        var earlier = feedbacks.imported(organisation, past.externalId());
        if (earlier.isPresent()) {
            return new Imported(past.externalId(), earlier.get().id, false);
        }
        Feedback.Kind kind = parseKind(past.kind(), path);
        KnownService service = past.serviceId() == null ? null : services.findByIdOptional(past.serviceId())
                .filter(known -> organisation.equals(known.organisation))
                .orElseThrow(() -> ProblemException.invalid(path + ".serviceId", "no service of your organisation in the catalogue"));
        if (past.receivedAt().isBefore(EARLIEST)) {
            throw ProblemException.invalid(path + ".receivedAt", "must be in 1970 or later");
        }
        Instant received = micros(past.receivedAt());
        Instant answered = past.answeredAt() == null ? null : micros(past.answeredAt());
        Instant closed = past.closedAt() == null ? null : micros(past.closedAt());
        requireNotBefore(path + ".answeredAt", answered, received);
        requireNotBefore(path + ".closedAt", closed, answered != null ? answered : received);
        Instant last = closed != null ? closed : answered != null ? answered : received;
        if (last.isAfter(now)) {
            throw ProblemException.invalid(path + ".receivedAt", "the feedback's times must be in the past");
        }
        List<String> checkedThemes = themes.check(organisation, past.themes() == null ? List.of() : past.themes(), path + ".themes");
        Feedback feedback = Feedback.imported(past.externalId(), kind, organisation, past.channel(), past.language(),
                past.text().strip(), checkedThemes, received, config.replyTarget(), answered, closed);
        if (service != null) {
            feedback.serviceId = service.serviceId;
            feedback.serviceGroup = service.group;
        }
        feedback.persist();
        history.record(feedback, FeedbackEntry.Kind.RECEIVED, IMPORT_ACTOR, received, Map.of("imported", true, "kind", kind, "channel", past.channel()));
        outbox.emit(Feedbacks.RECEIVED, feedback.id.toString(), FeedbackEventV1.of(feedback, received));
        return new Imported(past.externalId(), feedback.id, true);
    }

    @Transactional
    public List<Imported> importAnswers(Caller caller, UUID surveyId, List<PastAnswer> batch) {
        String organisation = Surveys.requireManager(caller);
        Survey survey = surveys.findByIdOptional(surveyId).filter(found -> organisation.equals(found.organisation))
                .orElseThrow(() -> ProblemException.notFound("Survey", surveyId));
        Instant now = Instant.now();
        List<Imported> imported = new ArrayList<>(batch.size());
        for (int i = 0; i < batch.size(); i++) {
            PastAnswer past = batch.get(i);
            String path = "responses[" + i + "]";
            var earlier = responses.imported(survey.id, past.externalId());
            if (earlier.isPresent()) {
                imported.add(new Imported(past.externalId(), earlier.get().id, false));
                continue;
            }
            if (past.respondedAt().isBefore(EARLIEST)) {
                throw ProblemException.invalid(path + ".respondedAt", "must be in 1970 or later");
            }
            if (past.respondedAt().isAfter(now)) {
                throw ProblemException.invalid(path + ".respondedAt", "must be in the past");
            }
            SurveyResponse response = answering.record(survey, null,
                    SurveyAnswering.check(survey, past.answers(), path + ".answers"), past.language(),
                    micros(past.respondedAt()), null, past.externalId());
            imported.add(new Imported(past.externalId(), response.id, true));
        }
        return imported;
    }

    private static Feedback.Kind parseKind(String kind, String path) {
        try {
            return Feedback.Kind.valueOf(kind);
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalid(path + ".kind", "must be PRAISE, COMPLAINT, SUGGESTION, QUESTION or OTHER");
        }
    }

    private static void requireNotBefore(String field, Instant value, Instant earliest) {
        if (value != null && value.isBefore(earliest)) {
            throw ProblemException.invalid(field, "must not be before the feedback's earlier steps");
        }
    }

    /** PostgreSQL keeps microseconds: the stored and the announced times must be the same. */
    private static Instant micros(Instant time) {
        return time.truncatedTo(ChronoUnit.MICROS);
    }
}
