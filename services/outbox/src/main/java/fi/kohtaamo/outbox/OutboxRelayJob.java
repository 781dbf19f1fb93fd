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

/** Runs the relay on a schedule in every replica; the rows' locks keep replicas apart. */
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
        Producer<String, String> current = producer;
        if (current != null) {
            current.close(Duration.ofSeconds(5));
        }
    }
}
