package fi.kohtaamo.feedback.repository;

import fi.kohtaamo.feedback.domain.SurveyAnswer;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class SurveyAnswerRepository implements PanacheRepositoryBase<SurveyAnswer, SurveyAnswer.Key> {

    public List<SurveyAnswer> ofResponse(UUID responseId) {
        return list("responseId", responseId);
    }

    /** Blanks the free texts of the responses' answers (an erasure: they may hold anything personal). */
    public int blankFreeTextsOf(List<UUID> responseIds) {
        return update("freeText = null where responseId in ?1 and freeText is not null", responseIds);
    }
}
