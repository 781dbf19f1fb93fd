package fi.kohtaamo.outbox;

import io.agroal.api.AgroalDataSource;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.StringSerializer;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Map;

/** Runs the relay on a schedule in every replica; the rows' locks keep replicas apart. */
@ApplicationScoped
public class OutboxRelayJob {

    private static final Logger LOG = Logger.getLogger(OutboxRelayJob.class);

    private final AgroalDataSource dataSource;
    private final OutboxConfig config;
    private final OutboxStore store;
    private final String bootstrapServers;
    private final Counter publishedCounter;
    private volatile Producer<String, String> producer;
    private volatile OutboxRelay relay;

    public OutboxRelayJob(AgroalDataSource dataSource, OutboxConfig config, MeterRegistry registry,
                          @ConfigProperty(name = "kafka.bootstrap.servers") String bootstrapServers) {
        this.dataSource = dataSource;
        this.config = config;
        this.store = new OutboxStore(config.schema());
        this.bootstrapServers = bootstrapServers;
        this.publishedCounter = Counter.builder("kohtaamo.outbox.published")
                .description("Outbox events acknowledged by Kafka").register(registry);
        Gauge.builder("kohtaamo.outbox.pending", this, OutboxRelayJob::pendingOrNaN)
                .description("Outbox events not yet published").register(registry);
        Gauge.builder("kohtaamo.outbox.parked", this, OutboxRelayJob::parkedOrNaN)
                .description("Outbox events parked because they can never be published; their aggregates wait")
                .register(registry);
    }

    @Scheduled(every = "${kohtaamo.outbox.interval:1s}", delayed = "2s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void relay() {
        if (!config.relayEnabled()) {
            return;
        }
        try {
            int published = relayInstance().drain();
            publishedCounter.increment(published);
        } catch (SQLException | RuntimeException e) {
            LOG.warnf("outbox relay pass failed, rows stay pending: %s", e.toString());
        }
    }

    @Scheduled(every = "1h", delayed = "1m", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void deleteOldPublished() {
        try (Connection connection = dataSource.getConnection()) {
            int deleted = store.deletePublishedBefore(connection, config.retention());
            if (deleted > 0) {
                LOG.debugf("deleted %d published outbox rows", deleted);
            }
        } catch (SQLException e) {
            LOG.warnf("outbox clean-up failed: %s", e.toString());
        }
    }

    private OutboxRelay relayInstance() {
        if (relay == null) {
            synchronized (this) {
                if (relay == null) {
                    producer = new KafkaProducer<>(Map.of(
                            ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                            ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true,
                            ProducerConfig.ACKS_CONFIG, "all",
                            ProducerConfig.MAX_IN_FLIGHT_REQUESTS_PER_CONNECTION, 5,
                            ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, (int) config.sendTimeout().toMillis(),
                            ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, (int) Math.max(1_000, config.sendTimeout().toMillis() / 2),
                            ProducerConfig.LINGER_MS_CONFIG, 5,
                            ProducerConfig.CLIENT_ID_CONFIG, "outbox-relay-" + config.topic()),
                            new StringSerializer(), new StringSerializer());
                    relay = new OutboxRelay(dataSource, store, producer, config.batchSize(), config.sendTimeout());
                }
            }
        }
        return relay;
    }

    private double pendingOrNaN() {
        try (Connection connection = dataSource.getConnection()) {
            return store.countPending(connection);
        } catch (SQLException e) {
            return Double.NaN;
        }
    }

    private double parkedOrNaN() {
        try (Connection connection = dataSource.getConnection()) {
            return store.countParked(connection);
        } catch (SQLException e) {
            return Double.NaN;
        }
    }

    void onStop(@Observes ShutdownEvent event) {
        Producer<String, String> current = producer;
        if (current != null) {
            current.close(java.time.Duration.ofSeconds(5));
        }
    }
}
