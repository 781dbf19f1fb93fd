package fi.kohtaamo.routing.service;

import com.fasterxml.jackson.databind.JsonNode;
import fi.kohtaamo.outbox.CloudEvent;
import fi.kohtaamo.outbox.Inbox;
import fi.kohtaamo.routing.domain.KnownClient;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.util.ArrayList;
import java.util.UUID;

/**
 * Keeps what routing needs of clients (language, municipality, segments) from the registry's
 * {@code client.registered} and {@code client.updated} events, so that intake never calls the
 * registry. Erasure and merge remove the copy (see {@link RegistryContract}).
 */
@ApplicationScoped
public class KnownClients {

    static final String CONSUMER = "contact-routing.client-attributes";
    static final String REGISTERED = "fi.kohtaamo.client.registered.v1";
    static final String UPDATED = "fi.kohtaamo.client.updated.v1";

    private final Inbox inbox;

    public KnownClients(Inbox inbox) {
        this.inbox = inbox;
    }

    @Transactional
    public void apply(CloudEvent event) {
        if (!REGISTERED.equals(event.type()) && !UPDATED.equals(event.type())) {
            return;
        }
        if (!inbox.firstDelivery(CONSUMER, event)) {
            return;
        }
        JsonNode data = event.data();
        UUID id = UUID.fromString(data.path("clientId").asText());
        KnownClient client = KnownClient.findById(id);
        if (client != null && client.updatedAt.isAfter(event.time().toInstant())) {
            return; // an older event than what is already known
        }
        boolean created = client == null;
        if (created) {
            client = new KnownClient();
            client.clientId = id;
        }
        client.preferredLanguage = data.path("preferredLanguage").asText(null);
        client.municipalityCode = data.path("municipalityCode").asText(null);
        client.segments = new ArrayList<>();
        for (JsonNode segment : data.path("segments")) {
            client.segments.add(segment.isObject() ? segment.path("code").asText() : segment.asText());
        }
        client.updatedAt = event.time().toInstant();
        if (created) {
            client.persist();
        }
    }

    /** The registry erased or merged the client away: forget the copy. */
    public void forget(UUID clientId) {
        KnownClient.deleteById(clientId);
    }
}
