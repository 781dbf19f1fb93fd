import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Open-loop load on contact routing's contact search (GET /api/v1/contacts) as an agent:
 * {@code rate} searches a second for {@code seconds}, the queries drawn from what agents type
 * (one or two words in Finnish, Swedish or English, with and without a state or date filter).
 * Latency is measured from each request's scheduled start, so that a slow answer delays the
 * measurement of those queued behind it (no coordinated omission).
 * <p>
 * java ContactSearchBench.java ROUTING_URL TOKEN RATE SECONDS
 */
public class ContactSearchBench {

    static final List<String> QUERIES = List.of(
            "q=liittymälupa", "q=maantie+päätös", "q=avustus&status=CLOSED", "q=yritystuki", "q=talvikunnossapito+auraus",
            "q=korvaus&receivedFrom=2026-06-01&receivedTo=2026-09-30", "q=ansökan", "q=bidrag+företagsstöd",
            "q=vinterunderhåll", "q=permit+road", "q=compensation+damage&status=CLOSED", "q=ajokortti",
            "status=QUEUED", "channel=EMAIL&receivedFrom=2026-11-01", "q=meluhaitta+valitus", "q=fisketillstånd",
            "q=kalastuslupa+hakemus", "q=hakemu", "q=lasku+maksu", "q=noise");

    public static void main(String[] args) throws Exception {
        String base = args[0];
        String token = args[1];
        int rate = Integer.parseInt(args[2]);
        int seconds = Integer.parseInt(args[3]);
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5))
                .executor(Executors.newFixedThreadPool(64)).build();
        ConcurrentLinkedQueue<Long> latencies = new ConcurrentLinkedQueue<>();
        AtomicInteger errors = new AtomicInteger();
        AtomicInteger pending = new AtomicInteger();
        ScheduledExecutorService clock = Executors.newSingleThreadScheduledExecutor();
        long start = System.nanoTime();
        long periodNanos = 1_000_000_000L / rate;
        int total = rate * seconds;
        for (int i = 0; i < total; i++) {
            long scheduled = start + i * periodNanos;
            String query = QUERIES.get(i % QUERIES.size());
            clock.schedule(() -> {
                pending.incrementAndGet();
                HttpRequest request = HttpRequest.newBuilder(URI.create(base + "/api/v1/contacts?" + query))
                        .header("Authorization", "Bearer " + token).timeout(Duration.ofSeconds(30)).GET().build();
                http.sendAsync(request, HttpResponse.BodyHandlers.ofString()).whenComplete((response, failure) -> {
                    latencies.add(System.nanoTime() - scheduled);
                    if (failure != null || response.statusCode() != 200) {
                        if (errors.incrementAndGet() <= 3) {
                            System.out.println("error: " + (failure != null ? failure : response.statusCode() + " " + response.body()));
                        }
                    }
                    pending.decrementAndGet();
                });
            }, scheduled - System.nanoTime(), TimeUnit.NANOSECONDS);
        }
        clock.shutdown();
        clock.awaitTermination(seconds + 60, TimeUnit.SECONDS);
        while (pending.get() > 0 && System.nanoTime() - start < (seconds + 60) * 1_000_000_000L) {
            Thread.sleep(50);
        }
        List<Long> sorted = new ArrayList<>(latencies);
        Collections.sort(sorted);
        System.out.printf("contact search: %d requests at %d/s for %d s, %d errors; p50 %.1f ms, p95 %.1f ms, p99 %.1f ms, max %.1f ms%n",
                sorted.size(), rate, seconds, errors.get(), ms(sorted, 0.50), ms(sorted, 0.95), ms(sorted, 0.99), ms(sorted, 1.0));
        System.exit(0);
    }

    static double ms(List<Long> sorted, double quantile) {
        if (sorted.isEmpty()) {
            return Double.NaN;
        }
        int index = (int) Math.min(sorted.size() - 1, Math.ceil(quantile * sorted.size()) - 1);
        return sorted.get(Math.max(0, index)) / 1e6;
    }
}
