package fi.kohtaamo.feedback.repository;

import fi.kohtaamo.feedback.domain.SurveyAnswer;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class SurveyAnswerRepository implements PanacheRepositoryBase<SurveyAnswer, SurveyAnswer.Key> {

    public List<SurveyAnswer> ofResponse(UUID responseId) {
        return list("responseId", responseId);
    }

    /**
     * Blanks up to {@code limit} free texts of anonymous responses given before {@code cutoff}
     * (retention), skipping rows another replica holds; answers how many (index
     * {@code survey_answer_free_text_idx}). Identified responses are the registry's to erase.
     */
    public int blankAnonymousFreeTextsBefore(Instant cutoff, int limit) {
        return getEntityManager().createNativeQuery("""
                update survey_answer set free_text = null
                 where (response_id, question_code) in (
                       select a.response_id, a.question_code from survey_answer a
                         join survey_response r on r.id = a.response_id
                        where a.free_text is not null and r.client_id is null and r.responded_at < ?1
                        limit ?2 for update of a skip locked)""")
                .setParameter(1, cutoff).setParameter(2, limit).executeUpdate();
    }

    /** Blanks the free texts of the responses' answers (an erasure: they may hold anything personal). */
    public int blankFreeTextsOf(List<UUID> responseIds) {
        return update("freeText = null where responseId in ?1 and freeText is not null", responseIds);
    }
}
