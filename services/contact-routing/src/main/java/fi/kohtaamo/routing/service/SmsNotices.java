package fi.kohtaamo.routing.service;

import fi.kohtaamo.mailqueue.MailDelivery;
import fi.kohtaamo.mailqueue.MailQueue;
import fi.kohtaamo.routing.config.RoutingConfig;
import fi.kohtaamo.routing.domain.Channel;
import fi.kohtaamo.routing.domain.Contact;
import fi.kohtaamo.routing.domain.ContactEntry;
import fi.kohtaamo.routing.domain.SmsNotice;
import fi.kohtaamo.routing.mail.NoticeTexts;
import fi.kohtaamo.routing.mail.SmsTexts;
import fi.kohtaamo.routing.sms.PhoneNumbers;
import fi.kohtaamo.routing.sms.SmsGateway;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Receipts by SMS: to a client who left a phone number, when no e-mail address carries the
 * receipt (or always, as configured), and only when a gateway is configured. Queued in the
 * transaction of the new contact and sent through the gateway after the commit with the mail
 * queue's locks and back-off ({@link MailQueue}), so a gateway that is down loses nothing.
 * <p>
 * Never with the access secret: a number typed into a form or told to staff is not the client's
 * own channel in the sense an e-mail they wrote from is (Kohtaamo receives no SMS, so no client
 * ever wrote from it); it may be mistyped or someone else's, and an SMS is read on a lock screen.
 */
@ApplicationScoped
public class SmsNotices {

    private final SmsGateway gateway;
    private final RoutingConfig config;
    private final ContactHistory history;

    public SmsNotices(SmsGateway gateway, RoutingConfig config, ContactHistory history) {
        this.gateway = gateway;
        this.config = config;
        this.history = history;
    }

    /** Queues the receipt of a new contact by SMS when the configuration and the contact call for one. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void receipt(Contact contact) {
        RoutingConfig.Sms.SmsReceipts when = config.sms().receipts();
        boolean hasEmail = contact.contactEmail != null && !contact.contactEmail.isBlank();
        if (!gateway.configured() || when == RoutingConfig.Sms.SmsReceipts.NEVER
                || (when == RoutingConfig.Sms.SmsReceipts.WHEN_NO_EMAIL && hasEmail)) {
            return;
        }
        Optional<String> number = PhoneNumbers.international(contact.contactPhone);
        if (number.isEmpty()) {
            return;
        }
        SmsNotice notice = new SmsNotice();
        notice.contactId = contact.id;
        notice.recipient = number.get();
        notice.language = contact.language;
        notice.trackingCode = contact.trackingCode;
        notice.follow = contact.clientSubject != null ? NoticeTexts.Follow.SIGNED_IN
                : contact.channel == Channel.OPEN311 ? NoticeTexts.Follow.IN_APPLICATION : NoticeTexts.Follow.WITH_SECRET;
        notice.reference = UUID.randomUUID();
        notice.delivery = MailDelivery.queued(Instant.now());
        notice.persist();
    }

    /**
     * Sends the SMS notices due; returns how many went. Each try is a line in the contact's history
     * for staff (never the number nor the gateway's words).
     */
    @Transactional
    public int deliver(Instant now, int batch) {
        String page = config.statusPageUrl();
        List<MailQueue.Attempt<SmsNotice>> attempts = MailQueue.deliver(SmsNotice.getEntityManager(), SmsNotice.class,
                "sms_notice", notice -> gateway.send(notice.recipient, SmsTexts.receipt(notice, page), notice.reference),
                now, batch);
        for (MailQueue.Attempt<SmsNotice> attempt : attempts) {
            SmsNotice notice = attempt.mail();
            Map<String, Object> details = new LinkedHashMap<>();
            details.put("notice", notice.kind.name());
            details.put("attempt", notice.delivery.attempts() + (attempt.sent() ? 1 : 0));
            if (!attempt.sent()) {
                details.put(notice.delivery.gaveUp() ? "gaveUp" : "nextAttemptAt",
                        notice.delivery.gaveUp() ? true : notice.delivery.nextAttemptAt().toString());
            }
            history.recordAside(notice.contactId, attempt.sent() ? ContactEntry.Kind.SMS_SENT : ContactEntry.Kind.SMS_NOT_SENT,
                    details, now);
        }
        return (int) MailQueue.sent(attempts);
    }
}
