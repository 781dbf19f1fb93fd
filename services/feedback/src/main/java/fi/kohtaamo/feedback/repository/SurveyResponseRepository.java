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
            + " where r.survey_id = :survey and a.question_code = :code and (:round < 0 or r.round = :round)";
    /** The round argument that counts every round. */
    public static final int ALL_ROUNDS = -1;

    public record ScoreCount(long score, long count) {
    }

    public record ChoiceCount(String choice, long count) {
    }

    /** An answer imported before into the survey under the earlier system's id. */
    public java.util.Optional<SurveyResponse> imported(UUID surveyId, String externalId) {
        return find("surveyId = ?1 and externalId = ?2", surveyId, externalId).firstResultOptional();
    }

    /** A survey's responses, of one round or of {@link #ALL_ROUNDS}. */
    public long countOfSurvey(UUID surveyId, int round) {
        return round < 0 ? count("surveyId", surveyId) : count("surveyId = ?1 and round = ?2", surveyId, round);
    }

    /** How many responses answer the question. */
    public long answeredCount(UUID surveyId, String questionCode, int round) {
        return ((Number) getEntityManager().createNativeQuery("select count(*) " + ANSWERS)
                .setParameter("survey", surveyId).setParameter("code", questionCode).setParameter("round", round).getSingleResult()).longValue();
    }

    /** How many answers gave each score (scores nobody gave are absent). */
    public List<ScoreCount> scoreCounts(UUID surveyId, String questionCode, int round) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = getEntityManager().createNativeQuery("select a.score, count(*) " + ANSWERS + " group by 1")
                .setParameter("survey", surveyId).setParameter("code", questionCode).setParameter("round", round).getResultList();
        return rows.stream().map(c -> new ScoreCount(((Number) c[0]).longValue(), ((Number) c[1]).longValue())).toList();
    }

    /** How many answers chose each choice (choices nobody chose are absent). */
    public List<ChoiceCount> choiceCounts(UUID surveyId, String questionCode, int round) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = getEntityManager().createNativeQuery("select c.choice, count(*) " + ANSWERS.replace(
                        "where", "cross join lateral unnest(a.choices) as c(choice) where") + " group by 1")
                .setParameter("survey", surveyId).setParameter("code", questionCode).setParameter("round", round).getResultList();
        return rows.stream().map(c -> new ChoiceCount((String) c[0], ((Number) c[1]).longValue())).toList();
    }

    /** The free texts given to the question, in the order they were answered. */
    @SuppressWarnings("unchecked")
    public List<String> freeTexts(UUID surveyId, String questionCode, int round) {
        return getEntityManager().createNativeQuery("select a.free_text " + ANSWERS
                        + " and a.free_text is not null order by r.responded_at")
                .setParameter("survey", surveyId).setParameter("code", questionCode).setParameter("round", round).getResultList();
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

    /** One survey type's figures in a period: invitations made, responses, the CSAT and NPS answers. */
    public record TypeFigures(String type, long invited, long responses, long csatAnswers, Double csatAverage,
                              long npsAnswers, long promoters, long detractors) {
    }

    /**
     * Per survey type, of one organisation (or every one, with null), in [from, to): invitations
     * made and responses given in the period, with their CSAT and NPS answers.
     */
    @SuppressWarnings("unchecked")
    public List<TypeFigures> byType(String organisation, UUID area, java.time.Instant from, java.time.Instant to) {
        List<Object[]> rows = getEntityManager().createNativeQuery("""
                with invited as (
                    select s.type, count(*) as invited from survey_invitation i join survey s on s.id = i.survey_id
                     where (cast(?1 as text) is null or s.organisation = cast(?1 as text))
                       and i.created_at >= ?2 and i.created_at < ?3
                       and (cast(?4 as uuid) is null or i.contact_id in (select c.contact_id from contact_fact c
                             join known_service ks on ks.service_id = c.service_id where ks.responsibility_area_id = cast(?4 as uuid)))
                     group by s.type),
                answered as (
                    select survey_type as type, count(*) as responses, count(csat) as csat_answers, avg(csat) as csat_average,
                           count(nps) as nps_answers, count(*) filter (where nps >= 9) as promoters,
                           count(*) filter (where nps <= 6) as detractors
                      from survey_response
                     where (cast(?1 as text) is null or organisation = cast(?1 as text))
                       and responded_at >= ?2 and responded_at < ?3
                       and (cast(?4 as uuid) is null or service_id in (select ks.service_id from known_service ks
                             where ks.responsibility_area_id = cast(?4 as uuid)))
                     group by survey_type)
                select coalesce(i.type, a.type), coalesce(i.invited, 0), coalesce(a.responses, 0), coalesce(a.csat_answers, 0),
                       a.csat_average, coalesce(a.nps_answers, 0), coalesce(a.promoters, 0), coalesce(a.detractors, 0)
                  from invited i full join answered a on a.type = i.type
                 order by 1""")
                .setParameter(1, organisation).setParameter(2, from).setParameter(3, to).setParameter(4, area).getResultList();
        return rows.stream().map(row -> new TypeFigures((String) row[0], ((Number) row[1]).longValue(),
                ((Number) row[2]).longValue(), ((Number) row[3]).longValue(),
                row[4] == null ? null : ((Number) row[4]).doubleValue(), ((Number) row[5]).longValue(),
                ((Number) row[6]).longValue(), ((Number) row[7]).longValue())).toList();
    }
}
