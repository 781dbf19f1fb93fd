package fi.kohtaamo.webhooks.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.Generated;

import java.time.Instant;
import java.util.UUID;

/**
 * One event for one subscription. Delivered at least once, with the CloudEvent id as the
 * receiver's idempotency key: PENDING until a 2xx (DELIVERED), retried with back-off, PARKED when
 * the retry window ran out or the receiver ended the subscription. {@code seq} keeps a
 * subscription's deliveries of one {@code orderingKey} (the contact) in order.
 */
@Entity
@Table(name = "delivery")
public class Delivery extends PanacheEntityBase {

    public enum Status { PENDING, DELIVERED, PARKED }

    @Id
    public UUID id;

    @Generated
    @Column(insertable = false, updatable = false)
    public Long seq;

    @Column(name = "subscription_id")
    public UUID subscriptionId;

    @Column(name = "event_id")
    public UUID eventId;

    @Column(name = "event_type")
    public String eventType;

    @Column(name = "ordering_key")
    public String orderingKey;

    /** The CloudEvent as sent, structured mode. */
    public String payload;

    @Enumerated(EnumType.STRING)
    public Status status;

    public int attempts;

    @Column(name = "next_attempt_at")
    public Instant nextAttemptAt;

    /** When the retry window began: first due, or asked to be sent again. */
    @Column(name = "retry_from")
    public Instant retryFrom;

    @Column(name = "last_status_code")
    public Integer lastStatusCode;

    @Column(name = "last_error")
    public String lastError;

    @Column(name = "created_at")
    public Instant createdAt;

    @Column(name = "delivered_at")
    public Instant deliveredAt;

    @Column(name = "parked_at")
    public Instant parkedAt;

    public static Delivery pending(UUID subscriptionId, UUID eventId, String eventType, String orderingKey, String payload,
                                   Instant now) {
        Delivery delivery = new Delivery();
        delivery.id = UUID.randomUUID();
        delivery.subscriptionId = subscriptionId;
        delivery.eventId = eventId;
        delivery.eventType = eventType;
        delivery.orderingKey = orderingKey;
        delivery.payload = payload;
        delivery.status = Status.PENDING;
        delivery.nextAttemptAt = now;
        delivery.retryFrom = now;
        delivery.createdAt = now;
        return delivery;
    }
}
