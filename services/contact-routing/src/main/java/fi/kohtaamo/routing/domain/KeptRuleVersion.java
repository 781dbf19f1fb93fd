package fi.kohtaamo.routing.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.MappedSuperclass;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.io.Serializable;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/** One version of a rule (routing or automation) as it was saved: its snapshot, who changed it and when. */
@MappedSuperclass
public abstract class KeptRuleVersion extends PanacheEntityBase {

    @EmbeddedId
    public Key key;

    @Column(nullable = false)
    public String change;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public Map<String, Object> snapshot;

    @Column(name = "changed_by", nullable = false)
    public String changedBy;

    @Column(name = "changed_at", nullable = false)
    public Instant changedAt;

    @Embeddable
    public static class Key implements Serializable {
        @Column(name = "rule_id")
        public UUID ruleId;
        public int version;

        public Key() {
        }

        public Key(UUID ruleId, int version) {
            this.ruleId = ruleId;
            this.version = version;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && key.version == version && Objects.equals(key.ruleId, ruleId);
        }

        @Override
        public int hashCode() {
            return Objects.hash(ruleId, version);
        }
    }
}
