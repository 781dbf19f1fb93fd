package fi.kohtaamo.routing.service;

import fi.kohtaamo.routing.config.RoutingConfig;
import fi.kohtaamo.routing.domain.Channel;
import fi.kohtaamo.routing.domain.Contact;
import fi.kohtaamo.routing.domain.ContactStatus;
import fi.kohtaamo.routing.domain.TrackingCode;
import fi.kohtaamo.routing.domain.InboundMessage;
import fi.kohtaamo.routing.domain.KnownService;
import fi.kohtaamo.routing.domain.Mailbox;
import fi.kohtaamo.routing.mail.MailParser;
import fi.kohtaamo.routing.mail.ParsedMail;
import fi.kohtaamo.routing.mail.QuotedReply;
import fi.kohtaamo.routing.repository.ClientNoticeRepository;
import fi.kohtaamo.routing.repository.ContactRepository;
import fi.kohtaamo.routing.mail.ServiceGuess;
import fi.kohtaamo.routing.repository.InboundMessageRepository;
import fi.kohtaamo.routing.repository.KnownServiceRepository;
import fi.kohtaamo.routing.repository.MailboxRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * One e-mail taken in, in one transaction: the message's key ({@link InboundMessage}) and its
 * effect, a new contact on channel EMAIL or the client's message on the contact it answers,
 * commit together or not at all. The reader flags the
 * message on the server only after this commits; a message read again finds its key and has no
 * second effect.
 */
@ApplicationScoped
public class InboundMail {

    private static final Logger LOG = Logger.getLogger(InboundMail.class);

    private final MailboxRepository mailboxes;
    private final InboundMessageRepository messages;
    private final KnownServiceRepository services;
    private final ContactIntake intake;
    private final RoutingConfig config;
    private final ContactWork work;
    private final ContactRepository contacts;
    private final ClientNoticeRepository notices;
    private final ClientNotices clientNotices;
    private final Attachments attachments;

    public InboundMail(MailboxRepository mailboxes, InboundMessageRepository messages, KnownServiceRepository services,
                       ContactIntake intake, RoutingConfig config, ContactWork work, ContactRepository contacts,
                       ClientNoticeRepository notices, ClientNotices clientNotices, Attachments attachments) {
        this.clientNotices = clientNotices;
        this.attachments = attachments;
        this.work = work;
        this.contacts = contacts;
        this.notices = notices;
        this.mailboxes = mailboxes;
        this.messages = messages;
        this.services = services;
        this.intake = intake;
        this.config = config;
    }

    /** What became of a message; {@code repeated} when an earlier pass had already taken it. */
    public record Taken(InboundMessage.Outcome outcome, UUID contactId, boolean repeated) {
    }

    @Transactional
    public Taken take(UUID mailboxId, ParsedMail mail) {
        Mailbox mailbox = mailboxes.findById(mailboxId);
        InboundMessage earlier = messages.findById(new InboundMessage.Key(mailbox.organisation, mail.messageKey()));
        if (earlier != null) {
            return new Taken(earlier.outcome, earlier.contactId, true);
        }
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        String senderHash = senderHash(mail.sender());
        InboundMessage.Outcome setAside = setAside(mailbox, mail, senderHash, now);
        if (setAside != null) {
            InboundMessage.of(mailbox, mail.messageKey(), senderHash, setAside, null, now).persist();
            LOG.infof("mailbox %s: a message set aside as %s (%s)", mailboxId, setAside,
                    mail.automatic() != null ? mail.automatic() : "loop protection");
            return new Taken(setAside, null, false);
        }
        Optional<Contact> thread = thread(mailbox, mail);
        InboundMessage.Outcome outcome;
        Contact contact;
        if (thread.isPresent()) {
            contact = work.clientMessage(thread.get(), QuotedReply.newPart(mail.text()));
            outcome = InboundMessage.Outcome.ADDED_TO_CONTACT;
            contact.clientMailed(mail.messageId(), mail.references(), mail.subject());
        } else {
            ContactIntake.Received received = newContact(mailbox, mail);
            contact = received.contact();
            outcome = InboundMessage.Outcome.NEW_CONTACT;
            contact.clientMailed(mail.messageId(), mail.references(), mail.subject());
            clientNotices.receipt(contact, received.accessSecret());
        }
        for (ParsedMail.File file : mail.files()) {
            attachments.addFromMail(contact, new Attachments.Upload(file.fileName(), file.content(), file.size()));
        }
        InboundMessage.of(mailbox, mail.messageKey(), senderHash, outcome, contact.id, now).persist();
        return new Taken(outcome, contact.id, false);
    }

