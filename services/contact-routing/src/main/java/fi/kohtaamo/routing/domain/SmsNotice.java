package fi.kohtaamo.routing.domain;

import fi.kohtaamo.mailqueue.MailDelivery;
import fi.kohtaamo.mailqueue.QueuedMail;
import fi.kohtaamo.routing.mail.NoticeTexts;
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

/**
 * A text message to a client (the receipt of a new contact), queued in the transaction of the
 * change and sent through the SMS gateway after it commits. It never carries the access secret:
 * a number typed into a form or told to staff may be mistyped or someone else's.
 */
@Entity
@Table(name = "sms_notice")
public class SmsNotice extends PanacheEntityBase implements QueuedMail {

    public enum Kind { RECEIPT }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "contact_id", nullable = false)
    public UUID contactId;

    /** The number in international form ({@code +358401234567}). */
    @Column(nullable = false)
    public String recipient;

    @Column(nullable = false)
    public String language;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Kind kind = Kind.RECEIPT;

    @Column(name = "tracking_code", nullable = false)
    public String trackingCode;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public NoticeTexts.Follow follow;

    /** Sent to the gateway with each try, so a gateway that deduplicates sends a retried message once. */
    @Column(nullable = false)
    public UUID reference;

    @Embedded
    public MailDelivery delivery;

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
