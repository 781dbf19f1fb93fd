package fi.kohtaamo.knowledge.repository;

import fi.kohtaamo.knowledge.domain.WorkflowStep;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class WorkflowStepRepository implements PanacheRepositoryBase<WorkflowStep, UUID> {

    /** A translation's workflow steps, in time order. */
    public List<WorkflowStep> ofTranslation(UUID translationId) {
        return list("translationId", Sort.by("at"), translationId);
    }
}
