package fi.kohtaamo.testsupport;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;

/** Publishes to and reads from the test broker, as another service would. */
public final class KafkaTestClient {

    private final Map<String, Object> clientConfig;

    public KafkaTestClient(String bootstrapServers) {
        this(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers));
    }

    /** As a principal of the secured broker: {@link TestServers#securedClient(String)}. */
    public KafkaTestClient(Map<String, Object> clientConfig) {
        this.clientConfig = Map.copyOf(clientConfig);
    }

    /** Publishes as the outbox relay does: structured CloudEvents JSON with its content type. */
    public void publish(String topic, String key, String value) {
        publish(topic, key, value, Map.of());
    }

    /**
     * Publishes {@code records} (key, value) through one producer at about {@code perSecond}, as a
     * steady load rather than a burst, and returns once the broker has acknowledged all of them.
     */
    public void publishPaced(String topic, List<Map.Entry<String, String>> records, int perSecond) {
        long start = System.nanoTime();
        long every = 1_000_000_000L / perSecond;
        try (KafkaProducer<String, String> producer = producer()) {
            List<java.util.concurrent.Future<?>> sent = new ArrayList<>();
            for (int i = 0; i < records.size(); i++) {
                long wait = start + i * every - System.nanoTime();
                if (wait > 0) {
                    Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
                }
                sent.add(producer.send(event(topic, records.get(i).getKey(), records.get(i).getValue(), Map.of())));
            }
            for (java.util.concurrent.Future<?> one : sent) {
                one.get();
            }
        } catch (Exception e) {
            throw new IllegalStateException("cannot publish to " + topic, e);
        }
    }

    /** Publishes with extra headers, e.g. the {@code traceparent} the relay sends with a traced event. */
    public void publish(String topic, String key, String value, Map<String, String> headers) {
        try (KafkaProducer<String, String> producer = producer()) {
            producer.send(event(topic, key, value, headers)).get();
        } catch (Exception e) {
            throw new IllegalStateException("cannot publish to " + topic, e);
        }
    }

    /** A producer as this client's principal that waits for every replica's acknowledgement. */
    private KafkaProducer<String, String> producer() {
        Map<String, Object> config = new HashMap<>(clientConfig);
        config.put(ProducerConfig.ACKS_CONFIG, "all");
        return new KafkaProducer<>(config, new StringSerializer(), new StringSerializer());
    }

    /** A record as the relay writes one: the CloudEvents content type, and {@code headers}. */
    private static ProducerRecord<String, String> event(String topic, String key, String value, Map<String, String> headers) {
        ProducerRecord<String, String> record = new ProducerRecord<>(topic, key, value);
        record.headers().add("content-type", "application/cloudevents+json".getBytes(StandardCharsets.UTF_8));
        headers.forEach((name, header) -> record.headers().add(name, header.getBytes(StandardCharsets.UTF_8)));
        return record;
    }

    /**
     * How many of the topic's records the consumer group has not committed yet, over all its
     * partitions (a partition the group never committed counts from its start).
     */
    public long uncommitted(String group, String topic) {
        Map<String, Object> config = new HashMap<>(clientConfig);
        config.put(ConsumerConfig.GROUP_ID_CONFIG, "test-" + UUID.randomUUID());
        try (Admin admin = Admin.create(clientConfig);
             KafkaConsumer<String, String> consumer = new KafkaConsumer<>(config, new StringDeserializer(), new StringDeserializer())) {
            Map<TopicPartition, OffsetAndMetadata> committed = admin.listConsumerGroupOffsets(group)
                    .partitionsToOffsetAndMetadata().get();
            List<TopicPartition> partitions = consumer.partitionsFor(topic).stream()
                    .map(partition -> new TopicPartition(topic, partition.partition())).toList();
            Map<TopicPartition, Long> ends = consumer.endOffsets(partitions);
            return partitions.stream().mapToLong(partition -> ends.get(partition)
                    - (committed.get(partition) == null ? consumer.beginningOffsets(List.of(partition)).get(partition)
                    : committed.get(partition).offset())).sum();
        } catch (Exception e) {
            throw new IllegalStateException("cannot read the offsets of " + group + " on " + topic, e);
        }
    }

    /** Reads the topic from the start until {@code wanted} records match or the timeout passes. */
    public List<ConsumerRecord<String, String>> await(String topic, Predicate<ConsumerRecord<String, String>> match,
                                                      int wanted, Duration timeout) {
        return await(topic, "test-" + UUID.randomUUID(), match, wanted, timeout);
    }

    /** As {@link #await(String, Predicate, int, Duration)} in a consumer group of one's own choice (a principal may read in its own only). */
    public List<ConsumerRecord<String, String>> await(String topic, String group, Predicate<ConsumerRecord<String, String>> match,
                                                      int wanted, Duration timeout) {
        List<ConsumerRecord<String, String>> found = new ArrayList<>();
        Map<String, Object> config = new HashMap<>(clientConfig);
        config.put(ConsumerConfig.GROUP_ID_CONFIG, group);
        config.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(config, new StringDeserializer(), new StringDeserializer())) {
            consumer.subscribe(List.of(topic));
            long deadline = System.nanoTime() + timeout.toNanos();
            while (found.size() < wanted && System.nanoTime() < deadline) {
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(200))) {
                    if (match.test(record)) {
                        found.add(record);
                    }
                }
            }
        }
        return found;
    }
}
