package fi.kohtaamo.feedback.repository;

import fi.kohtaamo.feedback.domain.SurveyRound;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;
import java.util.UUID;

/** The rounds of recurring surveys that went. */
@ApplicationScoped
public class SurveyRoundRepository implements PanacheRepositoryBase<SurveyRound, UUID> {

    /** A survey's rounds, the first first. */
    public List<SurveyRound> ofSurvey(UUID surveyId) {
        return list("surveyId", Sort.by("round"), surveyId);
    }
}