    /**
     * Mail that must not become a contact nor be answered (RFC 3834): automatic mail (auto-replies,
     * bounces, lists, bulk; a message without a sender is one too) and loops: mail from one of the
     * platform's own mailboxes, or more from one sender in the last hour than
     * {@code kohtaamo.routing.mail.per-sender-per-hour} (two auto-responders answering each other
     * despite their headers). Set-aside messages stay on the server, marked, for a person to read.
     */
    private InboundMessage.Outcome setAside(Mailbox mailbox, ParsedMail mail, String senderHash, Instant now) {
        if (mail.automatic() != null || mail.sender() == null) {
            return InboundMessage.Outcome.AUTOMATIC;
        }
        if (mailboxes.isMailboxAddress(mail.sender())
                || messages.fromSenderSince(mailbox.organisation, senderHash, now.minus(Duration.ofHours(1)))
                >= config.mail().perSenderPerHour()) {
            return InboundMessage.Outcome.LOOP;
        }
        return null;
    }

    /**
     * The open contact a message answers: one whose notice it names in In-Reply-To or References
     * (a notice's Message-ID is random, so naming it shows the notice was received), or one whose
     * tracking code is in the subject and whose client wrote from the same address. The contact
     * must be the mailbox organisation's (or in a queue it sees) and not closed: an answer to a
     * closed contact starts a new one, as the status page asks.
     */
    private Optional<Contact> thread(Mailbox mailbox, ParsedMail mail) {
        Optional<Contact> byHeader = notices.contactOfMessageIds(mail.references()).flatMap(contacts::findByIdOptional);
        Optional<Contact> found = byHeader.isPresent() ? byHeader : TrackingCode.findIn(mail.subject())
                .flatMap(contacts::findByTrackingCode)
                .filter(contact -> mail.sender() != null && mail.sender().equalsIgnoreCase(contact.contactEmail));
        return found.filter(contact -> mailbox.organisation.equals(contact.organisation)
                        || contact.queue.visibleTo(mailbox.organisation))
                .filter(contact -> contact.status != ContactStatus.CLOSED && contact.personalDataRemovedAt == null);
    }

    private ContactIntake.Received newContact(Mailbox mailbox, ParsedMail mail) {
        KnownService service = service(mailbox, mail.subject());
        String language = mail.language() != null ? mail.language() : mailbox.language;
        NewContact request = new NewContact(service == null ? null : service.serviceId, description(mail), language,
                Channel.EMAIL, mail.senderName(), mail.sender(), null, null, Map.of());
        Router.Home home = new Router.Home(mailbox.organisation, mailbox.queue == null ? null : mailbox.queue.code);
        ContactIntake.Received received = intake.receive(request, RoutingRoles.mailbox(mailbox.id, mailbox.organisation),
                null, home);
        received.contact().mailboxId = mailbox.id;
        received.contact().descriptionHtml = mail.html();
        return received;
    }

    /** The subject heads the text, as the client wrote it. */
    static String description(ParsedMail mail) {
        String text = mail.subject().isEmpty() ? mail.text() : mail.subject() + "\n\n" + mail.text();
        return text.isBlank() ? "(e-mail without text)" : text;
    }

    /**
     * The mailbox's own service (an address of one service), else a published service of the
     * organisation whose name the subject contains (the longest such name): a guess a rule or
     * an agent may correct, and only among services an e-mail can be a contact of (no required
     * extra questions).
     */
    private KnownService service(Mailbox mailbox, String subject) {
        if (mailbox.serviceId != null) {
            KnownService own = services.findById(mailbox.serviceId);
            if (own != null && own.acceptsContacts()) {
                return own;
            }
        }
        List<KnownService> candidates = services.publishedOf(mailbox.organisation);
        return ServiceGuess.fromSubject(subject, candidates.stream()
                .filter(service -> service.attributes.stream().noneMatch(question -> question.required()))
                .toList());
    }

    /** The sender as loop protection counts them: SHA-256 of the lower-case address, never the address. */
    static String senderHash(String sender) {
        return MailParser.sha256(sender == null ? "" : sender.strip().toLowerCase(Locale.ROOT));
    }

    /** A pass over the mailbox reached the server (or failed, with the failure's kind). */
    @Transactional
    public void passEnded(UUID mailboxId, String failure, Instant at) {
        Mailbox mailbox = mailboxes.findById(mailboxId);
        if (mailbox == null) {
            return;
        }
        if (failure == null) {
            mailbox.readAt(at);
        } else {
            mailbox.failed(failure);
        }
    }
}
