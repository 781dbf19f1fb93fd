import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;

/**
 * Lists and replays a consumer's dead letters (topic kohtaamo.<consumer>.dlq): ./kohtaamo dlq, or a
 * Kubernetes Job (docs/operations.md). Run as a single source file with Kafka's client jars:
 * {@code java -cp 'libs/*' DeadLetters.java list|replay <consumer> [event-id]}.
 * <p>
 * Reads the topic from its start without a consumer group (nothing is committed, so every run sees
 * every letter still kept). A replay sends each letter, as it was, to the topic it came from (the
 * {@code dead-letter-topic} header SmallRye sets), with its key, so that it keeps its partition and
 * order; the consumer's inbox ignores a letter whose event has already taken effect.
 * <p>
 * Environment: {@code KAFKA_BOOTSTRAP_SERVERS}; {@code KOHTAAMO_KAFKA_CLIENT_PROPERTIES}, an optional
 * file of client properties (security.protocol, sasl.*, ssl.*) for a broker that authenticates.
 */
public class DeadLetters {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    public static void main(String[] args) throws IOException {
        if (args.length < 2 || !List.of("list", "replay").contains(args[0])) {
            System.err.println("usage: DeadLetters list|replay <consumer> [event-id]");
            System.exit(2);
        }
        String topic = "kohtaamo." + args[1] + ".dlq";
        String onlyEvent = args.length > 2 ? args[2] : null;
        Properties client = clientProperties();
        List<ConsumerRecord<String, String>> letters = new ArrayList<>();
        for (ConsumerRecord<String, String> letter : read(client, topic)) {
            if (onlyEvent == null || onlyEvent.equals(eventField(letter, "id"))) {
                letters.add(letter);
            }
        }
        if (args[0].equals("list")) {
            list(topic, letters);
        } else {
            replay(client, letters);
        }
    }

    private static void list(String topic, List<ConsumerRecord<String, String>> letters) {
        System.out.printf("%d dead letter(s) on %s%n", letters.size(), topic);
        System.out.println("time\ttype\tid\tfrom\treason");
        for (ConsumerRecord<String, String> letter : letters) {
            System.out.printf("%s\t%s\t%s\t%s\t%s%n", Instant.ofEpochMilli(letter.timestamp()), eventField(letter, "type"),
                    eventField(letter, "id"), header(letter, "dead-letter-topic"), header(letter, "dead-letter-reason"));
        }
    }

    private static void replay(Properties client, List<ConsumerRecord<String, String>> letters) {
        Properties config = new Properties();
        config.putAll(client);
        config.put(ProducerConfig.ACKS_CONFIG, "all");
        config.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, "true");
        int replayed = 0;
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(config, new StringSerializer(), new StringSerializer())) {
            for (ConsumerRecord<String, String> letter : letters) {
                String origin = header(letter, "dead-letter-topic");
                if (origin == null) {
                    System.err.printf("skipped %s-%d@%d: no dead-letter-topic header%n", letter.topic(), letter.partition(), letter.offset());
                    continue;
                }
                ProducerRecord<String, String> record = new ProducerRecord<>(origin, letter.key(), letter.value());
                record.headers().add("content-type", "application/cloudevents+json".getBytes(StandardCharsets.UTF_8));
                record.headers().add("kohtaamo-replayed-from",
                        (letter.topic() + "-" + letter.partition() + "@" + letter.offset()).getBytes(StandardCharsets.UTF_8));
                producer.send(record).get();
                System.out.printf("replayed %s %s to %s%n", eventField(letter, "type"), eventField(letter, "id"), origin);
                replayed++;
            }
        } catch (Exception e) {
            System.err.println("replay stopped: " + e);
            System.exit(1);
        }
        System.out.printf("%d dead letter(s) replayed%n", replayed);
    }

    /** Every record of the topic, from its start to its end as it was when reading began. */
    private static List<ConsumerRecord<String, String>> read(Properties client, String topic) {
        Properties config = new Properties();
        config.putAll(client);
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        List<ConsumerRecord<String, String>> records = new ArrayList<>();
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(config, new StringDeserializer(), new StringDeserializer())) {
            List<TopicPartition> partitions = consumer.partitionsFor(topic, Duration.ofSeconds(30)).stream()
                    .map(p -> new TopicPartition(topic, p.partition())).toList();
            if (partitions.isEmpty()) {
                return records;
            }
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
            while (partitions.stream().anyMatch(p -> consumer.position(p) < end.get(p))) {
                consumer.poll(Duration.ofMillis(500)).forEach(records::add);
            }
        }
        records.sort((a, b) -> Long.compare(a.timestamp(), b.timestamp()));
        return records;
    }

    private static Properties clientProperties() throws IOException {
        Properties properties = new Properties();
        String file = System.getenv("KOHTAAMO_KAFKA_CLIENT_PROPERTIES");
        if (file != null && !file.isBlank() && Files.isRegularFile(Path.of(file))) {
            try (Reader in = Files.newBufferedReader(Path.of(file))) {
                properties.load(in);
            }
        }
        String bootstrap = System.getenv("KAFKA_BOOTSTRAP_SERVERS");
        if (bootstrap != null && !bootstrap.isBlank()) {
            properties.put("bootstrap.servers", bootstrap);
        }
        properties.putIfAbsent("bootstrap.servers", "127.0.0.1:9092");
        return properties;
    }

    private static String eventField(ConsumerRecord<String, String> letter, String field) {
        try {
            JsonNode event = MAPPER.readTree(letter.value());
            return event == null ? "-" : event.path(field).asText("-");
        } catch (IOException | IllegalArgumentException e) {
            return "(not JSON)";
        }
    }

    private static String header(ConsumerRecord<String, String> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }
}
