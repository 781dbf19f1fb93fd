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
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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

    @Column(name = "service_group")
    public String serviceGroup;

    /** Answers to the service's extra questions, checked against the catalogue's definitions. */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public Map<String, Object> attributes = new HashMap<>();

    /** The client's segments when the contact arrived (from the registry's events). */
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(nullable = false)
    public List<String> segments = new ArrayList<>();

    @Column(name = "municipality_code")
    public String municipalityCode;

    /** 1 most urgent ... 5 least. */
    @Column(nullable = false)
    public int priority = 3;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "required_skills", nullable = false)
    public Map<String, Integer> requiredSkills = new HashMap<>();

    @Column(name = "routed_by_rule")
    public UUID routedByRule;

    @Column(name = "routed_at")
    public Instant routedAt;

    /** The subject of the agent who holds the contact. */
    @Column(name = "assigned_to")
    public String assignedTo;

    @Column(name = "assigned_at")
    public Instant assignedAt;

    @Column(name = "first_response_at_risk")
    public Instant firstResponseAtRisk;

    @Column(name = "first_response_due")
    public Instant firstResponseDue;

    @Column(name = "resolution_at_risk")
    public Instant resolutionAtRisk;

    @Column(name = "resolution_due")
    public Instant resolutionDue;

    @Column(name = "first_responded_at")
    public Instant firstRespondedAt;

    /** Set while the service-level clock is paused for the client's answer. */
    @Column(name = "waiting_since")
    public Instant waitingSince;

    @Enumerated(EnumType.STRING)
    @Column(name = "sla_state", nullable = false)
    public SlaState slaState = SlaState.ON_TIME;

    @Column(name = "first_response_breached", nullable = false)
    public boolean firstResponseBreached;

    @Column(name = "resolution_breached", nullable = false)
    public boolean resolutionBreached;

    @Column(name = "resolved_at")
    public Instant resolvedAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "resolution_code")
    public ResolutionCode resolutionCode;

    /** Why it was resolved so, in words the client reads. */
    @Column(name = "resolution_justification")
    public String resolutionJustification;

    /** The satisfaction survey the client is invited to after resolution (from feedback), and until when. */
    @Column(name = "survey_url")
    public String surveyUrl;

    @Column(name = "survey_expires_at")
    public Instant surveyExpiresAt;

    @Column(name = "closed_at")
    public Instant closedAt;

    @Column(name = "updated_at")
    public Instant updatedAt;

    /** Push mode: the agent the contact is offered to, until when; agents who declined it. */
    @Column(name = "offered_to")
    public String offeredTo;

    @Column(name = "offer_expires_at")
    public Instant offerExpiresAt;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "declined_by", nullable = false)
    public List<String> declinedBy = new ArrayList<>();

    /** Where the matter is (Open311 requests): WGS84 coordinates, an address, or the address's id. */
    public java.math.BigDecimal latitude;

    public java.math.BigDecimal longitude;

    @Column(name = "address_string")
    public String addressString;

    @Column(name = "address_id")
    public String addressId;

    @Column(name = "media_url")
    public String mediaUrl;

    @Version
    public int version;
}
