package fi.kohtaamo.feedback.domain;

import fi.kohtaamo.mailqueue.MailDelivery;
import fi.kohtaamo.mailqueue.QueuedMail;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.util.UUID;

/** A reply on its way to a sender's e-mail address. */
@Entity
@Table(name = "sender_mail")
public class SenderMail extends PanacheEntityBase implements QueuedMail {

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

    /** Where sending is: due, failed (with its next try), sent or given up. */
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
