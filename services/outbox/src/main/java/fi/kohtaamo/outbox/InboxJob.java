package fi.kohtaamo.outbox;

import io.agroal.api.AgroalDataSource;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.MultiGauge;
import io.micrometer.core.instrument.Tags;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

import java.sql.Connection;
import java.sql.SQLException;

/**
 * Keeps the consumer side tidy and visible: purges inbox records older than
 * {@code kohtaamo.inbox.keep-for}, and publishes the unhandled dead letters per consumer and event
 * type as {@code kohtaamo_dead_letters_unhandled}, a figure that stays up until each is handled
 * (replayed and processed) or dismissed, unlike a counter's rate.
 */
@ApplicationScoped
public class InboxJob {

    private static final Logger LOG = Logger.getLogger(InboxJob.class);

    private final AgroalDataSource dataSource;
    private final InboxConfig config;
    private final DeadLetterStore store;
    private final MultiGauge unhandled;

    public InboxJob(AgroalDataSource dataSource, InboxConfig config, OutboxConfig outboxConfig, MeterRegistry registry) {
        this.dataSource = dataSource;
        this.config = config;
        this.store = new DeadLetterStore(outboxConfig.schema());
        this.unhandled = MultiGauge.builder("kohtaamo.dead.letters.unhandled")
                .description("Dead letters not yet handled, by consumer and event type").register(registry);
    }

    @Scheduled(every = "${kohtaamo.inbox.purge-every:1h}", delayed = "1m",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void purge() {
        try (Connection connection = dataSource.getConnection()) {
            int purged = store.purgeOlderThan(connection, config.keepFor());
            if (purged > 0) {
                LOG.infof("purged %d inbox records older than %s", purged, config.keepFor());
            }
        } catch (SQLException e) {
            LOG.warnf("inbox purge failed: %s", e.toString());
        }
    }

    @Scheduled(every = "${kohtaamo.inbox.count-every:30s}", delayed = "5s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void countUnhandled() {
        try (Connection connection = dataSource.getConnection()) {
            unhandled.register(store.countUnhandled(connection).stream()
                    .map(row -> MultiGauge.Row.of(Tags.of("consumer", row.consumer(), "type", row.eventType()), row.count()))
                    .toList(), true);
        } catch (SQLException e) {
            LOG.debugf("cannot count unhandled dead letters: %s", e.toString());
        }
    }
}
