package fi.kohtaamo.routing.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.UUID;

/**
 * A notice to a staff member that a contact needs them: one per change (the contact's history
 * line, {@link #entryId}) and person. It names the contact by id and tracking code only; what
 * the matter is about is read on the contact's page, where the read is audited.
 */
@Entity
@Table(name = "staff_notice")
public class StaffNotice extends PanacheEntityBase {

    /** What happened. */
    public enum Kind { TRANSFERRED_TO_EXPERT, SLA_AT_RISK, SLA_BREACHED, NEW_IN_EXPERT_QUEUE, AUTOMATION }

    /** Where a notice reaches its person. */
    public enum Medium { EMAIL, WORKSPACE }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    /** The staff member's subject. */
    @Column(nullable = false)
    public String recipient;

    @Column(nullable = false)
    public String organisation;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Kind kind;

    @Column(name = "contact_id", nullable = false)
    public UUID contactId;

    @Column(name = "tracking_code", nullable = false)
    public String trackingCode;

    @Column(name = "entry_id", nullable = false)
    public Long entryId;

    /** Shown in the workspace (the person has not turned this kind off there). */
    @Column(name = "in_workspace", nullable = false)
    public boolean inWorkspace;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "read_at")
    public Instant readAt;

    /** Read: the first moment counts, a second mark changes nothing. */
    public void markRead(Instant now) {
        if (readAt == null) {
            readAt = now;
        }
    }
}
