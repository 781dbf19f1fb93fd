package fi.kohtaamo.webhooks.domain;

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

/**
 * An agency system's subscription: the event types ({@link EventTypes}) of its organisation it wants,
 * sent to {@code url} and signed with {@code secret}; while a rotation's overlap lasts, also with
 * {@code previousSecret}. A receiver answering 410 ends it ({@code active} false, {@code endedReason}).
 */
@Entity
@jakarta.persistence.EntityListeners(fi.kohtaamo.webhooks.service.WantedTypes.Changes.class)
@Table(name = "subscription")
public class Subscription extends PanacheEntityBase {

    @Id
    public UUID id;

    public String organisation;

    public String url;

    public String description;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "event_types")
    public List<String> eventTypes = new ArrayList<>();

    public String secret;

    @Column(name = "previous_secret")
    public String previousSecret;

    @Column(name = "previous_secret_until")
    public Instant previousSecretUntil;

    public boolean active;

    @Column(name = "ended_reason")
    public String endedReason;

    @Column(name = "created_by")
    public String createdBy;

    /** The client id of the agency system that created it; null when an administrator did. */
    @Column(name = "created_by_client")
    public String createdByClient;

    @Column(name = "created_at")
    public Instant createdAt;

    @Column(name = "updated_at")
    public Instant updatedAt;

    public int version;

    /** The secrets that sign a request at {@code now}: the current one, and the previous during its overlap. */
    public List<String> signingSecrets(Instant now) {
        if (previousSecret != null && previousSecretUntil != null && now.isBefore(previousSecretUntil)) {
            return List.of(secret, previousSecret);
        }
        return List.of(secret);
    }

    public boolean wants(String eventType) {
        return active && eventTypes.contains(eventType);
    }
}
