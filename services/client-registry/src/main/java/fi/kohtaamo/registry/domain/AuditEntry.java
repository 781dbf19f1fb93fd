package fi.kohtaamo.registry.domain;

import fi.kohtaamo.caller.Caller;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.UUID;

/** One read or change of a client's personal data by staff: who, organisation, when, what, why. */
@Entity
@Table(name = "audit_entry")
public class AuditEntry extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "client_id", nullable = false)
    public UUID clientId;

    @Column(nullable = false)
    public String actor;

    @Column(name = "actor_organisation")
    public String actorOrganisation;

    @Column(name = "actor_roles", nullable = false)
    public String actorRoles;

    @Column(nullable = false)
    public String action;

    @Column(nullable = false)
    public String purpose;

    @Column(nullable = false)
    public Instant at;

    /** The contact the read served, as the reader named it; null when none was named. */
    @Column(name = "contact_id")
    public UUID contactId;

    /** Writes an entry in the current transaction. */
    public static AuditEntry record(UUID clientId, Caller caller, String action, String purpose) {
        return record(clientId, caller, action, purpose, null);
    }

    /** Writes an entry naming the contact the access served, in the current transaction. */
    public static AuditEntry record(UUID clientId, Caller caller, String action, String purpose, UUID contactId) {
        AuditEntry entry = new AuditEntry();
        entry.contactId = contactId;
        entry.clientId = clientId;
        entry.actor = caller.subject();
        entry.actorOrganisation = caller.organisation();
        entry.actorRoles = String.join(",", new java.util.TreeSet<>(caller.roles()));
        entry.action = action;
        entry.purpose = purpose;
        entry.at = Instant.now().truncatedTo(java.time.temporal.ChronoUnit.MICROS);
        entry.persist();
        return entry;
    }
}
