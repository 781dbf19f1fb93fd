package fi.kohtaamo.routing.domain;

import fi.kohtaamo.routing.rules.RuleBook;
import fi.kohtaamo.routing.rules.RuleConditions;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/** An organisation's routing rule, managed by its supervisors; every version is kept. */
@Entity
@Table(name = "routing_rule")
public class RoutingRule extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(nullable = false)
    public String organisation;

    @Column(nullable = false)
    public int position;

    @Column(nullable = false)
    public String name;

    @Column(nullable = false)
    public boolean enabled = true;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public RuleConditions conditions = RuleConditions.ANY;

    /** Queue code. */
    @Column(name = "target_queue", nullable = false)
    public String targetQueue;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "required_skills", nullable = false)
    public Map<String, Integer> requiredSkills = new HashMap<>();

    public Integer priority;

    /** Counts the rule's versions; the API's optimistic lock. */
    @Column(nullable = false)
    public int version;

    @Column(name = "updated_by", nullable = false)
    public String updatedBy;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    public RuleBook.Rule toRule() {
        return new RuleBook.Rule(id, position, name, version, conditions, targetQueue, requiredSkills, priority);
    }

    public Map<String, Object> snapshot() {
        Map<String, Object> snapshot = new LinkedHashMap<>();
        snapshot.put("organisation", organisation);
        snapshot.put("position", position);
        snapshot.put("name", name);
        snapshot.put("enabled", enabled);
        snapshot.put("conditions", conditions);
        snapshot.put("targetQueue", targetQueue);
        snapshot.put("requiredSkills", requiredSkills);
        snapshot.put("priority", priority);
        return snapshot;
    }
}
