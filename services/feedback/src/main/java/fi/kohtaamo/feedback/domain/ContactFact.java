package fi.kohtaamo.feedback.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** This service's record of a received contact: what the management view counts. */
@Entity
@Table(name = "contact_fact")
public class ContactFact extends PanacheEntityBase {

    @Id
    @Column(name = "contact_id")
    public UUID contactId;

    @Column(name = "service_id")
    public UUID serviceId;

    @Column(name = "queue_code", nullable = false)
    public String queueCode;

    @Column(nullable = false)
    public String organisation;

    @Column(nullable = false)
    public String channel;

    @Column(nullable = false)
    public String language;

    @Column(name = "received_at", nullable = false)
    public Instant receivedAt;

    /** The registry's client id, when the contact named one; null once the client is erased. */
    @Column(name = "client_id")
    public UUID clientId;

    @Column(name = "service_group")
    public String serviceGroup;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(nullable = false)
    public List<String> segments = new ArrayList<>();

    public Integer priority;

    @Column(name = "first_responded_at")
    public Instant firstRespondedAt;

    @Column(name = "first_response_due")
    public Instant firstResponseDue;

    @Column(name = "resolution_due")
    public Instant resolutionDue;

    @Column(name = "first_response_breached", nullable = false)
    public boolean firstResponseBreached;

    @Column(name = "resolution_breached", nullable = false)
    public boolean resolutionBreached;

    @Column(name = "resolved_at")
    public Instant resolvedAt;

    @Column(name = "resolution_code")
    public String resolutionCode;

    @Column(name = "closed_at")
    public Instant closedAt;

    /** When the lifecycle event this row last took in happened; older ones are ignored. */
    @Column(name = "changed_at")
    public Instant changedAt;

    /** The first response came by its deadline (or none was set). Null while there is none. */
    public Boolean firstResponseOnTime() {
        return firstRespondedAt == null ? null : firstResponseDue == null || !firstRespondedAt.isAfter(firstResponseDue);
    }

    /** Resolved by its deadline (or none was set). Null while unresolved. */
    public Boolean resolvedOnTime() {
        return resolvedAt == null ? null : resolutionDue == null || !resolvedAt.isAfter(resolutionDue);
    }
}
