package fi.kohtaamo.feedback.service;

import fi.kohtaamo.caller.Caller;
import fi.kohtaamo.feedback.config.FeedbackConfig;
import fi.kohtaamo.feedback.domain.Survey;
import fi.kohtaamo.feedback.domain.SurveyQuestion;
import fi.kohtaamo.feedback.repository.SurveyInvitationRepository;
import fi.kohtaamo.feedback.repository.SurveyResponseRepository;
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

    public record QuestionResult(String code, SurveyQuestion.Kind kind, Map<String, String> text, long answered,
                                 Double average, Map<String, Long> distribution, Integer nps, List<String> comments) {
    }

    public record Results(UUID surveyId, Survey.Type type, long invited, long responded, Double responseRate,
                          boolean suppressed, List<QuestionResult> questions) {
    }

    private final Surveys surveys;
    private final SurveyInvitationRepository invitations;
    private final SurveyResponseRepository responses;
    private final FeedbackConfig config;

    public SurveyResults(Surveys surveys, SurveyInvitationRepository invitations, SurveyResponseRepository responses,
                         FeedbackConfig config) {
        this.surveys = surveys;
        this.invitations = invitations;
        this.responses = responses;
        this.config = config;
    }

    public Results of(Caller caller, UUID surveyId) {
        Survey survey = surveys.get(caller, surveyId);
        long invited = invitations.countOfSurvey(survey.id);
        long responded = responses.countOfSurvey(survey.id);
        Double rate = ManagementView.share(responded, invited);
        if (responded < config.minimumGroupSize()) {
            return new Results(survey.id, survey.type, invited, responded, rate, true, List.of());
        }
        List<QuestionResult> questions = new ArrayList<>();
        for (SurveyQuestion question : survey.questions) {
            questions.add(question(survey, question));
        }
        return new Results(survey.id, survey.type, invited, responded, rate, false, questions);
    }

    private QuestionResult question(Survey survey, SurveyQuestion question) {
        long answered = responses.answeredCount(survey.id, question.code());
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
                for (SurveyResponseRepository.ScoreCount row : responses.scoreCounts(survey.id, question.code())) {
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
                for (SurveyResponseRepository.ChoiceCount row : responses.choiceCounts(survey.id, question.code())) {
                    distribution.put(row.choice(), row.count());
                }
            }
            case FREE_TEXT -> {
                comments = responses.freeTexts(survey.id, question.code());
            }
            default -> throw new IllegalStateException(question.kind().name());
        }
        return new QuestionResult(question.code(), question.kind(), question.text(), answered, average,
                question.kind() == SurveyQuestion.Kind.FREE_TEXT ? null : distribution, nps, comments);
    }
}
