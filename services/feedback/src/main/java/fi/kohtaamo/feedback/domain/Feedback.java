package fi.kohtaamo.feedback.domain;

import fi.kohtaamo.problem.ProblemException;
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

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/**
 * Spontaneous feedback: praise, a complaint, a suggestion, a question; handled and answered.
 * NEW until a handler claims it (IN_PROGRESS; released, it is NEW again), ANSWERED when replied
 * to, CLOSED with or without an answer; answered or closed feedback is reopened to work on it
 * again. The status changes only through the methods below, which refuse what it does not allow
 * with the problem the API answers, before they change anything.
 */
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

    /** When retention removed the texts and the sender's details; null while kept. */
    @Column(name = "personal_data_removed_at")
    public Instant personalDataRemovedAt;

    /** The earlier system's id of imported feedback, unique within the organisation. */
    @Column(name = "external_id")
    public String externalId;

    /** SHA-256 of what imported feedback was imported with: the same id with other data is refused. */
    @Column(name = "import_fingerprint")
    public String importFingerprint;

    @Version
    @Column(nullable = false)
    public int version;

    /**
     * The registry linked the citizen who sent this signed in to a client: the feedback becomes
     * that client's (export, erasure, merge). A client named by staff stays.
     */
    public boolean linkToClient(UUID client) {
        if (clientId != null || senderSubject == null) {
            return false;
        }
        clientId = client;
        return true;
    }

    public boolean reachable() {
        return senderEmail != null && !senderEmail.isBlank();
    }

    /** Who sent feedback; all null when anonymous (imported feedback always is). */
    public record Sender(String subject, UUID clientId, String name, String email) {
        public static final Sender ANONYMOUS = new Sender(null, null, null, null);
    }

    /**
     * Feedback as it arrives: NEW, its reply due {@code replyTarget} after {@code received}. Whose
     * it is (organisation, service, contact) the intake sets from its copies of the catalogue and
     * of contacts.
     */
    public static Feedback receive(Kind kind, String channel, String language, String text, Sender sender,
                                   Instant received, Duration replyTarget) {
        Feedback feedback = new Feedback();
        feedback.id = UUID.randomUUID();
        feedback.reference = Tokens.reference();
        feedback.kind = kind;
        feedback.channel = channel;
        feedback.language = language;
        feedback.body = text;
        feedback.senderSubject = sender.subject();
        feedback.clientId = sender.clientId();
        feedback.senderName = sender.name();
        feedback.senderEmail = sender.email();
        feedback.status = Status.NEW;
        feedback.receivedAt = received;
        feedback.replyDue = received.plus(replyTarget);
        return feedback;
    }

    /**
     * Feedback of an earlier system, received at its own time like live feedback, anonymous. The
     * import then answers and closes it through {@link #answer} and {@link #close} at their own
     * times, as a handler would; {@code fingerprint} tells a repeated import from another.
     */
    public static Feedback imported(String externalId, String fingerprint, Kind kind, String organisation, String channel,
                                    String language, String text, List<String> themes, Instant received, Duration replyTarget) {
        Feedback feedback = receive(kind, channel, language, text, Sender.ANONYMOUS, received, replyTarget);
        feedback.externalId = externalId;
        feedback.importFingerprint = fingerprint;
        feedback.organisation = organisation;
        feedback.themes = new ArrayList<>(themes);
        return feedback;
    }

    /** A handler takes the open feedback; another handler's feedback is refused. */
    public void claim(String by) {
        requireOpen();
        if (handler != null && !handler.equals(by)) {
            throw ProblemException.conflict("The feedback is handled by " + handler);
        }
        handler = by;
        status = Status.IN_PROGRESS;
    }

    /** Its handler, or a manager, gives the open feedback back to the queue; returns who handled it. */
    public String release(String by, boolean manager) {
        requireOpen();
        if (handler == null) {
            throw ProblemException.conflict("Nobody handles the feedback");
        }
        if (!handler.equals(by) && !manager) {
            throw ProblemException.forbidden("Only its handler or a manager releases the feedback");
        }
        String previous = handler;
        handler = null;
        status = Status.NEW;
        return previous;
    }

    /** Answered or closed feedback is reopened before anyone works on it (also checked by each step). */
    public void requireOpen() {
        if (status == Status.ANSWERED || status == Status.CLOSED) {
            throw ProblemException.conflict("The feedback is " + status.name().toLowerCase(Locale.ROOT)
                    + "; reopen it first");
        }
    }

    /** The reply to the sender; whoever answers unclaimed feedback becomes its handler. */
    public void answer(String text, String by, Instant now) {
        requireOpen();
        reply = text;
        answeredAt = now;
        status = Status.ANSWERED;
        if (handler == null) {
            handler = by;
        }
    }

    /** Closed, answered or not; closing twice is refused. */
    public void close(Instant now) {
        if (status == Status.CLOSED) {
            throw ProblemException.conflict("The feedback is already closed");
        }
        status = Status.CLOSED;
        closedAt = now;
    }

    /**
     * When the work on it ended, from which its retention period runs: its closing, or its answer
     * while it stays answered; null while it is open (reopening restarts the clock).
     */
    public Instant finishedAt() {
        return switch (status) {
            case CLOSED -> closedAt;
            case ANSWERED -> answeredAt;
            case NEW, IN_PROGRESS -> null;
        };
    }

    /**
     * Removes what the sender wrote and who they are, and the reply (it answers them, often
     * quoting them); {@code marker} takes the text's place (a required column). Kind, themes,
     * service, organisation, channel, language, handler and every time stay for the figures.
     */
    public void removePersonalData(String marker, Instant at) {
        body = marker;
        if (reply != null) {
            reply = marker;
        }
        senderName = null;
        senderEmail = null;
        senderSubject = null;
        personalDataRemovedAt = at;
    }

    /** Answered or closed feedback is worked again: by its handler when it had one. */
    public void reopen() {
        if (status != Status.CLOSED && status != Status.ANSWERED) {
            throw ProblemException.conflict("Only answered or closed feedback is reopened");
        }
        status = handler == null ? Status.NEW : Status.IN_PROGRESS;
        closedAt = null;
    }
}
