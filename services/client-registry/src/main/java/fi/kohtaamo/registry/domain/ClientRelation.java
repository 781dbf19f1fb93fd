package fi.kohtaamo.registry.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A person acting for an organisation or community (as its representative, say), as known to one agency. */
@Entity
@Table(name = "client_relation")
public class ClientRelation extends PanacheEntityBase {

    public enum Kind { REPRESENTATIVE, CONTACT_PERSON, EMPLOYEE, OWNER, BOARD_MEMBER }

    @Id
    public UUID id;

    @Column(name = "person_id", nullable = false)
    public UUID personId;

    @Column(name = "organisation_id", nullable = false)
    public UUID organisationId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Kind kind;

    /** The agency (organisation code) in whose work the relation is known. */
    @Column(nullable = false)
    public String agency;

    @Column(name = "valid_from")
    public LocalDate validFrom;

    @Column(name = "valid_until")
    public LocalDate validUntil;

    /** Raised by every change of the relation; a removal names it (If-Match). */
    @Column(nullable = false)
    public int version = 1;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "created_by", nullable = false)
    public String createdBy;
}
