package fi.kohtaamo.feedback.service;

import fi.kohtaamo.caller.Caller;
import fi.kohtaamo.feedback.config.FeedbackConfig;
import fi.kohtaamo.feedback.domain.Survey;
import fi.kohtaamo.feedback.domain.SurveyInvitation;
import fi.kohtaamo.feedback.domain.SurveyQuestion;
import fi.kohtaamo.feedback.domain.SurveyResponse;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
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
    private final EntityManager entityManager;
    private final FeedbackConfig config;

    public SurveyResults(Surveys surveys, EntityManager entityManager, FeedbackConfig config) {
        this.surveys = surveys;
        this.entityManager = entityManager;
        this.config = config;
    }

    public Results of(Caller caller, UUID surveyId) {
        Survey survey = surveys.get(caller, surveyId);
        long invited = SurveyInvitation.count("surveyId", survey.id);
        long responded = SurveyResponse.count("surveyId", survey.id);
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
        String answers = "from survey_answer a join survey_response r on r.id = a.response_id"
                + " where r.survey_id = :survey and a.question_code = :code";
        long answered = ((Number) entityManager.createNativeQuery("select count(*) " + answers)
                .setParameter("survey", survey.id).setParameter("code", question.code()).getSingleResult()).longValue();
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
                for (Object row : entityManager.createNativeQuery("select a.score, count(*) " + answers + " group by 1")
                        .setParameter("survey", survey.id).setParameter("code", question.code()).getResultList()) {
                    Object[] c = (Object[]) row;
                    long count = ((Number) c[1]).longValue();
                    distribution.put(String.valueOf(c[0]), count);
                    sum += ((Number) c[0]).longValue() * count;
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
                for (Object row : entityManager.createNativeQuery("select c.choice, count(*) " + answers.replace(
                                "where", "cross join lateral unnest(a.choices) as c(choice) where") + " group by 1")
                        .setParameter("survey", survey.id).setParameter("code", question.code()).getResultList()) {
                    Object[] c = (Object[]) row;
                    distribution.put((String) c[0], ((Number) c[1]).longValue());
                }
            }
            case FREE_TEXT -> {
                @SuppressWarnings("unchecked")
                List<String> texts = entityManager.createNativeQuery("select a.free_text " + answers
                                + " and a.free_text is not null order by r.responded_at")
                        .setParameter("survey", survey.id).setParameter("code", question.code()).getResultList();
                comments = texts;
            }
            default -> throw new IllegalStateException(question.kind().name());
        }
        return new QuestionResult(question.code(), question.kind(), question.text(), answered, average,
                question.kind() == SurveyQuestion.Kind.FREE_TEXT ? null : distribution, nps, comments);
    }
}
