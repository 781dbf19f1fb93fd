package fi.kohtaamo.routing.service;

import fi.kohtaamo.routing.config.RoutingConfig;
import fi.kohtaamo.routing.domain.ClientNotice;
import fi.kohtaamo.routing.domain.Channel;
import fi.kohtaamo.routing.domain.Contact;
import fi.kohtaamo.routing.domain.ContactEntry;
import fi.kohtaamo.routing.mail.NoticeTexts;
import fi.kohtaamo.routing.repository.ContactEntryRepository;
import fi.kohtaamo.routing.repository.ContactRepository;
import fi.kohtaamo.mailqueue.MailDelivery;
import fi.kohtaamo.mailqueue.MailQueue;
import io.quarkus.mailer.Mail;
import io.quarkus.mailer.Mailer;
import fi.kohtaamo.routing.repository.ClientNoticeRepository;
import fi.kohtaamo.routing.repository.MailboxRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.UUID;

/**
 * E-mail notices to clients who gave an address: a reply is waiting, more information is asked,
 * the matter is resolved. Written in the transaction of the change, sent by a job after it
 * commits (so a rolled-back change sends nothing and a mail server that is down loses nothing),
 * retried with growing pauses ({@link MailQueue}). In the contact's language. A
 * notice tells where to read, never what: e-mail is not a safe channel for a matter's content,
 * unless the client chose it by writing by e-mail; then staff's messages go back in their thread.
 */
@ApplicationScoped
public class ClientNotices {

    private final Mailer mailer;
    private final RoutingConfig config;
    private final ClientNoticeRepository notices;
    private final MailboxRepository mailboxes;
    private final ContactEntryRepository entries;
    private final ContactRepository contacts;
    private final ContactHistory history;
    private final SmsNotices sms;

    public ClientNotices(Mailer mailer, RoutingConfig config, ClientNoticeRepository notices, MailboxRepository mailboxes,
                         ContactEntryRepository entries, ContactRepository contacts, ContactHistory history, SmsNotices sms) {
        this.sms = sms;
        this.mailboxes = mailboxes;
        this.entries = entries;
        this.contacts = contacts;
        this.history = history;
        this.mailer = mailer;
        this.config = config;
        this.notices = notices;
    }

    /**
     * Queues a notice when the client left an e-mail address; in the caller's transaction. To a
     * client who wrote by e-mail it is staff's message itself ({@code entry}'s text), answering
     * their latest mail in its thread: they chose e-mail for the matter. To anyone else it says
     * only that something happened.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void notify(Contact contact, ClientNotice.Kind kind, ContactEntry entry) {
        ClientNotice notice = queue(contact, kind);
        if (notice != null && notice.sender != null && entry.body != null) {
            notice.entryId = entry.id;
        }
    }

    /** A notice pointing to a link of its own (the satisfaction survey). */
    @Transactional(Transactional.TxType.MANDATORY)
    public void notify(Contact contact, ClientNotice.Kind kind, String link) {
        ClientNotice notice = queue(contact, kind);
        if (notice != null) {
            notice.link = link;
        }
    }

    /**
     * The receipt of a new contact, on any channel, to the address the client left. The access
     * secret goes in it only for a contact that came by e-mail from a mailbox: the receipt then
     * answers the message at the address it came from, the client's own channel, and they were
     * shown no secret. An address typed into a form or told to staff may be mistyped or someone
     * else's, so a receipt to it names the code and how to follow, never the secret (the person
     * who typed it has it already). A phone number gets the receipt by SMS as configured ({@link SmsNotices}).
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void receipt(Contact contact, String secretOfEmailContact) {
        ClientNotice notice = queue(contact, ClientNotice.Kind.RECEIPT);
        if (notice != null && notice.sender != null) {
            notice.accessSecret = secretOfEmailContact;
        }
        sms.receipt(contact);
    }

    /** A new secret for an open matter to its address (the client asked on the status page). */
    @Transactional(Transactional.TxType.MANDATORY)
    public void newSecret(Contact contact, String secret) {
        ClientNotice notice = queue(contact, ClientNotice.Kind.RECOVERY);
        notice.accessSecret = secret;
        notice.sender = null; // not an answer in the client's thread: a stranger may have asked for it
        notice.inReplyTo = null;
        notice.mailReferences = null;
    }

