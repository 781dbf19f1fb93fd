package fi.kohtaamo.routing.repository;

import fi.kohtaamo.routing.domain.AutomationRuleVersion;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class AutomationRuleVersionRepository implements PanacheRepositoryBase<AutomationRuleVersion, AutomationRuleVersion.Key> {

    /** A rule's recorded versions, oldest first; they outlive a deleted rule. */
    public List<AutomationRuleVersion> ofRule(UUID ruleId) {
        return list("key.ruleId = ?1 order by key.version", ruleId);
    }
}
