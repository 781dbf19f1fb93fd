package fi.kohtaamo.feedback.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** Spontaneous feedback: praise, a complaint, a suggestion, a question; handled and answered. */
@Entity
@Table(name = "feedback")
public class Feedback extends PanacheEntityBase {

    public enum Kind { PRAISE, COMPLAINT, SUGGESTION, QUESTION, OTHER }

    public enum Status { NEW, IN_PROGRESS, ANSWERED, CLOSED }

    @Id
    public UUID id;

    /** What the sender quotes: FB-XXXX-XXXX. */
    @Column(nullable = false, unique = true)
    public String reference;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Kind kind;

    @Column(nullable = false)
    public String organisation;

    @Column(name = "service_id")
    public UUID serviceId;

    @Column(name = "service_group")
    public String serviceGroup;

    @Column(name = "contact_id")
    public UUID contactId;

    @Column(nullable = false)
    public String channel;

    @Column(nullable = false)
    public String language;

    @Column(nullable = false)
    public String body;

    /** The registry's client, when the sender was identified by it. */
    @Column(name = "client_id")
    public UUID clientId;

    /** The signed-in sender's account, who may read their feedback and its answer. */
    @Column(name = "sender_subject")
    public String senderSubject;

    @Column(name = "sender_name")
    public String senderName;

    @Column(name = "sender_email")
    public String senderEmail;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Status status;

    /** The feedback handler working on it. */
    public String handler;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(nullable = false)
    public List<String> themes = new ArrayList<>();

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "suggested_themes", nullable = false)
    public List<String> suggestedThemes = new ArrayList<>();

    @Column(name = "received_at", nullable = false)
    public Instant receivedAt;

    @Column(name = "reply_due", nullable = false)
    public Instant replyDue;

    @Column(name = "answered_at")
    public Instant answeredAt;

    public String reply;

    @Column(name = "closed_at")
    public Instant closedAt;

    /** The registry erased the sender: texts and details are blanked. */
    @Column(nullable = false)
    public boolean erased;

    @Version
    @Column(nullable = false)
    public int version;

    public boolean reachable() {
        return senderEmail != null && !senderEmail.isBlank();
    }
}
