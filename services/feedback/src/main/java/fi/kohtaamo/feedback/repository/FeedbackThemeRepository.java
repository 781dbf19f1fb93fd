package fi.kohtaamo.feedback.repository;

import fi.kohtaamo.feedback.domain.FeedbackTheme;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;

@ApplicationScoped
public class FeedbackThemeRepository implements PanacheRepositoryBase<FeedbackTheme, FeedbackTheme.Key> {

    /** An organisation's themes, by code. */
    public List<FeedbackTheme> ofOrganisation(String organisation) {
        return list("organisation", Sort.by("code"), organisation);
    }
}