    private ClientNotice queue(Contact contact, ClientNotice.Kind kind) {
        if (contact.contactEmail == null || contact.contactEmail.isBlank()) {
            return null;
        }
        ClientNotice notice = new ClientNotice();
        notice.contactId = contact.id;
        notice.recipient = contact.contactEmail;
        notice.language = contact.language;
        notice.kind = kind;
        notice.trackingCode = contact.trackingCode;
        notice.messageId = UUID.randomUUID() + "@" + config.mail().messageIdDomain();
        // A contact that came by e-mail is answered from its mailbox, in the client's thread, so their answer comes back there.
        notice.sender = contact.mailboxId == null ? null
                : mailboxes.findByIdOptional(contact.mailboxId).map(mailbox -> mailbox.address).orElse(null);
        if (notice.sender != null) {
            notice.inReplyTo = contact.mailMessageId;
            notice.mailReferences = contact.mailReferences;
        }
        notice.delivery = MailDelivery.queued(Instant.now());
        notice.persist();
        return notice;
    }

    /**
     * Sends the notices due; returns how many went out. Each try is a line in the contact's
     * history (staff see what went out when, and a failure with its next try), never the
     * client's address nor the error's text there, since the history outlives the notice. A
     * secret in clear is erased once its mail is sent or given up.
     */
    @Transactional
    public int deliver(Instant now, int batch) {
        List<MailQueue.Attempt<ClientNotice>> attempts = MailQueue.deliver(notices.getEntityManager(), ClientNotice.class,
                "client_notice", mailer, this::mail, now, batch);
        for (MailQueue.Attempt<ClientNotice> attempt : attempts) {
            ClientNotice notice = attempt.mail();
            notice.forgetSecret();
            Map<String, Object> details = details(notice);
            if (!attempt.sent()) {
                details.put("error", attempt.failure().getClass().getSimpleName());
                details.put(notice.delivery.gaveUp() ? "gaveUp" : "nextAttemptAt",
                        notice.delivery.gaveUp() ? true : notice.delivery.nextAttemptAt().toString());
            }
            history.recordAside(notice.contactId, attempt.sent() ? ContactEntry.Kind.EMAIL_SENT : ContactEntry.Kind.EMAIL_NOT_SENT,
                    details, now);
        }
        return (int) MailQueue.sent(attempts);
    }

    private static Map<String, Object> details(ClientNotice notice) {
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("notice", notice.kind.name());
        details.put("messageId", notice.messageId);
        details.put("attempt", notice.delivery.attempts() + (notice.delivery.sentAt() != null ? 1 : 0));
        if (notice.entryId != null) {
            details.put("entryId", notice.entryId);
        }
        return details;
    }

    /**
     * The e-mail: threaded by its Message-ID (and, to a client who wrote by e-mail, by theirs,
     * under their subject), from the contact's mailbox when it has one. Automatic mail says so
     * (RFC 3834: a receipt answers a message, other notices report a change), so responders do
     * not answer it; staff's own words are not automatic.
     */
    Mail mail(ClientNotice notice) {
        Contact contact = contacts.findById(notice.contactId);
        String text = notice.entryId == null ? null : entries.findByIdOptional(notice.entryId)
                .map(entry -> entry.body).orElse(null);
        String page = config.statusPageUrl();
        String body = text != null ? NoticeTexts.reply(notice, text, page) : switch (notice.kind) {
            case SATISFACTION_SURVEY -> NoticeTexts.survey(notice);
            case RECEIPT -> NoticeTexts.receipt(notice, contact.clientSubject != null ? NoticeTexts.Follow.SIGNED_IN
                    : contact.channel == Channel.OPEN311 ? NoticeTexts.Follow.IN_APPLICATION : NoticeTexts.Follow.WITH_SECRET, page);
            case RECOVERY -> NoticeTexts.recovery(notice, page);
            default -> NoticeTexts.updated(notice, page);
        };
        Mail mail = Mail.withText(notice.recipient, notice.inReplyTo != null
                ? NoticeTexts.replySubject(notice, contact.mailSubject) : NoticeTexts.subject(notice), body);
        if (text == null) {
            mail.addHeader("Auto-Submitted", notice.kind == ClientNotice.Kind.RECEIPT && notice.inReplyTo != null
                    ? "auto-replied" : "auto-generated");
        }
        // Exchange's out-of-office replies must not answer either.
        mail.addHeader("X-Auto-Response-Suppress", "OOF, AutoReply");
        if (notice.messageId != null) { // notices queued before V6 have none
            mail.addHeader("Message-ID", "<" + notice.messageId + ">");
        }
        if (notice.inReplyTo != null) {
            mail.addHeader("In-Reply-To", "<" + notice.inReplyTo + ">");
        }
        if (notice.mailReferences != null) {
            mail.addHeader("References", Arrays.stream(notice.mailReferences.split(" "))
                    .map(id -> "<" + id + ">").collect(Collectors.joining(" ")));
        }
        if (notice.sender != null) {
            mail.setFrom(notice.sender);
        }
        return mail;
    }
}
