import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Arrays;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The rate limiter's cost end to end: the same anonymous requests through the running gateway, once
 * with the limiter taking a bucket for every request and once without, the difference of their
 * latencies being what the limiter adds. The launcher restarts the gateway for each run with every
 * group's limits at 0 ("off": the check matches the route group and stops) or far above any load
 * ("on": each request takes a token from its caller's bucket, none is refused), and runs the pair
 * twice, so that drift of a shared machine shows as a difference between rounds.
 * <p>
 * Closed loop: {@code threads} callers each send their next request when the previous one is
 * answered, on kept-alive connections; the first 10% are warm-up (JIT, connection pools) and not
 * counted. Prints throughput, p50, p90, p99 and max in milliseconds, and the answers by status.
 * <p>
 * Run: ./kohtaamo bench gateway-limiter-e2e [requests] [threads]; by hand:
 * java GatewayLimiterBench.java http://127.0.0.1:8080 20000 4 "limiter on" [/api/v1/organisations]
 */
public class GatewayLimiterBench {

    public static void main(String[] args) throws Exception {
        String gateway = args.length > 0 ? args[0] : "http://127.0.0.1:8080";
        int requests = args.length > 1 ? Integer.parseInt(args[1]) : 20_000;
        int threads = args.length > 2 ? Integer.parseInt(args[2]) : 4;
        String label = args.length > 3 ? args[3] : "run";
        String path = args.length > 4 ? args[4] : "/api/v1/organisations";
        String host = URI.create(gateway).getHost();
        if (!"127.0.0.1".equals(host) && !"localhost".equals(host)) {
            throw new IllegalArgumentException("the bench loads only a local gateway, not " + host);
        }
        int warmup = requests / 10;
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5)).build();
        HttpRequest request = HttpRequest.newBuilder(URI.create(gateway + path)).timeout(Duration.ofSeconds(30)).GET().build();
        long[] nanos = new long[requests];
        AtomicInteger next = new AtomicInteger();
        Map<Integer, Integer> statuses = new ConcurrentHashMap<>();
        ExecutorService callers = Executors.newFixedThreadPool(threads);
        long[] measuredFrom = {0};
        for (int t = 0; t < threads; t++) {
            callers.submit(() -> {
                for (int i = next.getAndIncrement(); i < requests; i = next.getAndIncrement()) {
                    if (i == warmup) {
                        measuredFrom[0] = System.nanoTime();
                    }
                    long start = System.nanoTime();
                    int status;
                    try {
                        status = client.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
                    } catch (Exception e) {
                        status = 0;
                    }
                    nanos[i] = System.nanoTime() - start;
                    statuses.merge(status, 1, Integer::sum);
                }
                return null;
            });
        }
        callers.shutdown();
        if (!callers.awaitTermination(30, TimeUnit.MINUTES)) {
            throw new IllegalStateException("the run did not end in 30 minutes");
        }
        double seconds = (System.nanoTime() - measuredFrom[0]) / 1e9;
        long[] measured = Arrays.copyOfRange(nanos, warmup, requests);
        Arrays.sort(measured);
        int n = measured.length;
        System.out.printf("%s: %,d requests (%,d warm-up), %d threads, %.0f requests/s, p50 %.3f ms, p90 %.3f ms, "
                        + "p99 %.3f ms, max %.1f ms, answers %s%n", label, n, warmup, threads, n / seconds,
                measured[n / 2] / 1e6, measured[(int) (n * 0.9)] / 1e6, measured[(int) (n * 0.99)] / 1e6,
                measured[n - 1] / 1e6, new TreeMap<>(statuses));
        if (statuses.containsKey(429) || statuses.containsKey(0)) {
            System.out.println("  429s or failed requests: the figures of this run are not a measure of the limiter's cost");
        }
    }
}
