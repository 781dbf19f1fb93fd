package fi.kohtaamo.gateway.proxy;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import fi.kohtaamo.gateway.config.GatewayConfig;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Limits how often one caller may call one group of routes: a token bucket per (group, caller)
 * that holds a minute's allowance and refills it evenly. A caller is its client address when
 * anonymous and its token's subject when signed in, so one citizen behind a shared address does
 * not use up a signed-in agent's allowance. Buckets live in this replica's memory: with N gateway
 * replicas a caller may make up to N times the limit (docs/security.md), which the ingress's own
 * per-address limit bounds.
 */
public final class RateLimiter {

    /** A group of routes with its limits. */
    record Group(String name, List<String> paths, List<String> methods, int anonymousPerMinute, int authenticatedPerMinute) {

        /** The length of the longest of the group's prefixes the request falls under; -1 when none. */
        int match(String method, String path) {
            if (!methods.isEmpty() && !methods.contains(method.toUpperCase(Locale.ROOT))) {
                return -1;
            }
            return paths.stream().filter(prefix -> prefix.equals("/") || path.equals(prefix) || path.startsWith(prefix + "/")
                    || path.startsWith(prefix + ".")).mapToInt(String::length).max().orElse(-1);
        }
    }

    /** The answer for one request: allowed, or refused with how long to wait. */
    public record Verdict(boolean allowed, String group, long retryAfterSeconds) {
    }

    private final List<Group> groups;
    private final Cache<String, Bucket> buckets;

    public RateLimiter(Map<String, GatewayConfig.RateLimit> config) {
        List<Group> ordered = new ArrayList<>();
        config.forEach((name, limit) -> ordered.add(new Group(name, limit.paths(),
                limit.methods().orElse(List.of()).stream().filter(m -> !m.isBlank()).map(m -> m.toUpperCase(Locale.ROOT)).toList(),
                limit.anonymousPerMinute(), limit.authenticatedPerMinute())));
        ordered.sort(Comparator.comparing(Group::name));
        this.groups = List.copyOf(ordered);
        this.buckets = Caffeine.newBuilder().expireAfterAccess(Duration.ofMinutes(10)).maximumSize(200_000).build();
    }

    /** Counts one request of {@code caller} (null subject: anonymous, by address). */
    public Verdict check(String method, String path, String subject, String address) {
        // The group whose prefix fits the path most closely (the contact look-up before all contacts),
        // each group matched once.
        Group g = null;
        int closest = -1;
        for (Group candidate : groups) {
            int match = candidate.match(method, path);
            if (match > closest) {
                g = candidate;
                closest = match;
            }
        }
        if (g == null) {
            return new Verdict(true, null, 0);
        }
        boolean anonymous = subject == null;
        int perMinute = anonymous ? g.anonymousPerMinute() : g.authenticatedPerMinute();
        if (perMinute <= 0) {
            return new Verdict(true, g.name(), 0); // no limit for this kind of caller
        }
        String key = g.name() + (anonymous ? "|a|" + address : "|s|" + subject);
        Bucket bucket = buckets.get(key, ignored -> Bucket.builder()
                .addLimit(Bandwidth.builder().capacity(perMinute).refillGreedy(perMinute, Duration.ofMinutes(1)).build())
                .build());
        ConsumptionProbe probe = bucket.tryConsumeAndReturnRemaining(1);
        if (probe.isConsumed()) {
            return new Verdict(true, g.name(), 0);
        }
        long seconds = Math.max(1, (probe.getNanosToWaitForRefill() + 999_999_999L) / 1_000_000_000L);
        return new Verdict(false, g.name(), seconds);
    }
}
