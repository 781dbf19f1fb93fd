package fi.kohtaamo.registry.service;

import fi.kohtaamo.outbox.Outbox;
import fi.kohtaamo.registry.domain.Client;
import fi.kohtaamo.registry.event.ClientEventV1;
import fi.kohtaamo.registry.repository.StakeholderRoleRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

/** What follows any change of a client: segments recomputed, a new version, and the event that tells others. */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class ClientChanges {

    private final Segments segments;
    private final Outbox outbox;
    private final StakeholderRoleRepository roles;

    public ClientChanges(Segments segments, Outbox outbox, StakeholderRoleRepository roles) {
        this.segments = segments;
        this.outbox = outbox;
        this.roles = roles;
    }

    /** A change by the client or by staff: counts as activity for the retention rule. */
    public void changed(Client client) {
        segments.recompute(client);
        client.version++;
        client.updatedAt = now();
        client.lastActivityAt = client.updatedAt;
        announce(ClientEventV1.UPDATED, client);
    }

    /** A change made by the system (a segment redefined): a new version and an event, no activity. */
    public void recomputed(Client client) {
        client.version++;
        client.updatedAt = now();
        announce(ClientEventV1.UPDATED, client);
    }

    public void announce(String type, Client client) {
        List<ClientEventV1.Role> held = roles.ofClientByAgency(client.id).stream()
                .map(role -> new ClientEventV1.Role(role.agency, role.role.name())).toList();
        outbox.emit(type, client.id.toString(), ClientEventV1.of(client, segments.of(client.id), held));
    }

    static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MICROS);
    }
}
