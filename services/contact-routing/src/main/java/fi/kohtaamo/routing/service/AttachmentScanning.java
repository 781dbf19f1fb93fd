package fi.kohtaamo.routing.service;

import fi.kohtaamo.routing.attachment.AttachmentStore;
import fi.kohtaamo.routing.attachment.Clamd;
import fi.kohtaamo.routing.config.RoutingConfig;
import fi.kohtaamo.routing.domain.Attachment;
import fi.kohtaamo.routing.repository.AttachmentRepository;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;

import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * Malware scanning with clamd, when {@code kohtaamo.routing.clamd.host} names one: a new file is
 * scanned right after its upload commits, and a job tries every file still waiting (clamd was
 * down, a replica stopped mid-scan). A file is scanned in a transaction that locks its row with
 * {@code skip locked}, so replicas never scan one file twice at once. Logs name attachment ids
 * only, never a file's name.
 */
@ApplicationScoped
public class AttachmentScanning {

    private static final Logger LOG = Logger.getLogger(AttachmentScanning.class);

    private final AttachmentRepository attachments;
    private final AttachmentStore store;
    private final Optional<Clamd> clamd;

    public AttachmentScanning(AttachmentRepository attachments, AttachmentStore store, RoutingConfig config) {
        this.attachments = attachments;
        this.store = store;
        RoutingConfig.Clamd settings = config.clamd();
        this.clamd = settings.host().map(host -> new Clamd(host, settings.port(), settings.timeout()));
    }

    @Scheduled(identity = "routing-attachment-scan", every = "${kohtaamo.routing.clamd.scan-every}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void job() {
        if (clamd.isPresent()) {
            scanPending();
        }
    }

    /** Scans waiting files, oldest first, until none waits or clamd fails; returns how many got a verdict. */
    public int scanPending() {
        int scanned = 0;
        while (clamd.isPresent() && scanOne(null)) {
            scanned++;
        }
        return scanned;
    }

    /** Scans one file now if it is waiting and no one else is scanning it; false when not scanned. */
    @Transactional
    public boolean scanOne(UUID attachmentId) {
        if (clamd.isEmpty()) {
            return false;
        }
        Optional<UUID> locked = attachments.lockPendingScan(attachmentId);
        if (locked.isEmpty()) {
            return false;
        }
        Attachment attachment = attachments.findById(locked.get());
        Clamd.Verdict verdict;
        try (InputStream content = store.open(attachment.id)) {
            verdict = clamd.get().scan(content);
        } catch (IOException e) {
            LOG.warnf("clamd could not scan attachment %s (%s); it stays waiting", attachment.id, e.getClass().getSimpleName());
            return false;
        }
        if (verdict.clean()) {
            attachment.scannedClean(Instant.now());
        } else {
            attachment.scannedInfected(verdict.finding(), Instant.now());
            LOG.warnf("clamd found %s in attachment %s of contact %s; it is kept out", verdict.finding(), attachment.id,
                    attachment.contactId);
        }
        return true;
    }
}
