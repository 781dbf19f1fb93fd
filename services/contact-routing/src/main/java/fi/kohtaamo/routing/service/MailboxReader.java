package fi.kohtaamo.routing.service;

import fi.kohtaamo.routing.config.RoutingConfig;
import fi.kohtaamo.routing.domain.Mailbox;
import fi.kohtaamo.routing.mail.MailParser;
import fi.kohtaamo.routing.mail.ParsedMail;
import fi.kohtaamo.routing.repository.MailboxRepository;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.mail.Flags;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Store;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.search.FlagTerm;
import org.eclipse.angus.mail.imap.IMAPFolder;
import org.eclipse.angus.mail.imap.IMAPStore;
import org.jboss.logging.Logger;

import java.io.IOException;
import java.time.Instant;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;

/**
 * One pass over a mailbox: connect over IMAP, take every message not yet processed, one at a time
 * ({@link InboundMail#take}, its own transaction), and only after that commits mark it processed on
 * the server: moved to the mailbox's processed folder, or flagged. Stopping anywhere loses nothing
 * and doubles nothing: a message not yet marked is read again next pass and found taken.
 * One pass per mailbox at a time in this replica; replicas racing on one message are parted by
 * the unique key (the loser's transaction rolls back).
 */
@ApplicationScoped
public class MailboxReader {

    /** The keyword that marks a message processed where the server keeps keywords; else \Seen. */
    static final String PROCESSED = "$KohtaamoProcessed";
    private static final Logger LOG = Logger.getLogger(MailboxReader.class);

    private final MailboxRepository mailboxes;
    private final InboundMail inbound;
    private final MailboxSecrets secrets;
    private final MailServers servers;
    private final RoutingConfig config;
    private final Map<UUID, ReentrantLock> passes = new ConcurrentHashMap<>();

    public MailboxReader(MailboxRepository mailboxes, InboundMail inbound, MailboxSecrets secrets, MailServers servers,
                         RoutingConfig config) {
        this.mailboxes = mailboxes;
        this.inbound = inbound;
        this.secrets = secrets;
        this.servers = servers;
        this.config = config;
    }

    /** Where a pass is with a message: tests stop the reader at one of these, as a crash would. */
    public enum Stage { READ, TAKEN, MARKED }

    /** Told of each stage of each message (the index within the pass); does nothing in production. */
    public interface Checkpoint {
        Checkpoint NONE = (stage, index) -> {
        };

        void reached(Stage stage, int index);
    }

    /** What a pass did: messages read, contacts created or added to, messages set aside; {@code busy} when another pass ran. */
    public record Pass(int read, int taken, int setAside, boolean busy) {
        static final Pass BUSY = new Pass(0, 0, 0, true);
    }

    /** The connection details of a mailbox, read in a short transaction before any network work. */
    record Settings(UUID id, String organisation, String host, int port, Mailbox.Security security, String username, String passwordSecret,
                    String folder, String processedFolder) {
    }

    public Pass read(UUID mailboxId) {
        return read(mailboxId, Checkpoint.NONE);
    }

    /** A pass that tells {@code checkpoint} of each stage: tests stop it there by throwing, as a killed reader stops. */
    public Pass read(UUID mailboxId, Checkpoint checkpoint) {
        ReentrantLock lock = passes.computeIfAbsent(mailboxId, id -> new ReentrantLock());
        if (!lock.tryLock()) {
            return Pass.BUSY;
        }
        try {
            Settings settings = settingsOf(mailboxId);
            if (settings == null) {
                return new Pass(0, 0, 0, false);
            }
            Pass pass = readMessages(settings, checkpoint);
            inbound.passEnded(mailboxId, null, Instant.now());
            return pass;
        } catch (MessagingException | IOException | IllegalStateException e) {
            // The exception's message may quote the server's answer or an address: its kind only.
            LOG.warnf("mailbox %s not read: %s", mailboxId, e.getClass().getSimpleName());
            inbound.passEnded(mailboxId, e.getClass().getSimpleName(), Instant.now());
            return new Pass(0, 0, 0, false);
        } finally {
            lock.unlock();
        }
    }

    /** An enabled mailbox's connection details; null when it is gone or disabled. */
    Settings settingsOf(UUID mailboxId) {
        return QuarkusTransaction.joiningExisting().call(() -> mailboxes.findByIdOptional(mailboxId)
                .filter(mailbox -> mailbox.enabled)
                .map(mailbox -> new Settings(mailbox.id, mailbox.organisation, mailbox.host, mailbox.port, mailbox.security, mailbox.username,
                        mailbox.passwordSecret, mailbox.folder, mailbox.processedFolder))
                .orElse(null));
    }

