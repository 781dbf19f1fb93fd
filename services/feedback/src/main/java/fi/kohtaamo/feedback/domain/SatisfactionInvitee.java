package fi.kohtaamo.feedback.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/** When a client was last invited to the satisfaction survey. */
@Entity
@Table(name = "satisfaction_invitee")
public class SatisfactionInvitee extends PanacheEntityBase {

    @Id
    @Column(name = "client_key")
    public String clientKey;

    @Column(name = "invited_at", nullable = false)
    public Instant invitedAt;
}
