package fi.kohtaamo.routing.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Cacheable;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * A queue's service levels: first-response and resolution targets per priority in business
 * minutes, when a target counts as at risk, and what happens on a breach (raise the priority,
 * move a contact no one has taken to an overflow queue).
 */
@Entity
@Cacheable
@Table(name = "sla_policy")
public class SlaPolicy extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(nullable = false, unique = true)
    public String code;

    @Column(nullable = false)
    public String organisation;

    @Column(nullable = false)
    public String name;

    @Column(name = "at_risk_share", nullable = false)
    public BigDecimal atRiskShare = new BigDecimal("0.75");

    @Column(name = "raise_priority", nullable = false)
    public boolean raisePriority = true;

    /** Queue code; null: breached contacts stay where they are. */
    @Column(name = "overflow_queue")
    public String overflowQueue;

    @org.hibernate.annotations.Cache(usage = org.hibernate.annotations.CacheConcurrencyStrategy.READ_WRITE)
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "sla_target", joinColumns = @JoinColumn(name = "policy_id"))
    public List<Target> targets = new ArrayList<>();

    @Version
    public int version;

    @Embeddable
    public static class Target {
        @Column(nullable = false)
        public int priority;
        @Column(name = "first_response_minutes", nullable = false)
        public int firstResponseMinutes;
        @Column(name = "resolution_minutes", nullable = false)
        public int resolutionMinutes;

        public Target() {
        }

        public Target(int priority, int firstResponseMinutes, int resolutionMinutes) {
            this.priority = priority;
            this.firstResponseMinutes = firstResponseMinutes;
            this.resolutionMinutes = resolutionMinutes;
        }

        public Duration firstResponse() {
            return Duration.ofMinutes(firstResponseMinutes);
        }

        public Duration resolution() {
            return Duration.ofMinutes(resolutionMinutes);
        }
    }

    public Optional<Target> targetFor(int priority) {
        return targets.stream().filter(target -> target.priority == priority).findFirst();
    }
}
