package fi.kohtaamo.routing.attachment;

import fi.kohtaamo.routing.config.RoutingConfig;
import fi.kohtaamo.routing.repository.DatabaseAttachmentStore;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Instance;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import org.jboss.logging.Logger;

/**
 * The store configuration chooses ({@code kohtaamo.routing.attachments.store}): the embedded
 * database store by default, or the S3 store, which is only built (and its settings only read)
 * when chosen. The S3 store's cleanup job runs here for the same reason.
 */
@ApplicationScoped
public class AttachmentStores {

    private static final Logger LOG = Logger.getLogger(AttachmentStores.class);

    private final RoutingConfig.Store chosen;
    private final Instance<S3AttachmentStore> s3;

    public AttachmentStores(RoutingConfig config, Instance<S3AttachmentStore> s3) {
        this.chosen = config.attachments().store();
        this.s3 = s3;
    }

    @Produces
    @Singleton
    AttachmentStore store(Instance<DatabaseAttachmentStore> database) {
        return chosen == RoutingConfig.Store.S3 ? s3.get() : database.get();
    }

    /** A misconfigured S3 store (no bucket, half a key pair) stops the start, not the first upload. */
    void checkAtStart(@Observes StartupEvent start) {
        if (chosen == RoutingConfig.Store.S3) {
            LOG.infof("attachments go to S3 bucket %s", s3.get().bucket());
        }
    }

    /** Orphans of failed uploads and objects of erased files still noted in the ledger. */
    @Scheduled(identity = "routing-attachment-objects", every = "${kohtaamo.routing.attachments.s3.cleanup-every:1m}",
            delayed = "30s", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void cleanUp() {
        if (chosen != RoutingConfig.Store.S3) {
            return;
        }
        try {
            int deleted = s3.get().cleanUp();
            if (deleted > 0) {
                LOG.infof("deleted %d attachment objects without metadata", deleted);
            }
        } catch (RuntimeException e) {
            LOG.warnf("attachment objects not cleaned up this time (%s)", e.getClass().getSimpleName());
        }
    }
}
