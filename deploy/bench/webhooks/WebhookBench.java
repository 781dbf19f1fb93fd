import com.sun.net.httpserver.HttpServer;

import java.io.InputStream;
import java.net.InetSocketAddress;
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
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Webhook delivery latency: an agency system subscribes a receiver started here (on 127.0.0.1) to
 * {@code contact.received}, then submits contacts through the gateway at a constant rate (open
 * loop). For each contact: from its 201 (the intake's transaction committed, the event in the
 * outbox) to the signed webhook's arrival at the receiver, through the outbox relay, Kafka and the
 * webhooks service's delivery pass. Every accepted contact must arrive, once.
 *
 * <p>With {@code retryMinutes} above 0, a second subscription's receiver answers 503 to everything
 * and one contact is submitted: the attempts' times show the retry schedule as it runs.
 *
 * <p>Usage: java WebhookBench.java [gateway=http://127.0.0.1:8080] [rate=100] [seconds=60]
 * [keycloak=http://127.0.0.1:8180] [clientSecret] [retryMinutes=0]
 */
public class WebhookBench {

    static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*\"([0-9a-f-]{36})\"");
    static final Pattern SUBJECT = Pattern.compile("\"subject\"\\s*:\\s*\"([0-9a-f-]{36})\"");

    public static void main(String[] args) throws Exception {
        String gateway = arg(args, 0, "http://127.0.0.1:8080");
        int rate = Integer.parseInt(arg(args, 1, "100"));
        int seconds = Integer.parseInt(arg(args, 2, "60"));
        String keycloak = arg(args, 3, "http://127.0.0.1:8180");
        String secret = arg(args, 4, "demo-agency-secret-change-me");
        int retryMinutes = Integer.parseInt(arg(args, 5, "0"));
        for (String url : List.of(gateway, keycloak)) {
            String host = URI.create(url).getHost();
            if (!"127.0.0.1".equals(host) && !"localhost".equals(host)) {
                throw new IllegalArgumentException("load tests only ever target 127.0.0.1, not " + host);
            }
        }
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5)).executor(Executors.newFixedThreadPool(16)).build();
        String token = token(client, keycloak, secret);

        Map<String, Long> arrivedAt = new ConcurrentHashMap<>();
        Map<String, AtomicInteger> arrivals = new ConcurrentHashMap<>();
        List<Long> failedAttempts = Collections.synchronizedList(new ArrayList<>());
        HttpServer receiver = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 200);
        receiver.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
        receiver.createContext("/hook", exchange -> {
            long now = System.nanoTime();
            String body;
            try (InputStream in = exchange.getRequestBody()) {
                body = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
            Matcher subject = SUBJECT.matcher(body);
            if (subject.find() && exchange.getRequestHeaders().getFirst("webhook-signature") != null) {
                arrivedAt.putIfAbsent(subject.group(1), now);
                arrivals.computeIfAbsent(subject.group(1), id -> new AtomicInteger()).incrementAndGet();
            }
            exchange.sendResponseHeaders(204, -1);
            exchange.close();
        });
        receiver.createContext("/failing", exchange -> {
            failedAttempts.add(System.nanoTime());
            exchange.getRequestBody().close();
            exchange.sendResponseHeaders(503, -1);
            exchange.close();
        });
        receiver.start();
        String base = "http://127.0.0.1:" + receiver.getAddress().getPort();
        String subscription = subscribe(client, gateway, token, base + "/hook");
        int status = 1;
        try {
            Map<String, Long> acceptedAt = new ConcurrentHashMap<>();
            System.out.printf("warm-up: 10 s at %d contacts/s%n", rate);
            submit(client, gateway, token, Math.max(1, rate / 2), 10, new ConcurrentHashMap<>());
            Thread.sleep(3000);
            System.out.printf("measuring: %d s at %d contacts/s through %s, receiver %s%n", seconds, rate, gateway, base);
            int errors = submit(client, gateway, token, rate, seconds, acceptedAt);
            long deadline = System.currentTimeMillis() + 120_000;
            while (!arrivedAt.keySet().containsAll(acceptedAt.keySet()) && System.currentTimeMillis() < deadline) {
                Thread.sleep(200);
            }
            List<Long> latencies = new ArrayList<>();
            int missing = 0;
            int repeated = 0;
            for (Map.Entry<String, Long> accepted : acceptedAt.entrySet()) {
                Long arrived = arrivedAt.get(accepted.getKey());
                if (arrived == null) {
                    missing++;
                    continue;
                }
                latencies.add(Math.max(0, arrived - accepted.getValue()));
                if (arrivals.get(accepted.getKey()).get() > 1) {
                    repeated++;
                }
            }
            Collections.sort(latencies);
            System.out.printf("accepted %d, intake errors %d%n", acceptedAt.size(), errors);
            System.out.printf("201 -> webhook received, ms: p50 %.1f  p95 %.1f  p99 %.1f  max %.1f%n", percentile(latencies, 50),
                    percentile(latencies, 95), percentile(latencies, 99), latencies.isEmpty() ? 0 : latencies.getLast() / 1e6);
            System.out.printf("accepted contacts never delivered: %d, delivered more than once: %d%n", missing, repeated);
            if (retryMinutes > 0) {
                retrySchedule(client, gateway, token, base + "/failing", retryMinutes, failedAttempts);
            }
            status = errors == 0 && missing == 0 ? 0 : 1;
        } finally {
            // never left behind: a subscription to a receiver that is gone would collect retries of every later contact
            unsubscribe(client, gateway, token, subscription);
            receiver.stop(0);
        }
        System.exit(status);
    }

    /** One contact to a receiver that always answers 503: when each attempt came, from the first. */
    static void retrySchedule(HttpClient client, String gateway, String token, String url, int minutes, List<Long> attempts)
            throws Exception {
        String failing = subscribe(client, gateway, token, url);
        try {
            System.out.printf("retry schedule: one contact to a receiver answering 503, watched for %d min%n", minutes);
            submit(client, gateway, token, 1, 1, new ConcurrentHashMap<>());
            Thread.sleep(minutes * 60_000L);
            List<String> offsets = new ArrayList<>();
            synchronized (attempts) {
                for (long attempt : attempts) {
                    offsets.add(String.format("%.1f s", (attempt - attempts.getFirst()) / 1e9));
                }
            }
            System.out.println("attempts at: " + String.join(", ", offsets));
        } finally {
            unsubscribe(client, gateway, token, failing);
        }
    }

    static String subscribe(HttpClient client, String gateway, String token, String url) throws Exception {
        HttpResponse<String> created = client.send(HttpRequest.newBuilder(URI.create(gateway + "/api/v1/webhooks/subscriptions"))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"url\":\"" + url + "\",\"description\":\"benchmark\","
                        + "\"eventTypes\":[\"contact.received\"],\"active\":true}")).build(), HttpResponse.BodyHandlers.ofString());
        Matcher id = ID.matcher(created.body());
        if (created.statusCode() != 201 || !id.find()) {
            throw new IllegalStateException("could not subscribe: " + created.statusCode() + " " + created.body());
        }
        return id.group(1);
    }

    static void unsubscribe(HttpClient client, String gateway, String token, String id) throws Exception {
        URI uri = URI.create(gateway + "/api/v1/webhooks/subscriptions/" + id);
        HttpResponse<String> read = client.send(HttpRequest.newBuilder(uri).header("Authorization", "Bearer " + token).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        String etag = read.headers().firstValue("ETag").orElse("");
        int status = client.send(HttpRequest.newBuilder(uri).header("Authorization", "Bearer " + token).header("If-Match", etag)
                .DELETE().build(), HttpResponse.BodyHandlers.discarding()).statusCode();
        if (status != 204) {
            System.out.printf("could not remove the benchmark's subscription %s (%d): remove it on the webhooks page%n", id, status);
        }
    }

    /** Contacts at a constant rate; the time each one's 201 came, by contact id; returns the errors. */
    static int submit(HttpClient client, String gateway, String token, int rate, int seconds, Map<String, Long> acceptedAt)
            throws Exception {
        AtomicInteger errors = new AtomicInteger();
        List<CompletableFuture<?>> pending = Collections.synchronizedList(new ArrayList<>());
        ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor();
        long periodNanos = 1_000_000_000L / rate;
        long start = System.nanoTime() + 50_000_000L;
        for (int i = 0; i < rate * seconds; i++) {
            long due = start + i * periodNanos;
            String body = "{\"language\":\"fi\",\"description\":\"Webhook benchmark contact " + i + "\"}";
            scheduler.schedule(() -> {
                HttpRequest request = HttpRequest.newBuilder(URI.create(gateway + "/api/v1/contacts"))
                        .timeout(Duration.ofSeconds(30)).header("Authorization", "Bearer " + token)
                        .header("Content-Type", "application/json").header("Idempotency-Key", UUID.randomUUID().toString())
                        .POST(HttpRequest.BodyPublishers.ofString(body)).build();
                pending.add(client.sendAsync(request, HttpResponse.BodyHandlers.ofString()).whenComplete((response, failure) -> {
                    long now = System.nanoTime();
                    if (failure != null || response.statusCode() != 201) {
                        if (errors.incrementAndGet() <= 5) {
                            System.out.println("error: " + (failure != null ? failure : response.statusCode() + " " + response.body()));
                        }
                        return;
                    }
                    Matcher id = ID.matcher(response.body());
                    if (id.find()) {
                        acceptedAt.put(id.group(1), now);
                    }
                }));
            }, due - System.nanoTime(), TimeUnit.NANOSECONDS);
        }
        scheduler.shutdown();
        scheduler.awaitTermination(seconds + 60L, TimeUnit.SECONDS);
        CompletableFuture.allOf(pending.toArray(CompletableFuture[]::new)).handle((v, e) -> null).get(120, TimeUnit.SECONDS);
        return errors.get();
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

    static String arg(String[] args, int index, String fallback) {
        return args.length > index && !args[index].isBlank() ? args[index] : fallback;
    }

    static double percentile(List<Long> sorted, int p) {
        if (sorted.isEmpty()) {
            return 0;
        }
        int index = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, index))) / 1e6;
    }
}
