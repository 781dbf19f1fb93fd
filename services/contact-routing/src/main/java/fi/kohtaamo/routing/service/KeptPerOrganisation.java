package fi.kohtaamo.routing.service;

import fi.kohtaamo.outbox.AfterCommit;
import jakarta.transaction.TransactionSynchronizationRegistry;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * What an organisation's rules come to, kept between transactions: read at most every
 * {@link #TTL} (so that other replicas' changes take effect), and read again once a change made on
 * this replica has committed (forgotten before the commit, a concurrent reader could keep the old
 * rules for another {@link #TTL}).
 */
public final class KeptPerOrganisation<T> {

    public static final Duration TTL = Duration.ofSeconds(10);

    private record Kept<T>(T value, Instant readAt) {
    }

    private final String name;
    private final Function<String, T> read;
    private final TransactionSynchronizationRegistry transactions;
    private final Map<String, Kept<T>> byOrganisation = new ConcurrentHashMap<>();

    /** @param name tells this cache's after-commit work from another's in the same transaction */
    public KeptPerOrganisation(String name, Function<String, T> read, TransactionSynchronizationRegistry transactions) {
        this.name = name;
        this.read = read;
        this.transactions = transactions;
    }

    public T of(String organisation) {
        Kept<T> kept = byOrganisation.get(organisation);
        Instant now = Instant.now();
        if (kept == null || kept.readAt().plus(TTL).isBefore(now)) {
            kept = new Kept<>(read.apply(organisation), now);
            byOrganisation.put(organisation, kept);
        }
        return kept.value();
    }

    /** This replica changed the organisation's rules: read them again once the change has committed (at once outside a transaction). */
    public void forget(String organisation) {
        AfterCommit.once(transactions, name + ":" + organisation, () -> byOrganisation.remove(organisation));
    }
}
