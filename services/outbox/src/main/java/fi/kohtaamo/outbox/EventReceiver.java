package fi.kohtaamo.outbox;

import io.agroal.api.AgroalDataSource;
import io.micrometer.core.instrument.Counter;
import io.opentelemetry.api.OpenTelemetry;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.api.trace.propagation.W3CTraceContextPropagator;
import io.opentelemetry.context.Context;
import io.opentelemetry.context.Scope;
import io.opentelemetry.context.propagation.TextMapGetter;
import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Instance;
import io.smallrye.reactive.messaging.kafka.KafkaRecord;
import io.smallrye.reactive.messaging.kafka.KafkaRecordBatch;
import io.smallrye.reactive.messaging.kafka.api.IncomingKafkaRecordMetadata;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.jboss.logging.Logger;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.function.Consumer;
import java.util.function.Supplier;

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
    private final MeterRegistry registry;
    private final Tracer tracer;
    private volatile boolean stopping;

    /** @param openTelemetry the service's SDK (quarkus-opentelemetry); without one, spans are no-ops */
    public EventReceiver(AgroalDataSource dataSource, Inbox inbox, InboxConfig config, OutboxConfig outboxConfig,
                         MeterRegistry registry, Instance<OpenTelemetry> openTelemetry) {
        this.dataSource = dataSource;
        this.registry = registry;
        this.tracer = (openTelemetry.isResolvable() ? openTelemetry.get() : OpenTelemetry.noop())
                .getTracer("fi.kohtaamo.outbox");
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
        CloudEvent event = believed(consumer, record);
        if (event != null) {
            applyOne(consumer, record, event, effect);
        }
    }

    /**
     * Applies the events of one poll ({@code batch=true} on the channel) as {@link #receive} applies
     * one, but all in one transaction: the commit, the session and the inbox's round trips are paid
     * once a poll instead of once an event, which is most of what a consumer costs under load. An
     * event the batch's transaction cannot apply (not a transient failure) has the batch rolled
     * back and its events applied one at a time, each with its own retries, so one bad event never
     * takes the others' effect with it and is the only one dead-lettered. A dead letter is nacked
     * on its own record, and only once the rest of the poll is applied: the failure strategy
     * acknowledges the record when it is sent, and were it its partition's last, that would commit
     * the offsets of events still waiting for their database. The poll's last record of each
     * partition is acknowledged after the dead letters are sent, so a crash before then reads the
     * poll again (and the inbox makes that harmless).
     *
     * @return completes when the batch's records are acknowledged or dead-lettered
     */
    public CompletionStage<Void> receiveAll(String consumer, KafkaRecordBatch<String, String> batch,
                                            Consumer<CloudEvent> effect) {
        Map<KafkaRecord<String, String>, CloudEvent> believed = new LinkedHashMap<>();
        Map<CloudEvent, ConsumerRecord<String, String>> records = new IdentityHashMap<>();
        List<Letter> letters = new ArrayList<>();
        for (KafkaRecord<String, String> message : batch) {
            ConsumerRecord<String, String> record = consumerRecord(message);
            try {
                CloudEvent event = believed(consumer, record);
                if (event != null) {
                    believed.put(message, event);
                    records.put(event, record);
                }
            } catch (Unprocessable e) {
                letters.add(new Letter(message, record, e));
            }
        }
        Consumer<CloudEvent> traced = event -> inTrace(records.get(event), event, effect);
        if (!applyTogether(consumer, List.copyOf(believed.values()), traced)) {
            Counter.builder("kohtaamo.consumer.batch.fallbacks")
                    .description("Batches a consumer could not apply together and applied one event at a time")
                    .tag("consumer", consumer).register(registry).increment();
            believed.forEach((message, event) -> {
                ConsumerRecord<String, String> record = records.get(event);
                try {
                    applyOne(consumer, record, event, traced);
                } catch (Unprocessable e) {
                    letters.add(new Letter(message, record, e));
                }
            });
        }
        // Only now, with every other event of the poll applied: the dead-letter strategy acknowledges
        // a letter's record once it is sent, and a partition's last record acknowledged commits the
        // offsets before it. A partition's letters go one after another, so that one not sent stops
        // the later ones (and the channel) rather than being committed past.
        Map<String, CompletionStage<Void>> sent = new HashMap<>();
        letters.sort(Comparator.comparingLong(letter -> letter.record().offset()));
        for (Letter letter : letters) {
            String partition = letter.record().topic() + "-" + letter.record().partition();
            CompletionStage<Void> before = sent.get(partition);
            sent.put(partition, before == null ? letter.send() : before.thenCompose(done -> letter.send()));
        }
        Set<KafkaRecord<String, String>> lettered = Collections.newSetFromMap(new IdentityHashMap<>());
        letters.forEach(letter -> lettered.add(letter.message()));
        return CompletableFuture.allOf(sent.values().stream().map(CompletionStage::toCompletableFuture)
                        .toArray(CompletableFuture[]::new))
                .thenCompose(done -> CompletableFuture.allOf(batch.getLatestOffsetRecords().values().stream()
                        .filter(latest -> !lettered.contains(latest))
                        .map(latest -> latest.ack().toCompletableFuture())
                        .toArray(CompletableFuture[]::new)));
    }

    /**
     * Applies the event in a consumer span of its own whose parent is the trace the record's
     * {@code traceparent} header names, so that the events its effect writes continue the trace
     * that caused it (one contact, one trace). In batch mode the connector makes no record's span
     * current, and its channels turn the connector's tracing off, so this is the only such span.
     */
    private void inTrace(ConsumerRecord<String, String> record, CloudEvent event, Consumer<CloudEvent> effect) {
        Header traceparent = record.headers().lastHeader(TraceContext.TRACEPARENT);
        if (traceparent == null) {
            effect.accept(event);
            return;
        }
        Context parent = W3CTraceContextPropagator.getInstance().extract(Context.root(),
                new String(traceparent.value(), StandardCharsets.UTF_8), TRACEPARENT_ONLY);
        Span span = tracer.spanBuilder(record.topic() + " process").setParent(parent).setSpanKind(SpanKind.CONSUMER)
                .setAttribute("messaging.system", "kafka")
                .setAttribute("messaging.destination.name", record.topic())
                .setAttribute("messaging.message.id", event.id().toString())
                .startSpan();
        try (Scope ignored = span.makeCurrent()) {
            effect.accept(event);
        } catch (RuntimeException e) {
            span.recordException(e);
            span.setStatus(StatusCode.ERROR);
            throw e;
        } finally {
            span.end();
        }
    }

    /** Reads a {@code traceparent} value as the propagator's only carrier field. */
    private static final TextMapGetter<String> TRACEPARENT_ONLY = new TextMapGetter<>() {
        @Override
        public Iterable<String> keys(String carrier) {
            return List.of(TraceContext.TRACEPARENT);
        }

        @Override
        public String get(String carrier, String key) {
            return TraceContext.TRACEPARENT.equals(key) ? carrier : null;
        }
    };

    /** A record of a poll that goes to the dead-letter topic, once the rest of the poll is applied. */
    private record Letter(KafkaRecord<String, String> message, ConsumerRecord<String, String> record, Unprocessable reason) {
        /** Through the channel's failure strategy, which sends it and then acknowledges its record. */
        CompletionStage<Void> send() {
            return message.nack(reason);
        }
    }

    /**
     * The record's event, or null for a tombstone.
     *
     * @throws Unprocessable when it is no event or not believed from where it came
     */
    private CloudEvent believed(String consumer, ConsumerRecord<String, String> record) {
        if (record.value() == null) {
            return null; // a tombstone on a compacted topic: nothing to apply
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
        return event;
    }

    /**
     * All of a poll's events in one transaction, waiting out transient failures.
     *
     * @return false when the transaction failed otherwise: nothing of it took effect
     */
    private boolean applyTogether(String consumer, List<CloudEvent> events, Consumer<CloudEvent> effect) {
        if (events.size() < 2) {
            return events.isEmpty();
        }
        try {
            inTransactionWaitingOutOutages(consumer, () -> "a batch of " + events.size() + " events", () -> {
                events.forEach(effect);
                markHandled(events.stream().map(CloudEvent::id).toArray(UUID[]::new));
            });
        } catch (TransientFailures.ConsumerStopping e) {
            throw e;
        } catch (RuntimeException e) {
            LOG.infof("%s: a batch of %d events failed together, so each is applied on its own: %s",
                    consumer, events.size(), e);
            return false;
        }
        DistributionSummary.builder("kohtaamo.consumer.batch.events")
                .description("Events a consumer applied together in one transaction")
                .tag("consumer", consumer).register(registry).record(events.size());
        return true;
    }

    /** One event in a transaction of its own, retried as its failure deserves. */
    private void applyOne(String consumer, ConsumerRecord<String, String> record, CloudEvent event,
                          Consumer<CloudEvent> effect) {
        int failures = 0;
        while (true) {
            try {
                inTransactionWaitingOutOutages(consumer, () -> "event " + event.id(), () -> {
                    effect.accept(event);
                    markHandled(event.id());
                });
                return;
            } catch (TransientFailures.ConsumerStopping e) {
                throw e;
            } catch (RuntimeException e) {
                if (stopping) { // e.g. the connection pool closing: the stop's doing, not the event's
                    throw new TransientFailures.ConsumerStopping("stopping while an event failed", e);
                }
                if (++failures >= config.attempts()) {
                    throw deadLetter(consumer, record, event, "failed " + failures + " times: " + e, e);
                }
                LOG.warnf("%s: event %s failed (attempt %d of %d): %s", consumer, event.id(), failures,
                        config.attempts(), e);
                pause(Backoff.after(failures, config.firstBackoff(), config.maxBackoff()), e);
            }
        }
    }

    /**
     * Runs {@code work} in a transaction of its own until it commits, waiting out transient failures
     * (an outage says nothing about the events: they are never dead-lettered for one).
     *
     * @throws RuntimeException the first failure that is not transient; nothing of the work took effect
     * @throws TransientFailures.ConsumerStopping the service stops while it waits: not the events' fault
     */
    private void inTransactionWaitingOutOutages(String consumer, Supplier<String> what, Runnable work) {
        int outages = 0;
        while (true) {
            try {
                QuarkusTransaction.requiringNew().run(work);
                if (outages > 0) {
                    LOG.infof("%s: %s applied after %d transient failures", consumer, what.get(), outages);
                }
                return;
            } catch (RuntimeException e) {
                if (!TransientFailures.isTransient(e)) {
                    throw e;
                }
                outages++;
                if (outages == 1 || outages % 10 == 0) {
                    LOG.warnf("%s: %s waits for a transient failure to pass (attempt %d): %s", consumer, what.get(),
                            outages, e);
                }
                pause(Backoff.after(outages, config.firstBackoff(), config.maxBackoff()), e);
            }
        }
    }

    @SuppressWarnings("unchecked")
    private static ConsumerRecord<String, String> consumerRecord(KafkaRecord<String, String> message) {
        return message.getMetadata(IncomingKafkaRecordMetadata.class)
                .map(metadata -> (ConsumerRecord<String, String>) metadata.getRecord())
                .orElseThrow(() -> new IllegalStateException("a batch's record without its Kafka metadata"));
    }

    private void markHandled(UUID... eventIds) {
        try (Connection connection = dataSource.getConnection()) {
            deadLetters.markHandled(connection, eventIds);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot mark the dead letters of " + eventIds.length + " events handled", e);
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
