package fi.kohtaamo.feedback.service;

import fi.kohtaamo.caller.Caller;
import fi.kohtaamo.feedback.config.FeedbackConfig;
import fi.kohtaamo.feedback.domain.Feedback;
import fi.kohtaamo.feedback.domain.FeedbackEntry;
import fi.kohtaamo.feedback.domain.KnownService;
import fi.kohtaamo.feedback.domain.Survey;
import fi.kohtaamo.feedback.domain.SurveyResponse;
import fi.kohtaamo.feedback.domain.Tokens;
import fi.kohtaamo.feedback.repository.FeedbackRepository;
import fi.kohtaamo.feedback.repository.KnownServiceRepository;
import fi.kohtaamo.feedback.repository.SurveyRepository;
import fi.kohtaamo.feedback.repository.SurveyResponseRepository;
import fi.kohtaamo.outbox.Outbox;
import fi.kohtaamo.problem.PastRecords;
import fi.kohtaamo.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static fi.kohtaamo.problem.PastRecords.step;

/**
 * An organisation's feedback and survey answers from an earlier system, with their own times, so
 * that the management view's charts start from its history (contact routing imports the contacts
 * the same way, by the same rules: {@link PastRecords}). No sender comes along: imported feedback
 * and answers are anonymous. One batch is one transaction; an item is named by its index when
 * refused; an id imported before is skipped with the same data, refused (422) with other data, and
 * a 409 while a concurrent batch imports it.
 */
@ApplicationScoped
public class FeedbackImports {

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

    /**
     * Received, answered and closed at its own times through the same transitions, history lines
     * and events as live feedback: {@code received}, then {@code answered} (never mailed); closing
     * announces nothing, live or imported.
     */
    private Imported importOne(PastFeedback past, String path, String organisation, Instant now) {
        Feedback.Kind kind = parseKind(past.kind(), path);
        Instant received = micros(past.receivedAt());
        Instant answered = micros(past.answeredAt());
        Instant closed = micros(past.closedAt());
        PastRecords.requireInOrder(path, now, step("receivedAt", received), step("answeredAt", answered), step("closedAt", closed));
        String text = past.text().strip();
        String fingerprint = Tokens.hash(String.join("\u001f", kind.name(), String.valueOf(past.serviceId()), past.channel(),
                past.language(), text, String.valueOf(past.themes()), String.valueOf(received), String.valueOf(answered),
                String.valueOf(closed)));
        var earlier = feedbacks.imported(organisation, past.externalId());
        if (earlier.isPresent()) {
            return earlierImport(earlier.get().id, earlier.get().importFingerprint, fingerprint, past.externalId(), path);
        }
        KnownService service = past.serviceId() == null ? null : services.findByIdOptional(past.serviceId())
                .filter(known -> organisation.equals(known.organisation))
                .orElseThrow(() -> ProblemException.invalid(path + ".serviceId", "no service of your organisation in the catalogue"));
        List<String> checkedThemes = themes.check(organisation, past.themes() == null ? List.of() : past.themes(), path + ".themes");
        Feedback feedback = Feedback.imported(past.externalId(), fingerprint, kind, organisation, past.channel(),
                past.language(), text, checkedThemes, received, config.replyTarget());
        if (service != null) {
            feedback.serviceId = service.serviceId;
            feedback.serviceGroup = service.group;
        }
        feedbacks.persist(feedback);
        PastRecords.insertOnce(path + ".externalId", feedbacks::flush);
        history.record(feedback, FeedbackEntry.Kind.RECEIVED, IMPORT_ACTOR, received, Map.of("imported", true, "kind", kind, "channel", past.channel()));
        outbox.emit(Feedbacks.RECEIVED, feedback.id.toString(), FeedbackEventV1.of(feedback, received));
        if (answered != null) {
            feedback.answer(null, null, answered);
            history.record(feedback, FeedbackEntry.Kind.ANSWERED, IMPORT_ACTOR, answered, Map.of("imported", true, "mailed", false));
            outbox.emit(Feedbacks.ANSWERED, feedback.id.toString(), FeedbackEventV1.answered(feedback, false));
        }
        if (closed != null) {
            feedback.close(closed);
            history.record(feedback, FeedbackEntry.Kind.CLOSED, IMPORT_ACTOR, closed, Map.of("imported", true));
        }
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
            Instant responded = micros(past.respondedAt());
            PastRecords.requireInOrder(path, now, step("respondedAt", responded));
            String fingerprint = Tokens.hash(String.join("\u001f", past.language(), String.valueOf(responded),
                    String.valueOf(past.answers())));
            var earlier = responses.imported(survey.id, past.externalId());
            if (earlier.isPresent()) {
                imported.add(earlierImport(earlier.get().id, earlier.get().importFingerprint, fingerprint, past.externalId(), path));
                continue;
            }
            SurveyResponse response = answering.record(survey, null,
                    SurveyAnswering.check(survey, past.answers(), path + ".answers"), past.language(), responded, null,
                    past.externalId());
            response.importFingerprint = fingerprint;
            PastRecords.insertOnce(path + ".externalId", responses::flush);
            imported.add(new Imported(past.externalId(), response.id, true));
        }
        return imported;
    }

    /**
     * An id imported before: skipped with the same data, refused with other data. An item imported
     * before fingerprints were kept (migration V10) has none and is skipped.
     */
    private static Imported earlierImport(UUID id, String storedFingerprint, String fingerprint, String externalId, String path) {
        if (storedFingerprint != null && !storedFingerprint.equals(fingerprint)) {
            throw PastRecords.importedWithOtherData(path + ".externalId");
        }
        return new Imported(externalId, id, false);
    }

    private static Feedback.Kind parseKind(String kind, String path) {
        try {
            return Feedback.Kind.valueOf(kind);
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalid(path + ".kind", "must be PRAISE, COMPLAINT, SUGGESTION, QUESTION or OTHER");
        }
    }

    /** PostgreSQL keeps microseconds: the stored and the announced times must be the same. */
    private static Instant micros(Instant time) {
        return time == null ? null : time.truncatedTo(ChronoUnit.MICROS);
    }
}