    private Pass readMessages(Settings settings, Checkpoint checkpoint) throws MessagingException, IOException {
        try (Store store = connect(settings, config.mail().timeout().toMillis())) {
            IMAPFolder folder = (IMAPFolder) store.getFolder(settings.folder());
            folder.open(Folder.READ_WRITE);
            Folder target = processedFolder(store, settings);
            Flags processed = processedFlags(folder);
            int read = 0;
            int taken = 0;
            int setAside = 0;
            try {
                Message[] waiting = folder.search(new FlagTerm(processed, false));
                long validity = folder.getUIDValidity();
                for (int i = 0; i < waiting.length && i < config.mail().batch(); i++) {
                    MimeMessage message = (MimeMessage) waiting[i];
                    ParsedMail mail = MailParser.parse(message, "uid:" + settings.folder() + ":" + validity + ":"
                            + folder.getUID(message));
                    read++;
                    checkpoint.reached(Stage.READ, i);
                    InboundMail.Taken result;
                    try {
                        result = inbound.take(settings.id(), mail);
                    } catch (RuntimeException e) {
                        // Left unmarked: tried again next pass. No text of it in the log.
                        LOG.warnf("mailbox %s: a message was not taken: %s", settings.id(), e.getClass().getSimpleName());
                        continue;
                    } finally {
                        mail.deleteFiles();
                    }
                    checkpoint.reached(Stage.TAKEN, i);
                    if (result.contactId() != null) {
                        taken++;
                    } else {
                        setAside++;
                    }
                    markProcessed(folder, message, processed, target);
                    checkpoint.reached(Stage.MARKED, i);
                }
            } finally {
                if (folder.isOpen()) {
                    folder.close(target != null); // expunge what was moved by copy and delete
                }
            }
            return new Pass(read, taken, setAside, false);
        }
    }

    /** Connects and logs in; the password comes from the secret the mailbox names. */
    Store connect(Settings settings, long timeoutMillis) throws MessagingException {
        if (!servers.allowed(settings.host())) {
            throw new IllegalStateException("mail server not allowed");
        }
        String password = secrets.password(settings.organisation(), settings.passwordSecret())
                .orElseThrow(() -> new IllegalStateException("secret " + settings.passwordSecret() + " not configured"));
        String protocol = settings.security() == Mailbox.Security.TLS ? "imaps" : "imap";
        Properties properties = new Properties();
        String prefix = "mail." + protocol + ".";
        properties.put(prefix + "connectiontimeout", String.valueOf(timeoutMillis));
        properties.put(prefix + "timeout", String.valueOf(timeoutMillis));
        properties.put(prefix + "writetimeout", String.valueOf(timeoutMillis));
        // Headers in raw UTF-8 (RFC 6532; common from phones and webmail) read as UTF-8, not as Latin-1.
        properties.put("mail.mime.allowutf8", "true");
        if (settings.security() == Mailbox.Security.STARTTLS) {
            properties.put(prefix + "starttls.enable", "true");
            properties.put(prefix + "starttls.required", "true");
        }
        if (settings.security() != Mailbox.Security.NONE) {
            properties.put(prefix + "ssl.checkserveridentity", "true");
        }
        Store store = Session.getInstance(properties).getStore(protocol);
        store.connect(settings.host(), settings.port(), settings.username(), password);
        return store;
    }

    private static Folder processedFolder(Store store, Settings settings) throws MessagingException {
        if (settings.processedFolder() == null) {
            return null;
        }
        Folder target = store.getFolder(settings.processedFolder());
        if (!target.exists()) {
            target.create(Folder.HOLDS_MESSAGES);
        }
        return target;
    }

    /** Our own keyword where the server keeps keywords (people reading the mailbox then change nothing); else \Seen. */
    private static Flags processedFlags(Folder folder) {
        Flags permanent = folder.getPermanentFlags();
        return permanent != null && permanent.contains(Flags.Flag.USER) ? new Flags(PROCESSED) : new Flags(Flags.Flag.SEEN);
    }

    private static void markProcessed(IMAPFolder folder, Message message, Flags processed, Folder target)
            throws MessagingException {
        Message[] one = {message};
        folder.setFlags(one, processed, true);
        if (target == null) {
            return;
        }
        if (((IMAPStore) folder.getStore()).hasCapability("MOVE")) {
            folder.moveMessages(one, target);
        } else {
            folder.copyMessages(one, target); // a crash before the expunge leaves a copy in both: read again, found taken
            folder.setFlags(one, new Flags(Flags.Flag.DELETED), true);
        }
    }
}
