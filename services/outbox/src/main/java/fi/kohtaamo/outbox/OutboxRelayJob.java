package fi.kohtaamo.outbox;

import io.agroal.api.AgroalDataSource;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.common.annotation.Identifier;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.StringSerializer;
import org.jboss.logging.Logger;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Runs the relay in every replica: at once after a transaction that wrote events commits (see
 * {@link #wake()}), and on a schedule for what is left (retries, events another replica wrote and
 * did not relay, events written before a crash). The rows' locks keep replicas apart; within one
 * replica one pass runs at a time.
 */
@ApplicationScoped
public class OutboxRelayJob {

    private static final Logger LOG = Logger.getLogger(OutboxRelayJob.class);

    private final AgroalDataSource dataSource;
    private final OutboxConfig config;
    private final OutboxStore store;
    private final Map<String, Object> kafkaConfig;
    private final Counter publishedCounter;
    private volatile Producer<String, String> producer;
    private volatile OutboxRelay relay;
    /** One pass at a time in this replica, whether woken or scheduled. */
    private final ReentrantLock passing = new ReentrantLock();
    /** Set by a commit, cleared by the pass that will see its events: wake-ups during a pass fold into one more. */
    private final AtomicBoolean woken = new AtomicBoolean();
    private final ExecutorService waker = Executors.newSingleThreadExecutor(
            Thread.ofPlatform().daemon().name("outbox-relay-wake").factory());

    /**
     * @param kafkaConfig the service's whole Kafka configuration (every {@code kafka.*} property and
     *                    {@code KAFKA_*} variable, as Quarkus collects it for all Kafka clients), so
     *                    that the relay authenticates as the service does
     */
    public OutboxRelayJob(AgroalDataSource dataSource, OutboxConfig config, MeterRegistry registry,
                          @Identifier("default-kafka-broker") Map<String, Object> kafkaConfig) {
        this.dataSource = dataSource;
        this.config = config;
        this.store = new OutboxStore(config.schema());
        this.kafkaConfig = Map.copyOf(kafkaConfig);
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
        if (config.relayEnabled()) {
            pass();
        }
    }

    /**
     * Relays, in the background, what a transaction has just committed: called by {@link Outbox}
     * after the commit of every transaction that wrote events, so an event reaches Kafka within
     * milliseconds rather than at the next scheduled pass. Never blocks the caller; commits that
     * come while a pass runs cost one more pass between them, not one each.
     */
    public void wake() {
        if (!config.relayEnabled() || !config.wakeOnCommit() || woken.getAndSet(true)) {
            return;
        }
        try {
            waker.execute(() -> {
                while (woken.getAndSet(false)) {
                    pass();
                }
            });
        } catch (RejectedExecutionException stopping) {
            woken.set(false); // shutting down: the rows stay pending for the next start
        }
    }

    private void pass() {
        passing.lock();
        try {
            int published = relayInstance().drain();
            publishedCounter.increment(published);
        } catch (SQLException | RuntimeException e) {
            LOG.warnf("outbox relay pass failed, rows stay pending: %s", e.toString());
        } finally {
            passing.unlock();
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
                    producer = new KafkaProducer<>(producerConfig(kafkaConfig, config.topic(), config.sendTimeout()),
                            new StringSerializer(), new StringSerializer());
                    relay = new OutboxRelay(dataSource, store, producer, config.batchSize(), config.sendTimeout());
                }
            }
        }
        return relay;
    }

    /**
     * The relay's producer settings: the service's Kafka configuration (servers, security, SASL,
     * TLS) with the relay's own delivery guarantees on top, which the configuration cannot weaken.
     */
    static Map<String, Object> producerConfig(Map<String, ?> kafkaConfig, String topic, Duration sendTimeout) {
        Map<String, Object> producerConfig = new HashMap<>(kafkaConfig);
        producerConfig.remove("group.id"); // Quarkus adds the application's name for consumers
        producerConfig.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        producerConfig.put(ProducerConfig.ACKS_CONFIG, "all");
        producerConfig.put(ProducerConfig.MAX_IN_FLIGHT_REQUESTS_PER_CONNECTION, 5);
        producerConfig.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, (int) sendTimeout.toMillis());
        producerConfig.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, (int) Math.max(1_000, sendTimeout.toMillis() / 2));
        producerConfig.put(ProducerConfig.LINGER_MS_CONFIG, 5);
        producerConfig.put(ProducerConfig.CLIENT_ID_CONFIG, "outbox-relay-" + topic);
        return producerConfig;
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
        waker.shutdownNow();
        Producer<String, String> current = producer;
        if (current != null) {
            current.close(Duration.ofSeconds(5));
        }
    }
}
