package fi.kohtaamo.routing.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** One version of a routing rule as it was saved. */
@Entity
@Table(name = "routing_rule_version")
public class RoutingRuleVersion extends KeptRuleVersion {
}
