package fi.kohtaamo.webhooks.service;

import fi.kohtaamo.outbox.AfterCommit;
import fi.kohtaamo.webhooks.domain.Subscription;
import io.quarkus.arc.Arc;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.PostPersist;
import jakarta.persistence.PostRemove;
import jakarta.persistence.PostUpdate;
import jakarta.transaction.TransactionSynchronizationRegistry;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Which organisations' active subscriptions list which event types, so that {@link Fanout} passes
 * over the events nobody wants without a database statement: most events of the platform's topics
 * (every contact's routing, assignment, messages) interest no subscription, and at 100 contacts a
 * second the consumer fell a minute behind writing an inbox row and reading the subscriptions for
 * each of them. Read again every {@code kohtaamo.webhooks.wanted-every} (5 s); a change of a
 * subscription in this replica empties it after its commit (unknown: every event is looked at), so
 * here a new subscription misses nothing; in another replica it receives events from the next
 * reading on, within 5 s of its creation.
 */
@ApplicationScoped
public class WantedTypes {

    private final TransactionSynchronizationRegistry transactions;
    private final AtomicLong generation = new AtomicLong();
    /** "organisation NUL type"; null: not known now, every event may be wanted. */
    private volatile Set<String> wanted;

    public WantedTypes(TransactionSynchronizationRegistry transactions) {
        this.transactions = transactions;
    }

    /** Whether some active subscription of the organisation may list the type (true when not known). */
    public boolean mayWant(String organisation, String type) {
        Set<String> known = wanted;
        return known == null || known.contains(organisation + '\0' + type);
    }

    @Scheduled(every = "${kohtaamo.webhooks.wanted-every}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            identity = "webhook-wanted-types")
    void read() {
        long before = generation.get();
        Set<String> read = new HashSet<>();
        QuarkusTransaction.requiringNew().run(() -> {
            List<Subscription> active = Subscription.list("active = true");
            for (Subscription subscription : active) {
                subscription.eventTypes.forEach(type -> read.add(subscription.organisation + '\0' + type));
            }
        });
        synchronized (this) {
            if (generation.get() == before) { // no change committed while reading: what was read is current
                wanted = Set.copyOf(read);
            }
        }
    }

    /** Forgets what it knew now (an event read meanwhile is looked at) and again once the current transaction commits. */
    void changed() {
        forget();
        AfterCommit.once(transactions, WantedTypes.class, this::forget);
    }

    private synchronized void forget() {
        generation.incrementAndGet();
        wanted = null;
    }

    /** On subscriptions: any change may change what is wanted. */
    public static class Changes {

        @PostPersist
        @PostUpdate
        @PostRemove
        void changed(Object subscription) {
            Arc.container().instance(WantedTypes.class).get().changed();
        }
    }
}
