package fi.kohtaamo.routing.repository;

import fi.kohtaamo.routing.domain.RoutingRule;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class RoutingRuleRepository implements PanacheRepositoryBase<RoutingRule, UUID> {

    /** An organisation's rules in the order they are tried. */
    public List<RoutingRule> ofOrganisation(String organisation) {
        return list("organisation = ?1 order by position, name", organisation);
    }

    /** An organisation's enabled rules (the router orders them itself). */
    public List<RoutingRule> enabledOf(String organisation) {
        return list("organisation = ?1 and enabled = true", organisation);
    }
}
