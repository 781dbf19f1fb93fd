package fi.kohtaamo.routing.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;
import java.util.UUID;

/** A client's contact (yhteydenotto) on any channel, from intake until it is resolved. */
@Entity
@Table(name = "contact")
public class Contact extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "tracking_code", nullable = false, unique = true)
    public String trackingCode;

    /** SHA-256 of the access secret; null when the client follows the contact signed in. */
    @Column(name = "access_secret_hash")
    public String accessSecretHash;

    @Column(name = "service_id")
    public UUID serviceId;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "queue_id")
    public Queue queue;

    @Column(nullable = false)
    public String organisation;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Channel channel;

    @Column(nullable = false)
    public String language;

    @Column(nullable = false)
    public String description;

    @Column(name = "contact_name")
    public String contactName;

    @Column(name = "contact_email")
    public String contactEmail;

    @Column(name = "contact_phone")
    public String contactPhone;

    @Column(name = "client_id")
    public UUID clientId;

    /** The token subject of whoever submitted it; null when anonymous. */
    @Column(name = "submitted_by")
    public String submittedBy;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ContactStatus status;

    @Column(name = "received_at", nullable = false)
    public Instant receivedAt;

    @Column(name = "idempotency_key")
    public String idempotencyKey;

    @Column(name = "idempotency_fingerprint")
    public String idempotencyFingerprint;

    @Version
    public int version;
}
