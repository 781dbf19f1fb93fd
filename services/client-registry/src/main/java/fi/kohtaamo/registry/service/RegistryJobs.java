package fi.kohtaamo.registry.service;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

import java.time.Instant;

/** Scheduled work: the nightly retention run, and exports that passed their deadline. */
@ApplicationScoped
public class RegistryJobs {

    private static final Logger LOG = Logger.getLogger(RegistryJobs.class);

    private final Retention retention;
    private final DataExports exports;

    public RegistryJobs(Retention retention, DataExports exports) {
        this.retention = retention;
        this.exports = exports;
    }

    @Scheduled(identity = "registry-retention", cron = "${kohtaamo.registry.retention.cron}", timeZone = "Europe/Helsinki",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void retention() {
        int anonymised = retention.run(Instant.now());
        LOG.infof("retention run anonymised %d inactive clients", anonymised);
    }

    @Scheduled(identity = "registry-export-deadlines", every = "60s", delayed = "30s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void exportDeadlines() {
        int incomplete = exports.expire(Instant.now());
        if (incomplete > 0) {
            LOG.infof("%d exports passed their deadline without every part", incomplete);
        }
    }
}
