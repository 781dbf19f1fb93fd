package fi.kohtaamo.outbox;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.smallrye.common.annotation.Identifier;
import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.kafka.IncomingKafkaRecord;
import io.smallrye.reactive.messaging.kafka.KafkaConnectorIncomingConfiguration;
import io.smallrye.reactive.messaging.kafka.KafkaConsumer;
import io.smallrye.reactive.messaging.kafka.fault.KafkaFailureHandler;
import io.vertx.mutiny.core.Vertx;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Metadata;

import java.util.function.BiConsumer;

/**
 * The failure strategy of every incoming channel ({@code failure-strategy=kohtaamo-dead-letter}):
 * a message that can never be processed goes to the channel's dead-letter topic
 * ({@code dead-letter-queue.topic}, with SmallRye's {@code dead-letter-reason} header) and is
 * counted in {@code kohtaamo_dead_letters_total}; a transient failure never does. One that reaches
 * here (the service stopping while an event waits for its database) stops the channel without
 * committing, so the event is read again after the restart.
 */
@ApplicationScoped
@Identifier(DeadLetterStrategy.NAME)
public class DeadLetterStrategy implements KafkaFailureHandler.Factory {

    public static final String NAME = "kohtaamo-dead-letter";

    private final KafkaFailureHandler.Factory deadLetterQueue;
    private final KafkaFailureHandler.Factory failStop;
    private final MeterRegistry registry;

    public DeadLetterStrategy(@Identifier(KafkaFailureHandler.Strategy.DEAD_LETTER_QUEUE) KafkaFailureHandler.Factory deadLetterQueue,
                              @Identifier(KafkaFailureHandler.Strategy.FAIL) KafkaFailureHandler.Factory failStop,
                              MeterRegistry registry) {
        this.deadLetterQueue = deadLetterQueue;
        this.failStop = failStop;
        this.registry = registry;
    }

    @Override
    public KafkaFailureHandler create(KafkaConnectorIncomingConfiguration config, Vertx vertx,
                                      KafkaConsumer<?, ?> consumer, BiConsumer<Throwable, Boolean> reportFailure) {
        KafkaFailureHandler toTopic = deadLetterQueue.create(config, vertx, consumer, reportFailure);
        KafkaFailureHandler stop = failStop.create(config, vertx, consumer, reportFailure);
        Counter deadLetters = Counter.builder("kohtaamo.dead.letters")
                .description("Messages a consumer sent to its dead-letter topic")
                .tag("channel", config.getChannel())
                .tag("group", config.getGroupId().orElse(""))
                .tag("topic", config.getDeadLetterQueueTopic().orElse("dead-letter-topic-" + config.getChannel()))
                .register(registry);
        return new KafkaFailureHandler() {
            @Override
            public <K, V> Uni<Void> handle(IncomingKafkaRecord<K, V> record, Throwable reason, Metadata metadata) {
                if (TransientFailures.isTransient(reason)) {
                    return stop.handle(record, reason, metadata);
                }
                deadLetters.increment();
                return toTopic.handle(record, reason, metadata);
            }

            @Override
            public void terminate() {
                toTopic.terminate();
                stop.terminate();
            }
        };
    }
}
