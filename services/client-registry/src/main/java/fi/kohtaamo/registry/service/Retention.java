package fi.kohtaamo.registry.service;

import fi.kohtaamo.caller.Caller;
import fi.kohtaamo.registry.config.RegistryConfig;
import fi.kohtaamo.registry.contract.ClientErasedV1;
import fi.kohtaamo.registry.domain.Client;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * The retention rule: a person with no registration, correction or contact for the configured
 * period is anonymised exactly as an erasure does it, and {@code client.erased} (cause RETENTION)
 * tells the other services. Organisations and communities are not personal data and stay.
 */
@ApplicationScoped
public class Retention {

    static final Caller SYSTEM = Caller.system("retention");

    /** Hibernate's lock timeout for "skip locked" (LockOptions.SKIP_LOCKED). */
    static final int SKIP_LOCKED = -2;

    private final ClientRegistry registry;
    private final RegistryConfig.Retention config;

    public Retention(ClientRegistry registry, RegistryConfig config) {
        this.registry = registry;
        this.config = config.retention();
    }

    /** Anonymises every person inactive since before {@code now} minus the period, a batch per transaction. */
    public int run(Instant now) {
        Instant cutoff = now.minus(config.inactiveAfter());
        int total = 0;
        int batch;
        do {
            batch = anonymiseBatch(cutoff);
            total += batch;
        } while (batch == config.batchSize());
        return total;
    }

    @Transactional
    int anonymiseBatch(Instant cutoff) {
        List<Client> inactive = Client.<Client>find("status = ?1 and kind = ?2 and lastActivityAt < ?3",
                Sort.by("lastActivityAt"), Client.Status.ACTIVE, Client.Kind.PERSON, cutoff)
                // Every replica runs the job: each takes clients no other replica holds (skip locked).
                .withLock(jakarta.persistence.LockModeType.PESSIMISTIC_WRITE)
                .withHint("jakarta.persistence.lock.timeout", SKIP_LOCKED)
                .page(Page.ofSize(config.batchSize())).list();
        for (Client client : inactive) {
            registry.erase(client, ClientErasedV1.Cause.RETENTION,
                    "retention: no activity since " + client.lastActivityAt + " (period " + config.inactiveAfter() + ")", SYSTEM);
        }
        return inactive.size();
    }

    /** A contact by the client counts as activity (idempotent: the latest time wins). */
    @Transactional
    public void activity(UUID clientId, Instant at) {
        Client.update("lastActivityAt = ?1 where id = ?2 and status = ?3 and lastActivityAt < ?1",
                at, clientId, Client.Status.ACTIVE);
    }
}
