package fi.kohtaamo.feedback.service;

import fi.kohtaamo.caller.Caller;
import fi.kohtaamo.feedback.config.FeedbackConfig;
import fi.kohtaamo.feedback.domain.Survey;
import fi.kohtaamo.feedback.domain.SurveyQuestion;
import fi.kohtaamo.feedback.repository.SurveyInvitationRepository;
import fi.kohtaamo.feedback.repository.SurveyResponseRepository;
import fi.kohtaamo.feedback.repository.SurveyRoundRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A survey's results: response rate, and per question the distribution, average or NPS and the
 * comments. Nothing but the counts of invitations and responses is shown while fewer than the
 * configured minimum have answered.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class SurveyResults {

    /**
     * {@code scale} and {@code scaleLabels} (the names of 1 and 5 in fi, sv and en) say what a 1–5
     * question measures; null for other kinds.
     */
    public record QuestionResult(String code, SurveyQuestion.Kind kind, Map<String, String> text, long answered,
                                 Double average, Map<String, Long> distribution, Integer nps, List<String> comments,
                                 SurveyQuestion.Scale scale, Map<String, SurveyQuestion.Labels> scaleLabels) {
    }

    /** One round of a recurring survey: when it went, how many it invited and how many answered. */
    public record RoundResult(int round, java.time.Instant startedAt, long invited, long responded, Double responseRate) {
    }

    /** {@code round}: the round these figures are of (null: all); {@code rounds}: every round that went. */
    public record Results(UUID surveyId, Survey.Type type, Integer round, long invited, long responded, Double responseRate,
                          boolean suppressed, List<QuestionResult> questions, List<RoundResult> rounds) {
    }

    private final Surveys surveys;
    private final SurveyInvitationRepository invitations;
    private final SurveyResponseRepository responses;
    private final FeedbackConfig config;
    private final SurveyRoundRepository rounds;

    public SurveyResults(Surveys surveys, SurveyInvitationRepository invitations, SurveyResponseRepository responses,
                         FeedbackConfig config, SurveyRoundRepository rounds) {
        this.rounds = rounds;
        this.surveys = surveys;
        this.invitations = invitations;
        this.responses = responses;
        this.config = config;
    }

    /** The survey's results, of one round ({@code round}; 0: what was sent by hand) or of all (null). */
    public Results of(Caller caller, UUID surveyId, Integer round) {
        Survey survey = surveys.get(caller, surveyId);
        int which = round == null ? SurveyResponseRepository.ALL_ROUNDS : round;
        List<RoundResult> rounds = rounds(survey);
        if (round != null && round > 0 && rounds.stream().noneMatch(r -> r.round() == round)) {
            throw fi.kohtaamo.problem.ProblemException.invalid("round", "the survey has no round " + round);
        }
        long invited = invitations.countOfSurvey(survey.id, which);
        long responded = responses.countOfSurvey(survey.id, which);
        Double rate = ManagementView.share(responded, invited);
        if (responded < config.minimumGroupSize()) {
            return new Results(survey.id, survey.type, round, invited, responded, rate, true, List.of(), rounds);
        }
        List<QuestionResult> questions = new ArrayList<>();
        for (SurveyQuestion question : survey.questions) {
            questions.add(question(survey, question, which));
        }
        return new Results(survey.id, survey.type, round, invited, responded, rate, false, questions, rounds);
    }

    private List<RoundResult> rounds(Survey survey) {
        return rounds.ofSurvey(survey.id).stream().map(r -> {
            long invited = invitations.countOfSurvey(survey.id, r.round);
            long responded = responses.countOfSurvey(survey.id, r.round);
            return new RoundResult(r.round, r.startedAt, invited, responded, ManagementView.share(responded, invited));
        }).toList();
    }

    private QuestionResult question(Survey survey, SurveyQuestion question, int round) {
        long answered = responses.answeredCount(survey.id, question.code(), round);
        Map<String, Long> distribution = new LinkedHashMap<>();
        Double average = null;
        Integer nps = null;
        List<String> comments = List.of();
        switch (question.kind()) {
            case SCALE_1_5, NPS_0_10 -> {
                for (int score = question.min(); score <= question.max(); score++) {
                    distribution.put(String.valueOf(score), 0L);
                }
                long sum = 0;
                for (SurveyResponseRepository.ScoreCount row : responses.scoreCounts(survey.id, question.code(), round)) {
                    distribution.put(String.valueOf(row.score()), row.count());
                    sum += row.score() * row.count();
                }
                if (answered > 0) {
                    average = Math.round(sum * 100.0 / answered) / 100.0;
                }
                if (question.kind() == SurveyQuestion.Kind.NPS_0_10 && answered > 0) {
                    long promoters = distribution.get("9") + distribution.get("10");
                    long detractors = 0;
                    for (int score = 0; score <= 6; score++) {
                        detractors += distribution.get(String.valueOf(score));
                    }
                    nps = (int) Math.round((promoters - detractors) * 100.0 / answered);
                }
            }
            case SINGLE_CHOICE, MULTIPLE_CHOICE -> {
                question.choices().forEach(choice -> distribution.put(choice.code(), 0L));
                for (SurveyResponseRepository.ChoiceCount row : responses.choiceCounts(survey.id, question.code(), round)) {
                    distribution.put(row.choice(), row.count());
                }
            }
            case FREE_TEXT -> {
                comments = responses.freeTexts(survey.id, question.code(), round);
            }
            default -> throw new IllegalStateException(question.kind().name());
        }
        return new QuestionResult(question.code(), question.kind(), question.text(), answered, average,
                question.kind() == SurveyQuestion.Kind.FREE_TEXT ? null : distribution, nps, comments,
                question.scaleOrDefault(), question.scaleOrDefault() == null ? null : question.scaleOrDefault().allLabels());
    }
}
