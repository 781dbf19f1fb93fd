package fi.kohtaamo.routing.domain;

import fi.kohtaamo.routing.automation.AutomationAction;
import fi.kohtaamo.routing.automation.AutomationConditions;
import fi.kohtaamo.routing.automation.Trigger;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * An organisation's automation rule, managed by its supervisors: on the contact events it names,
 * when its conditions hold, its actions are done to the contact. Every version is kept.
 */
@Entity
@Table(name = "automation_rule")
public class AutomationRule extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(nullable = false)
    public String organisation;

    @Column(nullable = false)
    public String name;

    @Column(nullable = false)
    public boolean enabled = true;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public List<Trigger> triggers = new ArrayList<>();

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public AutomationConditions conditions = AutomationConditions.ANY;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public List<AutomationAction> actions = new ArrayList<>();

    /** Counts the rule's versions; the API's optimistic lock. */
    @Column(nullable = false)
    public int version;

    @Column(name = "updated_by", nullable = false)
    public String updatedBy;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    public Map<String, Object> snapshot() {
        Map<String, Object> snapshot = new LinkedHashMap<>();
        snapshot.put("organisation", organisation);
        snapshot.put("name", name);
        snapshot.put("enabled", enabled);
        snapshot.put("triggers", triggers);
        snapshot.put("conditions", conditions);
        snapshot.put("actions", actions);
        return snapshot;
    }
}
