package fi.kohtaamo.routing.domain;

import fi.kohtaamo.mailqueue.MailDelivery;
import fi.kohtaamo.mailqueue.QueuedMail;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.util.UUID;

/** An e-mail notice to a client that something happened on their contact; sent after the change commits. */
@Entity
@Table(name = "client_notice")
public class ClientNotice extends PanacheEntityBase implements QueuedMail {

    public enum Kind { REPLY, INFORMATION_REQUESTED, RESOLVED, SATISFACTION_SURVEY, RECEIPT, RECOVERY }

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

    /** Where sending is: due, failed (with its next try), sent or given up. */
    @Embedded
    public MailDelivery delivery;

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

    /**
     * A new access secret the mail gives the client (a receipt of an e-mail contact), in clear
     * only until the mail is sent or given up ({@link #forgetSecret}); only its hash is the contact's.
     */
    @Column(name = "access_secret")
    public String accessSecret;

    /** The mail left, or never will: the secret in clear is not kept a moment longer. */
    public void forgetSecret() {
        if (delivery.sentAt() != null || delivery.gaveUp()) {
            accessSecret = null;
        }
    }

    @Override
    public Long id() {
        return id;
    }

    @Override
    public MailDelivery delivery() {
        return delivery;
    }

    @Override
    public void delivery(MailDelivery next) {
        delivery = next;
    }
}
