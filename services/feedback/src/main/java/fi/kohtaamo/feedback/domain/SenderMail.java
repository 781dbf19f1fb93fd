package fi.kohtaamo.feedback.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

/** A reply on its way to a sender's e-mail address. */
@Entity
@Table(name = "sender_mail")
public class SenderMail extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "feedback_id", nullable = false)
    public UUID feedbackId;

    @Column(nullable = false)
    public String recipient;

    @Column(nullable = false)
    public String subject;

    @Column(nullable = false)
    public String body;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "next_attempt_at", nullable = false)
    public Instant nextAttemptAt;

    @Column(nullable = false)
    public int attempts;

    @Column(name = "last_error")
    public String lastError;

    @Column(name = "sent_at")
    public Instant sentAt;

    /** Delivered; a mail goes out once. */
    public void sent(Instant now) {
        if (sentAt != null) {
            throw new IllegalStateException("reply mail " + id + " was already sent at " + sentAt);
        }
        sentAt = now;
    }

    /** Not delivered: tried again after a back-off that doubles with each attempt, capped at 256 minutes. */
    public void failed(String error, Instant now) {
        if (sentAt != null) {
            throw new IllegalStateException("reply mail " + id + " was already sent at " + sentAt);
        }
        attempts++;
        lastError = error;
        nextAttemptAt = now.plus(Duration.ofMinutes(1L << Math.min(attempts, 8)));
    }
}
