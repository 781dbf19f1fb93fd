package fi.kohtaamo.mailqueue;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * Where one queued e-mail is on its way out: due, tried and failed (with the pause before the
 * next try), sent, or given up. A JPA entity of a service embeds it ({@code @Embedded}) as the
 * columns {@code created_at}, {@code next_attempt_at}, {@code attempts}, {@code last_error} and
 * {@code sent_at}, so that every service's mail table keeps its delivery the same way.
 * <p>
 * A value: each step gives the next state, which the entity keeps.
 */
@Embeddable
public record MailDelivery(@Column(name = "created_at", nullable = false) Instant createdAt,
                           @Column(name = "next_attempt_at", nullable = false) Instant nextAttemptAt,
                           @Column(name = "attempts", nullable = false) int attempts,
                           @Column(name = "last_error") String lastError,
                           @Column(name = "sent_at") Instant sentAt) {

    /** Tries before a mail is given up: the pauses add up to about eight and a half hours. */
    public static final int MAX_ATTEMPTS = 8;

    public MailDelivery {
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(nextAttemptAt, "nextAttemptAt");
    }

    /** A mail written now, due at once. */
    public static MailDelivery queued(Instant now) {
        return new MailDelivery(now, now, 0, null, null);
    }

    /** Delivered; a mail goes out once. */
    public MailDelivery sent(Instant now) {
        requireUnsent();
        return new MailDelivery(createdAt, nextAttemptAt, attempts, lastError, now);
    }

    /**
     * Not delivered: tried again after a pause that doubles with each failure (2, 4, 8 …
     * minutes), capped at 256 minutes, so a mail server that is down for hours is not
     * hammered and one that was down a minute loses little time.
     */
    public MailDelivery failed(String error, Instant now) {
        requireUnsent();
        int failures = attempts + 1;
        return new MailDelivery(createdAt, now.plus(Duration.ofMinutes(1L << Math.min(failures, 8))), failures,
                error, null);
    }

    /** No more tries: {@link #MAX_ATTEMPTS} failed. */
    public boolean gaveUp() {
        return sentAt == null && attempts >= MAX_ATTEMPTS;
    }

    private void requireUnsent() {
        if (sentAt != null) {
            throw new IllegalStateException("the mail was already sent at " + sentAt);
        }
    }
}
