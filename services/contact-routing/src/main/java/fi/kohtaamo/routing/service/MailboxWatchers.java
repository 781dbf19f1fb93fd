package fi.kohtaamo.routing.service;

import fi.kohtaamo.routing.config.RoutingConfig;
import fi.kohtaamo.routing.repository.MailboxRepository;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.mail.Folder;
import jakarta.mail.MessagingException;
import jakarta.mail.Store;
import org.eclipse.angus.mail.imap.IMAPFolder;
import org.eclipse.angus.mail.imap.IMAPStore;
import org.jboss.logging.Logger;

import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Keeps the mailboxes read: every enabled mailbox is read each {@code kohtaamo.routing.mail.poll-every}
 * (the safety net, and the only way for a server without IDLE), and, where the server supports
 * IMAP IDLE, a connection per mailbox waits for new mail and reads it as it arrives.
 */
@ApplicationScoped
public class MailboxWatchers {

    private static final Logger LOG = Logger.getLogger(MailboxWatchers.class);
    /** Servers end an IDLE after 30 minutes at the latest (RFC 2177): the watcher idles again sooner. */
    private static final Duration IDLE_AT_MOST = Duration.ofMinutes(25);
    private static final Duration RETRY_AFTER = Duration.ofSeconds(30);

    private final MailboxRepository mailboxes;
    private final MailboxReader reader;
    private final RoutingConfig config;
    private final Map<UUID, Watcher> watchers = new ConcurrentHashMap<>();
    private volatile boolean stopping;

    public MailboxWatchers(MailboxRepository mailboxes, MailboxReader reader, RoutingConfig config) {
        this.mailboxes = mailboxes;
        this.reader = reader;
        this.config = config;
    }

    @Scheduled(identity = "routing-mailboxes", every = "${kohtaamo.routing.mail.poll-every:60s}", delayed = "20s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void poll() {
        List<UUID> enabled = enabled();
        for (UUID id : enabled) {
            reader.read(id);
        }
        if (config.mail().idle()) {
            watch(enabled);
        }
    }

    /** Starts an IDLE watcher for each enabled mailbox that has none, and stops those of mailboxes gone or disabled. */
    public void watch(List<UUID> enabled) {
        Set<UUID> wanted = new HashSet<>(enabled);
        watchers.keySet().stream().filter(id -> !wanted.contains(id)).toList().forEach(id -> watchers.remove(id).stop());
        for (UUID id : enabled) {
            watchers.computeIfAbsent(id, this::start);
        }
    }

    /** Whether a watcher of the mailbox is waiting in IDLE now (tests wait for it before delivering). */
    public boolean idling(UUID mailboxId) {
        Watcher watcher = watchers.get(mailboxId);
        return watcher != null && watcher.idling;
    }

    List<UUID> enabled() {
        return QuarkusTransaction.joiningExisting().call(mailboxes::enabledIds);
    }

    private Watcher start(UUID id) {
        Watcher watcher = new Watcher(id);
        Thread thread = new Thread(watcher, "mailbox-idle-" + id);
        thread.setDaemon(true);
        thread.start();
        return watcher;
    }

    @PreDestroy
    void stopAll() {
        stopping = true;
        watchers.values().forEach(Watcher::stop);
        watchers.clear();
    }

    /** One mailbox's IDLE connection: reads, idles until the server tells of a change, reads again. */
    private final class Watcher implements Runnable {

        private final UUID mailboxId;
        private volatile boolean stopped;
        private volatile boolean idling;
        private volatile Store store;

        Watcher(UUID mailboxId) {
            this.mailboxId = mailboxId;
        }

        @Override
        public void run() {
            while (!stopped && !stopping) {
                try {
                    if (!idleOnce()) {
                        return; // no IDLE on this server: polling reads it
                    }
                } catch (MessagingException | RuntimeException e) {
                    idling = false;
                    if (stopped || stopping) {
                        return;
                    }
                    LOG.debugf("mailbox %s: IDLE ended: %s", mailboxId, e.getClass().getSimpleName());
                    sleep(RETRY_AFTER);
                }
            }
        }

        /** Connects, reads what waits, and idles until a change; false when the server has no IDLE. */
        private boolean idleOnce() throws MessagingException {
            MailboxReader.Settings settings = reader.settingsOf(mailboxId);
            if (settings == null) {
                stopped = true;
                watchers.remove(mailboxId, this);
                return false;
            }
            try (Store connected = reader.connect(settings, IDLE_AT_MOST.toMillis())) {
                store = connected;
                if (!((IMAPStore) connected).hasCapability("IDLE")) {
                    LOG.infof("mailbox %s: the server has no IDLE; read every %s", mailboxId, config.mail().pollEvery());
                    return false;
                }
                IMAPFolder folder = (IMAPFolder) connected.getFolder(settings.folder());
                folder.open(Folder.READ_ONLY);
                while (!stopped && !stopping && folder.isOpen()) {
                    reader.read(mailboxId);
                    idling = true;
                    folder.idle(true); // returns when the server tells of new mail (or anything else)
                    idling = false;
                }
                return true;
            } finally {
                store = null;
            }
        }

        void stop() {
            stopped = true;
            Store open = store;
            if (open != null) {
                try {
                    open.close(); // ends a waiting IDLE
                } catch (MessagingException e) {
                    LOG.debugf("mailbox %s: closing: %s", mailboxId, e.getClass().getSimpleName());
                }
            }
        }

        private void sleep(Duration pause) {
            try {
                Thread.sleep(pause.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                stopped = true;
            }
        }
    }
}
