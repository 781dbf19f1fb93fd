package fi.kohtaamo.routing.service;

import com.fasterxml.jackson.databind.JsonNode;
import fi.kohtaamo.outbox.CloudEvent;
import fi.kohtaamo.outbox.UpstreamCopies;
import fi.kohtaamo.routing.domain.KnownClient;
import fi.kohtaamo.routing.repository.KnownClientRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.util.ArrayList;
import java.util.UUID;

/**
 * Keeps what routing needs of clients (language, municipality, segments) from the registry's
 * {@code client.registered} and {@code client.updated} events, so that intake never calls the
 * registry. Each event is applied once and only when newer than the copy ({@link UpstreamCopies}:
 * the registry's client version first). Erasure and merge remove the copy (see {@link RegistryContract}).
 */
@ApplicationScoped
public class KnownClients {

    static final String CONSUMER = "contact-routing.client-attributes";
    static final String REGISTERED = "fi.kohtaamo.client.registered.v1";
    static final String UPDATED = "fi.kohtaamo.client.updated.v1";

    private final UpstreamCopies copies;
    private final KnownClientRepository clients;

    public KnownClients(UpstreamCopies copies, KnownClientRepository clients) {
        this.copies = copies;
        this.clients = clients;
    }

    @Transactional
    public void apply(CloudEvent event) {
        if (!REGISTERED.equals(event.type()) && !UPDATED.equals(event.type())) {
            return;
        }
        JsonNode data = event.data();
        UUID id = UUID.fromString(data.path("clientId").asText());
        copies.apply(CONSUMER, event, () -> clients.findById(id), held -> {
            KnownClient client = held != null ? held : new KnownClient();
            client.clientId = id;
            client.preferredLanguage = data.path("preferredLanguage").asText(null);
            client.municipalityCode = data.path("municipalityCode").asText(null);
            client.segments = new ArrayList<>();
            for (JsonNode segment : data.path("segments")) {
                client.segments.add(segment.isObject() ? segment.path("code").asText() : segment.asText());
            }
            return client;
        }, created -> created.persist());
    }

    /** The registry erased or merged the client away: forget the copy. */
    public void forget(UUID clientId) {
        clients.deleteById(clientId);
    }
}
