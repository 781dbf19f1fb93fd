import fi.kohtaamo.gateway.config.GatewayConfig;
import fi.kohtaamo.gateway.proxy.RateLimiter;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What the gateway's rate limiter adds to a request: the time of one {@code RateLimiter.check}
 * (route group by closest prefix, then the caller's token bucket), with the chart's production
 * groups, for callers that repeat (a bucket found) and callers never seen (a bucket made), on the
 * gateway's own classes. Prints p50, p99 and max in microseconds, and first the heap one tracked
 * caller holds. The cost through the running gateway: {@code GatewayLimiterBench}.
 * <p>
 * Run: ./kohtaamo bench gateway-limiter [requests]
 */
public class LimiterBench {

    record Limit(List<String> paths, Optional<List<String>> methods, int anonymousPerMinute, int authenticatedPerMinute)
            implements GatewayConfig.RateLimit {
    }

    public static void main(String[] args) {
        int requests = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
        RateLimiter limiter = new RateLimiter(Map.of(
                "intake", new Limit(List.of("/api/v1/contacts", "/api/v1/feedback", "/open311/v2/requests",
                        "/api/v1/survey-invitations", "/api/v1/articles"), Optional.of(List.of("POST")), 20, 120),
                "lookup", new Limit(List.of("/api/v1/contacts/lookup"), Optional.of(List.of("POST")), 20, 60),
                "search", new Limit(List.of("/api/v1/search"), Optional.empty(), 120, 600),
                "default", new Limit(List.of("/"), Optional.empty(), 600, 3000)));
        memoryPerCaller();
        String[][] mix = {{"GET", "/api/v1/search"}, {"POST", "/api/v1/contacts"}, {"GET", "/api/v1/contacts/1234"},
                {"POST", "/api/v1/contacts/lookup"}, {"GET", "/"}, {"GET", "/api/v1/services"}};
        for (String kind : List.of("repeating callers (10,000 addresses)", "new callers (every request another address)")) {
            boolean fresh = kind.startsWith("new");
            long[] nanos = new long[requests];
            for (int warm = 0; warm < 2; warm++) {
                for (int i = 0; i < requests; i++) {
                    String[] request = mix[i % mix.length];
                    String address = fresh ? "10." + (warm * requests + i) : "10.0." + (i % 10_000);
                    long start = System.nanoTime();
                    limiter.check(request[0], request[1], i % 3 == 0 ? "subject-" + (i % 5_000) : null, address);
                    nanos[i] = System.nanoTime() - start;
                }
            }
            Arrays.sort(nanos);
            System.out.printf("%s: %,d checks, p50 %.1f µs, p99 %.1f µs, max %.1f µs%n", kind, requests,
                    nanos[requests / 2] / 1000.0, nanos[(int) (requests * 0.99)] / 1000.0, nanos[requests - 1] / 1000.0);
        }
    }

    /**
     * The heap one tracked caller costs: the growth of the used heap (after a full collection,
     * measured three times and the least taken) while 100,000 callers each make one request to
     * one group, divided by 100,000. Each holds a bucket and its cache entry, keyed by group and caller.
     */
    static void memoryPerCaller() {
        int callers = 100_000;
        long least = Long.MAX_VALUE;
        for (int round = 0; round < 3; round++) {
            RateLimiter limiter = new RateLimiter(Map.of("default", new Limit(List.of("/"), Optional.empty(), 600, 3000)));
            limiter.check("GET", "/", null, "warm-up");
            long before = usedAfterGc();
            for (int i = 0; i < callers; i++) {
                limiter.check("GET", "/api/v1/services", null, "10." + (i >> 16) + "." + ((i >> 8) & 255) + "." + (i & 255));
            }
            long after = usedAfterGc();
            least = Math.min(least, after - before);
            java.lang.ref.Reference.reachabilityFence(limiter); // its buckets must not be collected before "after"
        }
        System.out.printf("memory: %,d bytes per tracked caller (%,d callers, %.1f MB; the cache holds at most 200,000: %.0f MB)%n",
                least / callers, callers, least / 1e6, least / (double) callers * 200_000 / 1e6);
    }

    static long usedAfterGc() {
        Runtime runtime = Runtime.getRuntime();
        for (int i = 0; i < 3; i++) {
            System.gc();
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        return runtime.totalMemory() - runtime.freeMemory();
    }
}
