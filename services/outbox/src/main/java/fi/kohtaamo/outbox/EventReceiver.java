package fi.kohtaamo.outbox;

import io.agroal.api.AgroalDataSource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.jboss.logging.Logger;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;

/**
 * Every consumer's way in: reads a Kafka record as a CloudEvent, believes it only from its owner
 * ({@link Origins}), and applies it in a transaction of its own, retrying as the failure deserves.
 * <ul>
 *   <li>A transient failure ({@link TransientFailures}: the database down, no connection free) is
 *   retried with back-off for as long as it lasts. The channel's worker waits, so the partition's
 *   later events wait too and keep their order; the connector pauses fetching meanwhile.</li>
 *   <li>Any other failure is retried in place, with back-off, {@code kohtaamo.inbox.attempts} times,
 *   then the event is dead-lettered. In place rather than through a retry topic because a retry
 *   topic lets the aggregate's later events overtake the failed one.</li>
 *   <li>A message that is not an event, or an event refused by its origin, is dead-lettered at
 *   once: no retry can change what it is.</li>
 * </ul>
 * A dead letter leaves with {@link Unprocessable} as its reason (the {@code dead-letter-reason}
 * header) and is recorded in {@code dead_letter} until the event is processed after a replay.
 * The channel's failure strategy is {@link DeadLetterStrategy}.
 */
@ApplicationScoped
public class EventReceiver {

    private static final Logger LOG = Logger.getLogger(EventReceiver.class);

    private final AgroalDataSource dataSource;
    private final Inbox inbox;
    private final InboxConfig config;
    private final Origins origins;
    private final DeadLetterStore deadLetters;
    private volatile boolean stopping;

    public EventReceiver(AgroalDataSource dataSource, Inbox inbox, InboxConfig config, OutboxConfig outboxConfig) {
        this.dataSource = dataSource;
        this.inbox = inbox;
        this.config = config;
        this.origins = new Origins(config.origins());
        this.deadLetters = new DeadLetterStore(outboxConfig.schema());
    }

    /**
     * Applies the record's event with {@code effect}, which runs in a new transaction per attempt
     * (its own {@code @Transactional} methods join it) and should use the {@link Inbox}.
     *
     * @param consumer the name dead letters are recorded under, e.g. {@code feedback.contacts}
     * @throws Unprocessable when the event goes to the dead-letter topic
     */
    public void receive(String consumer, ConsumerRecord<String, String> record, Consumer<CloudEvent> effect) {
        if (record.value() == null) {
            return; // a tombstone on a compacted topic: nothing to apply
        }
        CloudEvent event;
        try {
            event = inbox.parse(record.value());
        } catch (IllegalArgumentException e) {
            throw deadLetter(consumer, record, null, "not an event: " + e.getMessage(), e);
        }
        Optional<String> refusal = origins.refusal(record.topic(), event);
        if (refusal.isPresent()) {
            throw deadLetter(consumer, record, event, "refused: " + refusal.get(), null);
        }
        if (LOG.isDebugEnabled()) { // every event passes here: no boxing and varargs when debug is off
            LOG.debugf("%s: %s %s at %s-%d@%d", consumer, event.type(), event.id(), record.topic(), record.partition(),
                    record.offset());
        }
        int failures = 0;
        int outages = 0;
        while (true) {
            try {
                QuarkusTransaction.requiringNew().run(() -> {
                    effect.accept(event);
                    markHandled(event.id());
                });
                if (outages > 0) {
                    LOG.infof("%s: event %s applied after %d transient failures", consumer, event.id(), outages);
                }
                return;
            } catch (RuntimeException e) {
                if (TransientFailures.isTransient(e)) {
                    outages++;
                    if (outages == 1 || outages % 10 == 0) {
                        LOG.warnf("%s: event %s waits for a transient failure to pass (attempt %d): %s",
                                consumer, event.id(), outages, e);
                    }
                    pause(Backoff.after(outages, config.firstBackoff(), config.maxBackoff()), e);
                } else if (++failures < config.attempts()) {
                    LOG.warnf("%s: event %s failed (attempt %d of %d): %s", consumer, event.id(), failures,
                            config.attempts(), e);
                    pause(Backoff.after(failures, config.firstBackoff(), config.maxBackoff()), e);
                } else {
                    throw deadLetter(consumer, record, event, "failed " + failures + " times: " + e, e);
                }
            }
        }
    }

    private void markHandled(UUID eventId) {
        try (Connection connection = dataSource.getConnection()) {
            deadLetters.markHandled(connection, eventId);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot mark the dead letters of " + eventId + " handled", e);
        }
    }

    private Unprocessable deadLetter(String consumer, ConsumerRecord<String, String> record, CloudEvent event,
                                     String reason, Throwable cause) {
        LOG.errorf("%s: %s %s at %s-%d@%d goes to the dead-letter topic: %s", consumer,
                event == null ? "message" : event.type(), event == null ? "" : event.id(),
                record.topic(), record.partition(), record.offset(), reason);
        try {
            QuarkusTransaction.requiringNew().run(() -> {
                try (Connection connection = dataSource.getConnection()) {
                    deadLetters.record(connection, consumer, event == null ? null : event.id(),
                            event == null ? null : event.type(), record.topic(), record.partition(), record.offset(), reason);
                } catch (SQLException e) {
                    throw new IllegalStateException(e);
                }
            });
        } catch (RuntimeException e) {
            // The letter still reaches the topic; only the unhandled count misses it.
            LOG.warnf("%s: cannot record the dead letter: %s", consumer, e);
        }
        return new Unprocessable(reason, cause);
    }

    private void pause(Duration delay, RuntimeException failure) {
        long until = System.nanoTime() + delay.toNanos();
        try {
            while (System.nanoTime() < until) {
                if (stopping) {
                    throw new TransientFailures.ConsumerStopping("stopping while waiting to retry an event", failure);
                }
                Thread.sleep(Math.min(200, Math.max(1, (until - System.nanoTime()) / 1_000_000)));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new TransientFailures.ConsumerStopping("interrupted while waiting to retry an event", failure);
        }
    }

    void onStop(@Observes ShutdownEvent event) {
        stopping = true;
    }

    /** An event that no retry will apply: it goes to the dead-letter topic with this message as its reason. */
    public static final class Unprocessable extends RuntimeException {
        public Unprocessable(String reason, Throwable cause) {
            super(reason, cause);
        }
    }
}
