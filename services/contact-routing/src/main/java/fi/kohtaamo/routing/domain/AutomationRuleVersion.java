package fi.kohtaamo.routing.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** One version of a automation rule as it was saved. */
@Entity
@Table(name = "automation_rule_version")
public class AutomationRuleVersion extends KeptRuleVersion {
}
