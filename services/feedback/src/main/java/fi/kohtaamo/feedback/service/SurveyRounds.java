package fi.kohtaamo.feedback.service;

import fi.kohtaamo.caller.Caller;
import fi.kohtaamo.feedback.client.RegistryClient;
import fi.kohtaamo.feedback.domain.Recurrence;
import fi.kohtaamo.feedback.domain.Survey;
import fi.kohtaamo.feedback.domain.SurveyDefaults;
import fi.kohtaamo.feedback.domain.SurveyRound;
import fi.kohtaamo.feedback.repository.SurveyRepository;
import fi.kohtaamo.problem.ProblemException;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Recurring surveys: a manager sets how often a survey of a recurring type (the client satisfaction
 * survey) goes again and to whom; a scheduled job sends each round when it is due, asking the
 * registry as this service ({@link fi.kohtaamo.feedback.client.RegistryServiceClient}), since no
 * manager is there. A round the registry cannot answer is tried again on the job's next run.
 */
@ApplicationScoped
public class SurveyRounds {

    private static final Logger LOG = Logger.getLogger(SurveyRounds.class);
    /** Surveys whose rounds one run of the job sends at most (the rest on the next run). */
    static final int BATCH = 20;

    private final Surveys surveys;
    private final SurveyRepository repository;
    private final SurveySendings sendings;
    private final SurveyMails mails;

    public SurveyRounds(Surveys surveys, SurveyRepository repository, SurveySendings sendings, SurveyMails mails) {
        this.surveys = surveys;
        this.repository = repository;
        this.sendings = sendings;
        this.mails = mails;
    }

    /**
     * Every {@code every} {@code unit} to {@code audience}; the first round at {@code firstRoundAt}
     * (default now: the job's next run).
     */
    public record RecurrenceInput(Integer every, Recurrence.Unit unit, SurveySendings.Audience audience, Instant firstRoundAt) {
    }

    /** Sets (or changes) the repetition on the version the manager saw; the survey with its new version. */
    @Transactional
    public Survey repeat(Caller caller, UUID surveyId, RecurrenceInput input, int version) {
        Survey survey = repository.lock(surveys.get(caller, surveyId).id);
        survey.requireVersion(version);
        Instant now = Instant.now();
        SurveyMails.requireSendable(survey, now);
        if (SurveyDefaults.of(survey.type).recurrence() == SurveyDefaults.Recurrence.NONE) {
            throw ProblemException.conflict("Only a recurring survey (client satisfaction) repeats");
        }
        if (input == null) {
            throw ProblemException.invalid("every", "is required");
        }
        if (input.every() == null) {
            throw ProblemException.invalid("every", "is required");
        }
        if (input.unit() == null) {
            throw ProblemException.invalid("unit", "WEEKS or MONTHS");
        }
        Recurrence recurrence = recurrence(input.every(), input.unit());
        if (survey.reminderAfterDays != null
                && Duration.between(now, recurrence.after(now)).toDays() <= survey.reminderAfterDays) {
            throw ProblemException.invalid("every", "a round lasts longer than its reminder's " + survey.reminderAfterDays + " days");
        }
        survey.recurrenceAudience = sendings.check(survey, input.audience());
        survey.recurrenceEvery = recurrence.every();
        survey.recurrenceUnit = recurrence.unit();
        Instant first = input.firstRoundAt() == null ? now : input.firstRoundAt();
        if (survey.closesAt != null && !first.isBefore(survey.closesAt)) {
            throw ProblemException.invalid("firstRoundAt", "must be before the survey closes");
        }
        survey.nextRoundAt = first;
        survey.version++;
        return survey;
    }

    /** No more rounds (those sent stay, with their results); on the version the manager saw. */
    @Transactional
    public Survey stop(Caller caller, UUID surveyId, int version) {
        Survey survey = repository.lock(surveys.get(caller, surveyId).id);
        survey.requireVersion(version);
        if (survey.recurrenceEvery == null) {
            throw ProblemException.conflict("The survey does not repeat");
        }
        survey.recurrenceEvery = null;
        survey.recurrenceUnit = null;
        survey.recurrenceAudience = null;
        survey.nextRoundAt = null;
        survey.version++;
        return survey;
    }

    private static Recurrence recurrence(int every, Recurrence.Unit unit) {
        try {
            return new Recurrence(every, unit);
        } catch (ProblemException e) {
            throw ProblemException.invalid("every", "1–" + (unit == Recurrence.Unit.WEEKS ? Recurrence.MAX_WEEKS
                    : Recurrence.MAX_MONTHS) + " " + unit.name().toLowerCase());
        }
    }

    @Scheduled(identity = "feedback-survey-rounds", cron = "${kohtaamo.feedback.survey-rounds.cron}",
            timeZone = "Europe/Helsinki", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void roundJob() {
        sendDue(Instant.now());
    }

    /** Sends every round due by {@code now}; returns the rounds sent (the module test gives the time). */
    @ActivateRequestContext
    public List<SurveyRound> sendDue(Instant now) {
        List<SurveyRound> sent = new java.util.ArrayList<>();
        for (UUID id : due(now)) {
            try {
                SurveyRound round = sendRound(id, now);
                if (round != null) {
                    sent.add(round);
                }
            } catch (ProblemException e) {
                LOG.warnf("A round of survey %s was not sent (%d %s); tried again on the next run", id,
                        e.problem().status(), e.problem().title());
            }
        }
        return sent;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    List<UUID> due(Instant now) {
        return repository.dueForRound(now, BATCH);
    }

    /**
     * The recipients are asked outside any transaction, then the round is recorded under the survey's
     * lock. The survey is read in a transaction of its own, so that a long-lived session's copy of
     * it (an earlier round's) is never taken for the current one.
     */
    SurveyRound sendRound(UUID surveyId, Instant now) {
        Survey survey = QuarkusTransaction.requiringNew().call(() -> repository.findById(surveyId));
        if (survey == null || survey.nextRoundAt == null || survey.nextRoundAt.isAfter(now) || survey.recurrence() == null) {
            return null;
        }
        Instant due = survey.nextRoundAt;
        List<RegistryClient.Recipient> found = sendings.roundRecipients(survey, due);
        return mails.sendRound(survey.id, due, found, now);
    }
}
