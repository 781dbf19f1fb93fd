package fi.kohtaamo.routing.repository;

import fi.kohtaamo.routing.domain.AutomationRule;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class AutomationRuleRepository implements PanacheRepositoryBase<AutomationRule, UUID> {

    /** An organisation's rules by name. */
    public List<AutomationRule> ofOrganisation(String organisation) {
        return list("organisation = ?1 order by lower(name), id", organisation);
    }

    /** An organisation's enabled rules, in the order they run (by name). */
    public List<AutomationRule> enabledOf(String organisation) {
        return list("organisation = ?1 and enabled = true order by lower(name), id", organisation);
    }
}
