package fi.kohtaamo.gateway.proxy;

import fi.kohtaamo.gateway.config.GatewayConfig;

import java.net.URI;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Path prefix → service. The longest matching prefix wins; a prefix matches the path itself and
 * anything below it ({@code /api/v1/services} matches {@code /api/v1/services/42}, not
 * {@code /api/v1/servicesX}). Two routes claiming one prefix is a configuration error.
 */
public final class RouteTable {

    public record Target(String name, URI url) {
    }

    private record Entry(String prefix, Target target) {
    }

    private final List<Entry> entries;
    private final Map<String, Target> byName;

    public RouteTable(Map<String, GatewayConfig.Route> routes) {
        List<Entry> all = new ArrayList<>();
        Map<String, String> owners = new HashMap<>();
        Map<String, Target> names = new HashMap<>();
        routes.forEach((name, route) -> {
            Target target = new Target(name, route.url());
            names.put(name, target);
            for (String raw : route.prefixes()) {
                String prefix = normalise(raw);
                String previous = owners.putIfAbsent(prefix, name);
                if (previous != null) {
                    throw new IllegalArgumentException("prefix " + prefix + " is claimed by both " + previous + " and " + name);
                }
                all.add(new Entry(prefix, target));
            }
        });
        all.sort(Comparator.comparingInt((Entry e) -> e.prefix().length()).reversed());
        this.entries = List.copyOf(all);
        this.byName = Map.copyOf(names);
    }

    public Optional<Target> resolve(String path) {
        String normalised = path == null || path.isEmpty() ? "/" : path;
        for (Entry entry : entries) {
            if (matches(entry.prefix(), normalised)) {
                return Optional.of(entry.target());
            }
        }
        return Optional.empty();
    }

    public Optional<Target> byName(String name) {
        return Optional.ofNullable(byName.get(name));
    }

    private static boolean matches(String prefix, String path) {
        if (prefix.equals("/")) {
            return true;
        }
        return path.equals(prefix) || path.startsWith(prefix + "/") || path.startsWith(prefix + ".");
    }

    private static String normalise(String prefix) {
        String trimmed = prefix.strip();
        if (!trimmed.startsWith("/")) {
            throw new IllegalArgumentException("a route prefix starts with /: " + prefix);
        }
        return trimmed.length() > 1 && trimmed.endsWith("/") ? trimmed.substring(0, trimmed.length() - 1) : trimmed;
    }
}
