package fi.kohtaamo.routing.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.UUID;

/**
 * An organisation's mailbox that routing reads over IMAP: each message becomes a contact on
 * channel EMAIL (or a message on the contact it answers). The password is not here: it is a
 * secret the service reads from its configuration by {@link #passwordSecret}.
 */
@Entity
@Table(name = "mailbox")
public class Mailbox extends PanacheEntityBase {

    /** How the IMAP connection is protected: implicit TLS (993), STARTTLS (143), or none (a local test server only). */
    public enum Security { TLS, STARTTLS, NONE }

    @Id
    public UUID id;

    @Column(nullable = false)
    public String organisation;

    /** The mailbox's own address: notices of its contacts go out from it. */
    @Column(nullable = false)
    public String address;

    /** Where its contacts go when no rule and no service decides; null: the triage queue. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "queue_id")
    public Queue queue;

    /** The service every message of this address is about (a service's own mailbox); null: guessed from the subject. */
    @Column(name = "service_id")
    public UUID serviceId;

    /** The contact's language when the message does not say (Content-Language). */
    @Column(nullable = false)
    public String language;

    @Column(nullable = false)
    public String host;

    @Column(nullable = false)
    public int port;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Security security;

    @Column(nullable = false)
    public String username;

    /** The name of the secret holding the password ({@code kohtaamo.mailbox-secret.<organisation>.<name>}). */
    @Column(name = "password_secret", nullable = false)
    public String passwordSecret;

    @Column(nullable = false)
    public String folder;

    /** Read messages are moved here; null: they stay and are flagged. */
    @Column(name = "processed_folder")
    public String processedFolder;

    @Column(nullable = false)
    public boolean enabled;

    /** Counts changes; the API's optimistic lock (If-Match). */
    @Column(nullable = false)
    public int version;

    @Column(name = "updated_by", nullable = false)
    public String updatedBy;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    /** The end of the last pass that reached the server, and the kind of the last failure (never its text: it may hold an address). */
    @Column(name = "last_read_at")
    public Instant lastReadAt;

    @Column(name = "last_error")
    public String lastError;

    /** Whether a message from this address is one of the organisation's own mailboxes writing (a loop). */
    public boolean isAddress(String candidate) {
        return candidate != null && address.equalsIgnoreCase(candidate.strip());
    }

    /** A pass reached the server and read what was there. */
    public void readAt(Instant at) {
        lastReadAt = at;
        lastError = null;
    }

    /** A pass failed: the kind of failure (an exception's class), shown to the supervisor. */
    public void failed(String kind) {
        lastError = kind;
    }
}
