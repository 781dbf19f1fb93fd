package fi.kohtaamo.outbox;

import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.internals.RecordHeader;
import org.jboss.logging.Logger;

import javax.sql.DataSource;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
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

    private int relayBatch(Connection connection) throws SQLException {
        List<OutboxStore.PendingEvent> batch = store.claim(connection, batchSize);
        if (batch.isEmpty()) {
            return 0;
        }
        List<Future<?>> sends = new ArrayList<>(batch.size());
        for (OutboxStore.PendingEvent event : batch) {
            ProducerRecord<String, String> record = new ProducerRecord<>(event.topic(), event.aggregateId(), event.payload());
            record.headers().add(new RecordHeader("content-type",
                    CloudEvent.CONTENT_TYPE.getBytes(StandardCharsets.UTF_8)));
            if (event.traceparent() != null) {
                // Where the consumers' tracing (SmallRye Kafka) looks for the trace to continue.
                record.headers().add(new RecordHeader(TraceContext.TRACEPARENT,
                        event.traceparent().getBytes(StandardCharsets.UTF_8)));
            }
            sends.add(producer.send(record));
        }
        afterSend(batch);

        List<Long> published = new ArrayList<>(batch.size());
        Set<String> failedAggregates = new HashSet<>();
        for (int i = 0; i < batch.size(); i++) {
            OutboxStore.PendingEvent event = batch.get(i);
            String error = awaitAck(sends.get(i));
            if (error == null && !failedAggregates.contains(event.aggregateId())) {
                published.add(event.seq());
            } else if (error != null) {
                // Later events of this aggregate stay pending too (even if Kafka took them), so
                // that the aggregate is published again from its first unacknowledged event.
                failedAggregates.add(event.aggregateId());
                Duration retryAfter = backoff(event.attempts());
                LOG.warnf("outbox event %s (seq %d) not acknowledged, retry in %s: %s",
                        event.eventId(), event.seq(), retryAfter, error);
                store.markFailed(connection, event.seq(), retryAfter, error);
            }
        }
        store.markPublished(connection, published);
        return published.size();
    }

    private String awaitAck(Future<?> send) {
        try {
            // A little longer than the producer's own delivery timeout, which then reports the failure.
            send.get(sendTimeout.toMillis() + 2_000, TimeUnit.MILLISECONDS);
            return null;
        } catch (ExecutionException e) {
            return String.valueOf(e.getCause());
        } catch (TimeoutException e) {
            return "no acknowledgement within " + sendTimeout;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "interrupted";
        }
    }

    /** Exponential: 1 s, 2 s, 4 s … capped at five minutes. */
    static Duration backoff(int attemptsSoFar) {
        long seconds = 1L << Math.min(attemptsSoFar, 20);
        Duration delay = Duration.ofSeconds(seconds);
        return delay.compareTo(MAX_BACKOFF) > 0 ? MAX_BACKOFF : delay;
    }

    /** Between Kafka's acknowledgement and the database commit; tests use it to simulate a crash. */
    protected void afterSend(List<OutboxStore.PendingEvent> batch) {
    }
}
