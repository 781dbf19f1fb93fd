package fi.kohtaamo.feedback.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.UUID;

/** A one-time invitation to answer a survey; only its token's hash is kept. */
@Entity
@Table(name = "survey_invitation")
public class SurveyInvitation extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "survey_id", nullable = false)
    public UUID surveyId;

    @Column(name = "token_hash", nullable = false, unique = true)
    public String tokenHash;

    @Column(nullable = false)
    public String language;

    /** The resolved contact a satisfaction invitation is about. */
    @Column(name = "contact_id")
    public UUID contactId;

    @Column(name = "client_id")
    public UUID clientId;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "expires_at", nullable = false)
    public Instant expiresAt;

    @Column(name = "responded_at")
    public Instant respondedAt;
}
