package fi.kohtaamo.routing.service;

import fi.kohtaamo.routing.config.RoutingConfig;
import fi.kohtaamo.routing.domain.ClientNotice;
import fi.kohtaamo.routing.domain.Channel;
import fi.kohtaamo.routing.domain.Contact;
import fi.kohtaamo.routing.domain.ContactEntry;
import fi.kohtaamo.routing.repository.ContactEntryRepository;
import fi.kohtaamo.routing.repository.ContactRepository;
import io.quarkus.mailer.Mail;
import io.quarkus.mailer.Mailer;
import fi.kohtaamo.routing.repository.ClientNoticeRepository;
import fi.kohtaamo.routing.repository.MailboxRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;

import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.UUID;

/**
 * E-mail notices to clients who gave an address: a reply is waiting, more information is asked,
 * the matter is resolved. Written in the transaction of the change, sent by a job after it
 * commits (so a rolled-back change sends nothing and a mail server that is down loses nothing),
 * retried with growing pauses up to {@link #MAX_ATTEMPTS} times. In the contact's language. A
 * notice tells where to read, never what: e-mail is not a safe channel for a matter's content,
 * unless the client chose it by writing by e-mail; then staff's messages go back in their thread.
 */
@ApplicationScoped
public class ClientNotices {

    static final int MAX_ATTEMPTS = 8;
    private static final Logger LOG = Logger.getLogger(ClientNotices.class);

    private final Mailer mailer;
    private final RoutingConfig config;
    private final ClientNoticeRepository notices;
    private final MailboxRepository mailboxes;
    private final ContactEntryRepository entries;
    private final ContactRepository contacts;
    private final ContactHistory history;

