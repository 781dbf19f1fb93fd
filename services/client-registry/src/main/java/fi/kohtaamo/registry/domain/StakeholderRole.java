package fi.kohtaamo.registry.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.LocalDate;
import java.util.UUID;

/** A role an organisation or community holds towards one agency; it may hold several at once. */
@Entity
@Table(name = "stakeholder_role")
public class StakeholderRole extends PanacheEntityBase {

    public enum Role { CLIENT, PARTNER, SERVICE_PRODUCER, STEERING_BODY }

    @Id
    public UUID id;

    @Column(name = "client_id", nullable = false)
    public UUID clientId;

    @Column(nullable = false)
    public String agency;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Role role;

    @Column(nullable = false)
    public LocalDate since;
}
