package fi.kohtaamo.knowledge.service;

import fi.kohtaamo.outbox.AfterCommit;
import io.quarkus.arc.Arc;
import io.quarkus.cache.Cache;
import io.quarkus.cache.CacheName;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.PostPersist;
import jakarta.persistence.PostRemove;
import jakarta.persistence.PostUpdate;
import jakarta.transaction.TransactionSynchronizationRegistry;

import java.util.function.Supplier;

/**
 * Search answers kept for a short while (cache {@code search-results}, 30 s): citizens ask the same
 * few questions again and again, and an answer read again costs no database time. Whatever could
 * change an answer drops them all, after its transaction commits (so that a search running
 * meanwhile cannot keep the old answer): a change of an article or a text ({@link Changes}, an
 * entity listener) and new search vectors ({@link SearchIndex}). Another replica's answers are
 * dropped only by their age: a change shows there within 30 s.
 */
@ApplicationScoped
public class SearchResults {

    private final Cache cache;
    private final TransactionSynchronizationRegistry transactions;

    public SearchResults(@CacheName("search-results") Cache cache, TransactionSynchronizationRegistry transactions) {
        this.cache = cache;
        this.transactions = transactions;
    }

    /** The answer kept for the key, or the search's, then kept; a failed search is not kept. */
    <T> T get(Object key, Supplier<T> search) {
        return cache.get(key, k -> search.get()).await().indefinitely();
    }

    /** Drops every kept answer when the current transaction commits, or now outside one. */
    public void changed() {
        AfterCommit.once(transactions, SearchResults.class, () -> cache.invalidateAll().await().indefinitely());
    }

    /** On articles and texts: any change may change what a search finds or shows. */
    public static class Changes {

        @PostPersist
        @PostUpdate
        @PostRemove
        void changed(Object entity) {
            Arc.container().instance(SearchResults.class).get().changed();
        }
    }
}
