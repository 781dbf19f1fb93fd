package fi.kohtaamo.registry.service;

import fi.kohtaamo.caller.Caller;
import fi.kohtaamo.registry.config.RegistryConfig;
import fi.kohtaamo.registry.contract.ClientErasedV1;
import fi.kohtaamo.registry.domain.Client;
import fi.kohtaamo.registry.repository.ClientRepository;
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

    private final ClientRegistry registry;
    private final RegistryConfig.Retention config;
    private final ClientRepository clients;

    public Retention(ClientRegistry registry, RegistryConfig config, ClientRepository clients) {
        this.registry = registry;
        this.config = config.retention();
        this.clients = clients;
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
        // Every replica runs the job: each takes clients no other replica holds (skip locked).
        List<Client> inactive = clients.lockInactivePersons(cutoff, config.batchSize());
        for (Client client : inactive) {
            registry.erase(client, ClientErasedV1.Cause.RETENTION,
                    "retention: no activity since " + client.lastActivityAt + " (period " + config.inactiveAfter() + ")", SYSTEM);
        }
        return inactive.size();
    }

    /** A contact by the client counts as activity (idempotent: the latest time wins). */
    @Transactional
    public void activity(UUID clientId, Instant at) {
        clients.recordActivity(clientId, at);
    }
}
