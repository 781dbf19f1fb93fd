package fi.kohtaamo.routing.domain;

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

/** The e-mail of a {@link StaffNotice}, queued in the transaction of the change and sent after it commits. */
@Entity
@Table(name = "staff_notice_mail")
public class StaffNoticeMail extends PanacheEntityBase implements QueuedMail {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "notice_id", nullable = false)
    public Long noticeId;

    /** The address the person gave for notices, as it was when the notice was raised. */
    @Column(nullable = false)
    public String address;

    @Column(nullable = false)
    public String language;

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
