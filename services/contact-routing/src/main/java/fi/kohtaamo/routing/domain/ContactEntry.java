package fi.kohtaamo.routing.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

/** One line of a contact's history: a change, a message to or from the client, or an internal note. */
@Entity
@Table(name = "contact_entry")
public class ContactEntry extends PanacheEntityBase {

    public enum Kind {
        RECEIVED, ROUTED, ASSIGNED, RELEASED, REPLY, NOTE, INFORMATION_REQUESTED, CLIENT_MESSAGE, TRANSFERRED,
        RESOLVED, REOPENED, CLOSED, SLA_AT_RISK, SLA_BREACHED, ESCALATED, CLIENT_DATA_ERASED, OFFERED, OFFER_DECLINED,
        OFFER_EXPIRED, PERSONAL_DATA_REMOVED, EMAIL_SENT, EMAIL_NOT_SENT,
        ACCESS_SECRET_REISSUED, ATTACHMENT_ADDED, SMS_SENT, SMS_NOT_SENT, CALL_ATTEMPT, CLIENT_LINKED, CLIENT_UNLINKED,
        PRIORITY_CHANGED, TAGGED, STAFF_NOTIFIED, AUTOMATION_SKIPPED, WEBHOOK_CALLED
    }

    public enum ActorKind { CLIENT, STAFF, SYSTEM }

    /** From a sequence that hands out 50 at a time, so that an entry is inserted with its contact, not before. */
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "contact_entry_ids")
    @jakarta.persistence.SequenceGenerator(name = "contact_entry_ids", sequenceName = "contact_entry_id_seq", allocationSize = 50)
    public Long id;

    @Column(name = "contact_id", nullable = false)
    public UUID contactId;

    @Column(nullable = false)
    public Instant at;

    @jakarta.persistence.Enumerated(jakarta.persistence.EnumType.STRING)
    @Column(nullable = false)
    public Kind kind;

    @jakarta.persistence.Enumerated(jakarta.persistence.EnumType.STRING)
    @Column(name = "actor_kind", nullable = false)
    public ActorKind actorKind;

    /** Staff member's username; null for the client and the system. */
    public String actor;

    @Column(name = "visible_to_client", nullable = false)
    public boolean visibleToClient;

    public String body;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public Map<String, Object> details = new HashMap<>();
}
