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

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

/** An e-mail notice to a client that something happened on their contact; sent after the change commits. */
@Entity
@Table(name = "client_notice")
public class ClientNotice extends PanacheEntityBase {

    public enum Kind { REPLY, INFORMATION_REQUESTED, RESOLVED, SATISFACTION_SURVEY }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "contact_id", nullable = false)
    public UUID contactId;

    @Column(nullable = false)
    public String recipient;

    @Column(nullable = false)
    public String language;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Kind kind;

    @Column(name = "tracking_code", nullable = false)
    public String trackingCode;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "sent_at")
    public Instant sentAt;

    @Column(nullable = false)
    public int attempts;

    @Column(name = "next_attempt_at", nullable = false)
    public Instant nextAttemptAt;

    @Column(name = "last_error")
    public String lastError;

    /**
     * The notice's own Message-ID (without angle brackets): a client who answers it names it in
     * In-Reply-To or References, which threads the answer to the contact.
     */
    @Column(name = "message_id")
    public String messageId;

    /** The mailbox address it goes out from when the contact came by e-mail (answers come back to it); null: the platform's. */
    public String sender;

    /** Where the notice points when not to the status page: the satisfaction survey. */
    public String link;

    /**
     * The history entry whose text the e-mail carries: staff's reply, question or justification
     * to a client who wrote by e-mail (who answers by e-mail too). Null: a notice without content.
     */
    @Column(name = "entry_id")
    public Long entryId;

    /** The client's message this one answers (In-Reply-To), without angle brackets; null: none. */
    @Column(name = "in_reply_to")
    public String inReplyTo;

    /** The thread's Message-IDs (References), space-separated, without angle brackets. */
    @Column(name = "mail_references")
    public String mailReferences;

    /** Whether sending is over: sent, or given up after {@code maxAttempts}. */
    public boolean gaveUp(int maxAttempts) {
        return sentAt == null && attempts >= maxAttempts;
    }

    /** Delivered; a notice goes out once. */
    public void sent(Instant now) {
        if (sentAt != null) {
            throw new IllegalStateException("notice " + id + " was already sent at " + sentAt);
        }
        sentAt = now;
    }

    /** Not delivered: tried again after a pause that doubles with each attempt, capped at 256 minutes. */
    public void failed(String error, Instant now) {
        if (sentAt != null) {
            throw new IllegalStateException("notice " + id + " was already sent at " + sentAt);
        }
        attempts++;
        lastError = error;
        nextAttemptAt = now.plus(Duration.ofMinutes(1L << Math.min(attempts, 8)));
    }
}