    public ClientNotices(Mailer mailer, RoutingConfig config, ClientNoticeRepository notices, MailboxRepository mailboxes,
                         ContactEntryRepository entries, ContactRepository contacts, ContactHistory history) {
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
     * their latest mail in its thread: they chose e-mail for the matter, and nothing else tells
     * them the answer (they have no secret for the status page unless a receipt gave them one).
     * To anyone else it says only that something happened.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void notify(Contact contact, ClientNotice.Kind kind, ContactEntry entry) {
        ClientNotice notice = queue(contact, kind);
        if (notice != null && contact.channel == Channel.EMAIL && notice.sender != null && entry.body != null) {
            notice.entryId = entry.id;
            notice.inReplyTo = contact.mailMessageId;
            notice.mailReferences = contact.mailReferences;
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

    private ClientNotice queue(Contact contact, ClientNotice.Kind kind) {
        if (contact.contactEmail == null || contact.contactEmail.isBlank()) {
            return null;
        }
        Instant now = Instant.now();
        ClientNotice notice = new ClientNotice();
        notice.contactId = contact.id;
        notice.recipient = contact.contactEmail;
        notice.language = contact.language;
        notice.kind = kind;
        notice.trackingCode = contact.trackingCode;
        notice.messageId = UUID.randomUUID() + "@" + config.mail().messageIdDomain();
        // A contact that came by e-mail is answered from its mailbox, so the client's answer comes back there.
        notice.sender = contact.mailboxId == null ? null
                : mailboxes.findByIdOptional(contact.mailboxId).map(mailbox -> mailbox.address).orElse(null);
        notice.createdAt = now;
        notice.nextAttemptAt = now;
        notice.persist();
        return notice;
    }

    /**
     * Sends the notices due; returns how many went out. Each try is a line in the contact's
     * history (staff see what went out when, and a failure with its next try), never the
     * client's address nor the error's text there, since the history outlives the notice.
     */
    @Transactional
    public int deliver(Instant now, int batch) {
        List<Long> due = notices.lockDue(now, MAX_ATTEMPTS, batch);
        int sent = 0;
        for (Long id : due) {
            ClientNotice notice = notices.findById(id);
            try {
                mailer.send(mail(notice));
                notice.sent(now);
                history.recordAside(notice.contactId, ContactEntry.Kind.EMAIL_SENT, details(notice), now);
                sent++;
            } catch (RuntimeException e) {
                notice.failed(String.valueOf(e.getMessage()), now);
                Map<String, Object> details = details(notice);
                details.put("error", e.getClass().getSimpleName());
                details.put(notice.gaveUp(MAX_ATTEMPTS) ? "gaveUp" : "nextAttemptAt",
                        notice.gaveUp(MAX_ATTEMPTS) ? true : notice.nextAttemptAt.toString());
                history.recordAside(notice.contactId, ContactEntry.Kind.EMAIL_NOT_SENT, details, now);
                LOG.warnf("e-mail notice %d not sent (attempt %d): %s", notice.id, notice.attempts, e.getClass().getSimpleName());
            }
        }
        return sent;
    }

    private static Map<String, Object> details(ClientNotice notice) {
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("notice", notice.kind.name());
        details.put("messageId", notice.messageId);
        details.put("attempt", notice.attempts + (notice.sentAt != null ? 1 : 0));
        if (notice.entryId != null) {
            details.put("entryId", notice.entryId);
        }
        return details;
    }

    /**
     * The e-mail: threaded by its Message-ID (and the client's, which it answers), from the
     * contact's mailbox when it has one. A notice is marked automatic; staff's own words are not.
     */
    Mail mail(ClientNotice notice) {
        String text = notice.entryId == null ? null : entries.findByIdOptional(notice.entryId)
                .map(entry -> entry.body).orElse(null);
        Mail mail = text == null ? Mail.withText(notice.recipient, subject(notice), body(notice))
                : Mail.withText(notice.recipient, replySubject(notice), replyBody(notice, text));
        if (text == null) {
            // RFC 3834: a notice is automatic mail, so responders must not answer it.
            mail.addHeader("Auto-Submitted", "auto-generated");
        }
        // Exchange's out-of-office replies not either.
        mail.addHeader("X-Auto-Response-Suppress", "OOF, AutoReply");
        if (notice.messageId != null) {
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

    /** "Re: " and the client's own subject, with the tracking code (which also threads their answer back). */
    String replySubject(ClientNotice notice) {
        String subject = contacts.findByIdOptional(notice.contactId).map(contact -> contact.mailSubject).orElse(null);
        if (subject == null || subject.isBlank()) {
            return subject(notice);
        }
        String answer = subject.regionMatches(true, 0, "Re:", 0, 3) ? subject : "Re: " + subject;
        return answer.toUpperCase(Locale.ROOT).contains(notice.trackingCode) ? answer
                : answer + " [" + notice.trackingCode + "]";
    }

    /** Staff's text, then how the matter goes on: the code, answering by e-mail, the status page. */
    String replyBody(ClientNotice notice, String text) {
        String link = config.statusPageUrl();
        return text.strip() + "\n\n-- \n" + switch (notice.language) {
            case "sv" -> "Ärendets kod är " + notice.trackingCode + ". Du kan svara på detta meddelande: ditt svar "
                    + "läggs till ärendet. Ärendets läge ser du på " + link + ".\n\nKohtaamo – myndigheternas kundtjänst\n";
            case "en" -> "The tracking code of your matter is " + notice.trackingCode + ". You can reply to this message: "
                    + "your answer is added to the matter. You can follow it at " + link
                    + ".\n\nKohtaamo – public agencies' customer service\n";
            default -> "Asiasi seurantatunnus on " + notice.trackingCode + ". Voit vastata tähän viestiin: vastauksesi "
                    + "liitetään asiaan. Asian tilanteen näet osoitteessa " + link
                    + ".\n\nKohtaamo – viranomaisten asiakaspalvelu\n";
        };
    }

    static String subject(ClientNotice notice) {
        return switch (notice.language) {
            case "sv" -> "Ditt ärende " + notice.trackingCode + ": " + switch (notice.kind) {
                case REPLY -> "nytt svar";
                case INFORMATION_REQUESTED -> "vi behöver mer information";
                case RESOLVED -> "ärendet är avgjort";
                case SATISFACTION_SURVEY -> "hur lyckades vi?";
            };
            case "en" -> "Your matter " + notice.trackingCode + ": " + switch (notice.kind) {
                case REPLY -> "a new reply";
                case INFORMATION_REQUESTED -> "we need more information";
                case RESOLVED -> "resolved";
                case SATISFACTION_SURVEY -> "how did we do?";
            };
            default -> "Asiasi " + notice.trackingCode + ": " + switch (notice.kind) {
                case REPLY -> "uusi vastaus";
                case INFORMATION_REQUESTED -> "tarvitsemme lisätietoja";
                case RESOLVED -> "asia on ratkaistu";
                case SATISFACTION_SURVEY -> "miten onnistuimme?";
            };
        };
    }

    String body(ClientNotice notice) {
        if (notice.kind == ClientNotice.Kind.SATISFACTION_SURVEY) {
            return surveyBody(notice);
        }
        String link = config.statusPageUrl();
        boolean replyable = notice.sender != null;
        return switch (notice.language) {
            case "sv" -> "Hej,\n\nDitt ärende " + notice.trackingCode + " har uppdaterats. Du kan läsa det på "
                    + link + " med ärendets kod och den hemliga koden du fick när du skickade det, eller inloggad.\n\n"
                    + (replyable ? "Du kan svara på detta meddelande: ditt svar läggs till ärendet."
                    : "Svara inte på detta meddelande.") + "\n\nKohtaamo – myndigheternas kundtjänst\n";
            case "en" -> "Hello,\n\nYour matter " + notice.trackingCode + " has been updated. You can read it at "
                    + link + " with the tracking code and the secret you received when you sent it, or signed in.\n\n"
                    + (replyable ? "You can reply to this message: your answer is added to the matter."
                    : "Please do not reply to this message.") + "\n\nKohtaamo – public agencies' customer service\n";
            default -> "Hei,\n\nAsiasi " + notice.trackingCode + " on päivittynyt. Voit lukea sen osoitteessa "
                    + link + " asian seurantatunnuksella ja salaisella tunnisteella, jotka sait lähettäessäsi sen, "
                    + "tai kirjautuneena.\n\n" + (replyable ? "Voit vastata tähän viestiin: vastauksesi liitetään asiaan."
                    : "Älä vastaa tähän viestiin.") + "\n\nKohtaamo – viranomaisten asiakaspalvelu\n";
        };
    }

    /** The invitation: two questions, anonymous, and the link that works once. */
    static String surveyBody(ClientNotice notice) {
        return switch (notice.language) {
            case "sv" -> "Hej,\n\nditt ärende " + notice.trackingCode + " har avgjorts. Berätta hur nöjd du var med "
                    + "servicen: det tar en minut och svaren är anonyma.\n\n" + notice.link
                    + "\n\nLänken fungerar en gång. Svara inte på detta meddelande.\n\nKohtaamo – myndigheternas kundtjänst\n";
            case "en" -> "Hello,\n\nyour matter " + notice.trackingCode + " has been resolved. Tell us how satisfied you "
                    + "were with the service: it takes a minute and the answers are anonymous.\n\n" + notice.link
                    + "\n\nThe link works once. Please do not reply to this message.\n\n"
                    + "Kohtaamo – public agencies' customer service\n";
            default -> "Hei,\n\nasiasi " + notice.trackingCode + " on ratkaistu. Kerro, kuinka tyytyväinen olit "
                    + "palveluun: vastaaminen vie minuutin ja vastaukset ovat nimettömiä.\n\n" + notice.link
                    + "\n\nLinkki toimii kerran. Älä vastaa tähän viestiin.\n\nKohtaamo – viranomaisten asiakaspalvelu\n";
        };
    }
}
