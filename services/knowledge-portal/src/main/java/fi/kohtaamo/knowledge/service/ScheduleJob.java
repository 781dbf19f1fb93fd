package fi.kohtaamo.knowledge.service;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

import java.time.Instant;

/** Publishes scheduled texts when their time comes, and archives expired ones. */
@ApplicationScoped
public class ScheduleJob {

    private static final Logger LOG = Logger.getLogger(ScheduleJob.class);

    private final Articles articles;

    public ScheduleJob(Articles articles) {
        this.articles = articles;
    }

    @Scheduled(identity = "knowledge-schedule", every = "${kohtaamo.knowledge.schedule-every}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void run() {
        int changed = articles.runSchedule(Instant.now());
        if (changed > 0) {
            LOG.infof("published or archived %d scheduled texts", changed);
        }
    }
}
