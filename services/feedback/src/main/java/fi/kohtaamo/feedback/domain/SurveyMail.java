package fi.kohtaamo.feedback.domain;

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

/** An invitation or a reminder on its way; composed from its recipient when it is sent. */
@Entity
@Table(name = "survey_mail")
public class SurveyMail extends PanacheEntityBase implements QueuedMail {

    public enum Kind { INVITATION, REMINDER }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "recipient_id", nullable = false)
    public UUID recipientId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Kind kind;

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
