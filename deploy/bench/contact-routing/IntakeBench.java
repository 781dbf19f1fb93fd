import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Open-loop intake load: an agency system submits contacts through the gateway with its
 * client-credentials token at a constant arrival rate, whatever the answers' speed. Each latency
 * counts from the moment the request was due. Two figures per contact:
 * <ul>
 *   <li>accepted: the 201, given only once the contact is routed and queued (one transaction);</li>
 *   <li>announced: the {@code contact.routed} event read from Kafka, as other services see it
 *   (through the outbox relay).</li>
 * </ul>
 * Every accepted contact must be announced as routed exactly once.
 *
 * <p>Usage (the launcher puts kafka-clients on the class path): java IntakeBench.java
 * [gateway=http://127.0.0.1:8080] [rate=500] [seconds=60] [warmupSeconds=10] [keycloak=http://127.0.0.1:8180]
 * [kafka=127.0.0.1:9092] [clientSecret]
 */
public class IntakeBench {

    static final String PERMIT = "5e2b8f10-7a3c-4d1e-8b9f-00000000a004";
    static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*\"([0-9a-f-]{36})\"");
    static final Pattern SUBJECT = Pattern.compile("\"subject\"\\s*:\\s*\"([0-9a-f-]{36})\"");

    public static void main(String[] args) throws Exception {
        String gateway = arg(args, 0, "http://127.0.0.1:8080");
        int rate = Integer.parseInt(arg(args, 1, "500"));
        int seconds = Integer.parseInt(arg(args, 2, "60"));
        int warmup = Integer.parseInt(arg(args, 3, "10"));
        String keycloak = arg(args, 4, "http://127.0.0.1:8180");
        String kafka = arg(args, 5, "127.0.0.1:9092");
        String secret = arg(args, 6, "demo-agency-secret-change-me");
        for (String url : List.of(gateway, keycloak, "http://" + kafka)) {
            String host = URI.create(url).getHost();
            if (!"127.0.0.1".equals(host) && !"localhost".equals(host)) {
                throw new IllegalArgumentException("load tests only ever target 127.0.0.1, not " + host);
            }
        }
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5)).executor(Executors.newFixedThreadPool(16)).build();
        String token = token(client, keycloak, secret);

        Map<String, Long> sentAt = new ConcurrentHashMap<>();
        Map<String, Long> arrivedAt = new ConcurrentHashMap<>();
        Map<String, AtomicInteger> announcements = new ConcurrentHashMap<>();
        AtomicBoolean consuming = new AtomicBoolean(true);
        Thread consumer = new Thread(() -> consume(kafka, arrivedAt, announcements, consuming));
        consumer.start();
        Thread.sleep(3000); // the consumer's partitions are assigned and positioned at the end

        System.out.printf("warm-up: %d s at %d contacts/s%n", warmup, rate);
        run(client, gateway, token, rate, warmup, sentAt);
        java.util.Set<String> warmedUp = new java.util.HashSet<>(sentAt.keySet());
        System.out.printf("measuring: %d s at %d contacts/s through %s%n", seconds, rate, gateway);
        Result result = run(client, gateway, token, rate, seconds, sentAt);
        java.util.Set<String> measured = new java.util.HashSet<>(sentAt.keySet());
        measured.removeAll(warmedUp);
        long deadline = System.currentTimeMillis() + 60_000;
        while (!arrivedAt.keySet().containsAll(measured) && System.currentTimeMillis() < deadline) {
            Thread.sleep(200);
        }
        consuming.set(false);
        consumer.join();

        List<Long> accepted = new ArrayList<>(result.latencies());
        Collections.sort(accepted);
        List<Long> announced = new ArrayList<>();
        int missing = 0;
        int duplicates = 0;
        for (String id : measured) {
            Long arrived = arrivedAt.get(id);
            if (arrived == null) {
                missing++;
            } else {
                announced.add(arrived - sentAt.get(id));
            }
            AtomicInteger count = announcements.get(id);
            if (count != null && count.get() > 1) {
                duplicates++;
            }
        }
        Collections.sort(announced);
        System.out.printf("sent %d (%.0f/s offered), accepted %d (%.0f/s), errors %d%s%n", result.sent(),
                result.sent() / (double) seconds, measured.size(), measured.size() / (double) seconds, result.errors(),
                result.errorKinds().isEmpty() ? "" : " " + new java.util.TreeMap<>(result.errorKinds()));
        System.out.printf("accepted (routed and queued) ms: p50 %.1f  p95 %.1f  p99 %.1f  max %.1f%n",
                percentile(accepted, 50), percentile(accepted, 95), percentile(accepted, 99),
                accepted.isEmpty() ? 0 : accepted.get(accepted.size() - 1) / 1e6);
        if (result.errors() > 0) {
            List<Long> refused = new ArrayList<>(result.errorLatencies());
            Collections.sort(refused);
            System.out.printf("not accepted, answered (or given up) after ms: p50 %.1f  p99 %.1f%n",
                    percentile(refused, 50), percentile(refused, 99));
        }
        System.out.printf("announced (contact.routed read from Kafka) ms: p50 %.1f  p95 %.1f  p99 %.1f  max %.1f%n",
                percentile(announced, 50), percentile(announced, 95), percentile(announced, 99),
                announced.isEmpty() ? 0 : announced.get(announced.size() - 1) / 1e6);
        System.out.printf("accepted contacts never announced: %d, announced more than once: %d%n", missing, duplicates);
        System.exit(result.errors() == 0 && missing == 0 && duplicates == 0 ? 0 : 1);
    }

    /** {@code latencies}: of the accepted (201) requests; {@code errorKinds}: status and problem type, or the failure, to how many. */
    record Result(int sent, List<Long> latencies, List<Long> errorLatencies, Map<String, Integer> errorKinds) {
        int errors() {
            return errorKinds.values().stream().mapToInt(Integer::intValue).sum();
        }
    }

    private static final Pattern PROBLEM_TYPE = Pattern.compile("\"type\"\\s*:\\s*\"[^\"]*/([^\"/]+)\"");

    /** A refusal by its status and problem type ({@code 503 service-busy}), a failure by its class. */
    static String errorKind(HttpResponse<String> response, Throwable failure) {
        if (failure != null) {
            Throwable cause = failure instanceof java.util.concurrent.CompletionException && failure.getCause() != null
                    ? failure.getCause() : failure;
            return cause.getClass().getSimpleName();
        }
        Matcher type = PROBLEM_TYPE.matcher(response.body());
        return response.statusCode() + (type.find() ? " " + type.group(1) : "");
    }

    static Result run(HttpClient client, String gateway, String token, int rate, int seconds, Map<String, Long> sentAt)
            throws Exception {
        List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
        List<Long> errorLatencies = Collections.synchronizedList(new ArrayList<>());
        AtomicInteger errors = new AtomicInteger();
        Map<String, Integer> errorKinds = new ConcurrentHashMap<>();
        List<CompletableFuture<?>> pending = Collections.synchronizedList(new ArrayList<>());
        ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor();
        long periodNanos = 1_000_000_000L / rate;
        long start = System.nanoTime() + 50_000_000L;
        int total = rate * seconds;
        for (int i = 0; i < total; i++) {
            long due = start + i * periodNanos;
            String body = body(i);
            scheduler.schedule(() -> {
                HttpRequest request = HttpRequest.newBuilder(URI.create(gateway + "/api/v1/contacts"))
                        .timeout(Duration.ofSeconds(30)).header("Authorization", "Bearer " + token)
                        .header("Content-Type", "application/json")
                        .header("Idempotency-Key", UUID.randomUUID().toString())
                        .POST(HttpRequest.BodyPublishers.ofString(body)).build();
                pending.add(client.sendAsync(request, HttpResponse.BodyHandlers.ofString()).whenComplete((response, failure) -> {
                    long latency = System.nanoTime() - due;
                    if (failure != null || response.statusCode() != 201) {
                        errorKinds.merge(errorKind(response, failure), 1, Integer::sum);
                        errorLatencies.add(latency);
                        if (errors.incrementAndGet() <= 5) {
                            System.out.println("error: " + (failure != null ? failure : response.statusCode() + " " + response.body()));
                        }
                        return;
                    }
                    latencies.add(latency);
                    Matcher id = ID.matcher(response.body());
                    if (id.find()) {
                        sentAt.put(id.group(1), due);
                    }
                }));
            }, due - System.nanoTime(), TimeUnit.NANOSECONDS);
        }
        scheduler.shutdown();
        scheduler.awaitTermination(seconds + 60L, TimeUnit.SECONDS);
        CompletableFuture.allOf(pending.toArray(CompletableFuture[]::new)).handle((v, e) -> null).get(120, TimeUnit.SECONDS);
        return new Result(total, new ArrayList<>(latencies), new ArrayList<>(errorLatencies), errorKinds);
    }

    /** Half name the permit service (with its extra questions), half are "don't know" matters for triage. */
    static String body(int i) {
        String description = "Benchmark contact " + i + (i % 10 == 0 ? ": kiireellinen" : "");
        if (i % 2 == 0) {
            return "{\"serviceId\":\"" + PERMIT + "\",\"language\":\"fi\",\"description\":\"" + description
                    + "\",\"attributes\":{\"road_number\":" + (1000 + i % 9000) + ",\"connection_use\":\"residential\"}}";
        }
        return "{\"language\":\"" + (i % 3 == 0 ? "sv" : "fi") + "\",\"description\":\"" + description + "\"}";
    }

    /** Reads contact.routed events from the end of the topic: when each contact's first one arrived, and how many. */
    static void consume(String kafka, Map<String, Long> arrivedAt, Map<String, AtomicInteger> announcements,
                        AtomicBoolean consuming) {
        Properties properties = new Properties();
        properties.put("bootstrap.servers", kafka);
        properties.put("key.deserializer", StringDeserializer.class.getName());
        properties.put("value.deserializer", StringDeserializer.class.getName());
        // The launcher's broker wants credentials: its admin's client settings (deploy/lib/kafka.sh).
        String credentials = System.getenv("KOHTAAMO_KAFKA_CLIENT_PROPERTIES");
        if (credentials != null) {
            try (java.io.InputStream in = java.nio.file.Files.newInputStream(java.nio.file.Path.of(credentials))) {
                properties.load(in);
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(properties)) {
            List<TopicPartition> partitions = consumer.partitionsFor("kohtaamo.contacts.v1").stream()
                    .map(info -> new TopicPartition(info.topic(), info.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToEnd(partitions);
            partitions.forEach(consumer::position);
            while (consuming.get()) {
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(100))) {
                    if (!record.value().contains("\"fi.kohtaamo.contact.routed.v1\"")) {
                        continue;
                    }
                    long now = System.nanoTime();
                    String id = record.key();
                    if (id == null) {
                        Matcher subject = SUBJECT.matcher(record.value());
                        id = subject.find() ? subject.group(1) : null;
                    }
                    if (id == null) {
                        continue;
                    }
                    announcements.computeIfAbsent(id, key -> new AtomicInteger()).incrementAndGet();
                    arrivedAt.putIfAbsent(id, now);
                }
            }
        }
    }

    static String token(HttpClient client, String keycloak, String secret) throws Exception {
        String form = "grant_type=client_credentials&client_id=demo-agency-system&client_secret="
                + URLEncoder.encode(secret, StandardCharsets.UTF_8);
        HttpResponse<String> response = client.send(HttpRequest.newBuilder(
                        URI.create(keycloak + "/realms/kohtaamo/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        Matcher matcher = Pattern.compile("\"access_token\"\\s*:\\s*\"([^\"]+)\"").matcher(response.body());
        if (response.statusCode() != 200 || !matcher.find()) {
            throw new IllegalStateException("no agency token: " + response.statusCode() + " " + response.body());
        }
        return matcher.group(1);
    }

    static double percentile(List<Long> sorted, int p) {
        if (sorted.isEmpty()) {
            return 0;
        }
        int index = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, index))) / 1e6;
    }

    static String arg(String[] args, int index, String fallback) {
        return args.length > index && !args[index].isBlank() ? args[index] : fallback;
    }
}
