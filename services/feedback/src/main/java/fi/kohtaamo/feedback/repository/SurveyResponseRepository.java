package fi.kohtaamo.feedback.repository;

import fi.kohtaamo.feedback.domain.SurveyResponse;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;
import java.util.UUID;

/** Survey responses, and the answers to one question of a survey counted over them. */
@ApplicationScoped
public class SurveyResponseRepository implements PanacheRepositoryBase<SurveyResponse, UUID> {

    private static final String ANSWERS = "from survey_answer a join survey_response r on r.id = a.response_id"
            + " where r.survey_id = :survey and a.question_code = :code";

    public record ScoreCount(long score, long count) {
    }

    public record ChoiceCount(String choice, long count) {
    }

    /** An answer imported before into the survey under the earlier system's id. */
    public java.util.Optional<SurveyResponse> imported(UUID surveyId, String externalId) {
        return find("surveyId = ?1 and externalId = ?2", surveyId, externalId).firstResultOptional();
    }

    public long countOfSurvey(UUID surveyId) {
        return count("surveyId", surveyId);
    }

    /** How many responses answer the question. */
    public long answeredCount(UUID surveyId, String questionCode) {
        return ((Number) getEntityManager().createNativeQuery("select count(*) " + ANSWERS)
                .setParameter("survey", surveyId).setParameter("code", questionCode).getSingleResult()).longValue();
    }

    /** How many answers gave each score (scores nobody gave are absent). */
    public List<ScoreCount> scoreCounts(UUID surveyId, String questionCode) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = getEntityManager().createNativeQuery("select a.score, count(*) " + ANSWERS + " group by 1")
                .setParameter("survey", surveyId).setParameter("code", questionCode).getResultList();
        return rows.stream().map(c -> new ScoreCount(((Number) c[0]).longValue(), ((Number) c[1]).longValue())).toList();
    }

    /** How many answers chose each choice (choices nobody chose are absent). */
    public List<ChoiceCount> choiceCounts(UUID surveyId, String questionCode) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = getEntityManager().createNativeQuery("select c.choice, count(*) " + ANSWERS.replace(
                        "where", "cross join lateral unnest(a.choices) as c(choice) where") + " group by 1")
                .setParameter("survey", surveyId).setParameter("code", questionCode).getResultList();
        return rows.stream().map(c -> new ChoiceCount((String) c[0], ((Number) c[1]).longValue())).toList();
    }

    /** The free texts given to the question, in the order they were answered. */
    @SuppressWarnings("unchecked")
    public List<String> freeTexts(UUID surveyId, String questionCode) {
        return getEntityManager().createNativeQuery("select a.free_text " + ANSWERS
                        + " and a.free_text is not null order by r.responded_at")
                .setParameter("survey", surveyId).setParameter("code", questionCode).getResultList();
    }

    public List<SurveyResponse> ofClient(UUID clientId) {
        return list("clientId", clientId);
    }

    /** The answers a client gave with their name to one organisation's surveys, newest first, at most {@code limit}. */
    public List<SurveyResponse> ofClientWith(UUID clientId, String organisation, int limit) {
        return find("clientId = ?1 and organisation = ?2", Sort.by("respondedAt").descending(), clientId, organisation)
                .page(io.quarkus.panache.common.Page.ofSize(limit)).list();
    }

    /** A client's responses, oldest first. */
    public List<SurveyResponse> ofClientByResponse(UUID clientId) {
        return list("clientId", Sort.by("respondedAt"), clientId);
    }

    /** The responses keep counting without the client (an erasure); answers how many changed. */
    public int detachClient(UUID clientId) {
        return update("clientId = null where clientId = ?1", clientId);
    }

    /** The client {@code from} is now {@code to} (a merge); answers how many changed. */
    public int repointClient(UUID from, UUID to) {
        return update("clientId = ?1 where clientId = ?2", to, from);
    }
}
