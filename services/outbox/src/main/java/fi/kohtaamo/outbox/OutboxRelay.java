package fi.kohtaamo.outbox;

import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.header.internals.RecordHeader;
import org.jboss.logging.Logger;

import javax.sql.DataSource;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Moves outbox rows to Kafka. One pass claims a batch in its own database transaction
 * (rows locked with SKIP LOCKED, so several replicas can relay side by side without sending a
 * row twice at the same time), sends it, waits for the broker's acknowledgements and marks the
 * acknowledged rows published in that same transaction. A crash after sending and before the
 * commit leaves the rows pending: they are sent again, and consumers' inboxes absorb the copy.
 */
public class OutboxRelay {

    private static final Logger LOG = Logger.getLogger(OutboxRelay.class);
    private static final Duration MAX_BACKOFF = Duration.ofMinutes(5);

    private final DataSource dataSource;
    private final OutboxStore store;
    private final Producer<String, String> producer;
    private final int batchSize;
    private final Duration sendTimeout;

    public OutboxRelay(DataSource dataSource, OutboxStore store, Producer<String, String> producer,
                       int batchSize, Duration sendTimeout) {
        this.dataSource = dataSource;
        this.store = store;
        this.producer = producer;
        this.batchSize = batchSize;
        this.sendTimeout = sendTimeout;
    }

    /** Relays one batch; returns how many rows were marked published. */
    public int relayOnce() throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            boolean autoCommit = connection.getAutoCommit();
            connection.setAutoCommit(false);
            try {
                int published = relayBatch(connection);
                connection.commit();
                return published;
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            } finally {
                connection.setAutoCommit(autoCommit);
            }
        }
    }

    /** Relays until nothing is due or a pass publishes nothing; returns the total published. */
    public int drain() throws SQLException {
        int total = 0;
        int published;
        do {
            published = relayOnce();
            total += published;
        } while (published == batchSize);
        return total;
    }

    /**
     * Sends the batch in waves: the first pending event of every aggregate, then, once those are
     * acknowledged, the second, and so on. An event is thus on Kafka only after every earlier event
     * of its aggregate, and when one fails its later events are not sent at all: they wait behind it,
     * whether it is retried (a transient failure) or parked (a record no retry will publish).
     */
    private int relayBatch(Connection connection) throws SQLException {
        List<OutboxStore.PendingEvent> batch = store.claim(connection, batchSize);
        if (batch.isEmpty()) {
            return 0;
        }
        List<Long> published = new ArrayList<>(batch.size());
        Set<String> failedAggregates = new HashSet<>();
        for (List<OutboxStore.PendingEvent> wave : waves(batch)) {
            List<OutboxStore.PendingEvent> sending = wave.stream()
                    .filter(event -> !failedAggregates.contains(event.aggregateId())).toList();
            List<Future<?>> sends = sending.stream().<Future<?>>map(this::send).toList();
            afterSend(sending);
            for (int i = 0; i < sending.size(); i++) {
                OutboxStore.PendingEvent event = sending.get(i);
                Throwable error = awaitAck(sends.get(i));
                if (error == null) {
                    published.add(event.seq());
                } else {
                    failedAggregates.add(event.aggregateId());
                    failed(connection, event, error);
                }
            }
        }
        store.markPublished(connection, published);
        return published.size();
    }

    private void failed(Connection connection, OutboxStore.PendingEvent event, Throwable error) throws SQLException {
        if (PublishFailures.isPoison(error)) {
            LOG.errorf("outbox event %s (seq %d) can never be published, parked; its aggregate %s waits: %s",
                    event.eventId(), event.seq(), event.aggregateId(), error);
            store.park(connection, event.seq(), String.valueOf(error));
        } else {
            Duration retryAfter = backoff(event.attempts());
            LOG.warnf("outbox event %s (seq %d) not acknowledged, retry in %s: %s",
                    event.eventId(), event.seq(), retryAfter, error);
            store.markFailed(connection, event.seq(), retryAfter, String.valueOf(error));
        }
    }

    /** The batch (in seq order) as waves: the n-th wave holds the n-th event of each aggregate. */
    static List<List<OutboxStore.PendingEvent>> waves(List<OutboxStore.PendingEvent> batch) {
        Map<String, Integer> seen = new HashMap<>();
        List<List<OutboxStore.PendingEvent>> waves = new ArrayList<>();
        for (OutboxStore.PendingEvent event : batch) {
            int wave = seen.merge(event.aggregateId(), 1, Integer::sum) - 1;
            if (wave == waves.size()) {
                waves.add(new ArrayList<>());
            }
            waves.get(wave).add(event);
        }
        return waves;
    }

    private Future<?> send(OutboxStore.PendingEvent event) {
        ProducerRecord<String, String> record = new ProducerRecord<>(event.topic(), event.aggregateId(), event.payload());
        record.headers().add(new RecordHeader("content-type", CloudEvent.CONTENT_TYPE.getBytes(StandardCharsets.UTF_8)));
        if (event.traceparent() != null) {
            // Where the consumers' tracing (SmallRye Kafka) looks for the trace to continue.
            record.headers().add(new RecordHeader(TraceContext.TRACEPARENT, event.traceparent().getBytes(StandardCharsets.UTF_8)));
        }
        try {
            return producer.send(record);
        } catch (KafkaException e) {
            // Some refusals (a serialisation failure, say) are thrown rather than reported in the future.
            return CompletableFuture.failedFuture(e);
        }
    }

    /** The send's failure, or null once Kafka acknowledged it. */
    private Throwable awaitAck(Future<?> send) {
        try {
            // A little longer than the producer's own delivery timeout, which then reports the failure.
            send.get(sendTimeout.toMillis() + 2_000, TimeUnit.MILLISECONDS);
            return null;
        } catch (ExecutionException e) {
            return e.getCause();
        } catch (TimeoutException e) {
            return new org.apache.kafka.common.errors.TimeoutException("no acknowledgement within " + sendTimeout);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new org.apache.kafka.common.errors.InterruptException(e);
        }
    }

    /** Exponential: 1 s, 2 s, 4 s … capped at five minutes. */
    static Duration backoff(int attemptsSoFar) {
        return Backoff.after(attemptsSoFar + 1, Duration.ofSeconds(1), MAX_BACKOFF);
    }

    /** Between Kafka's acknowledgement and the database commit; tests use it to simulate a crash. */
    protected void afterSend(List<OutboxStore.PendingEvent> batch) {
    }
}
