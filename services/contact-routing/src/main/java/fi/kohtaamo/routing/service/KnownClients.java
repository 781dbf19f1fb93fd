package fi.kohtaamo.routing.service;

import com.fasterxml.jackson.databind.JsonNode;
import fi.kohtaamo.outbox.CloudEvent;
import fi.kohtaamo.outbox.UpstreamCopies;
import fi.kohtaamo.routing.domain.Contact;
import fi.kohtaamo.routing.domain.KnownClient;
import fi.kohtaamo.routing.repository.ContactRepository;
import fi.kohtaamo.routing.repository.KnownClientRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.util.ArrayList;
import java.util.Optional;
import java.util.UUID;

/**
 * Keeps what routing needs of clients (language, municipality, segments, the linked sign-in
 * subject) from the registry's {@code client.registered} and {@code client.updated} events, so that
 * intake never calls the registry. Each event is applied once and only when newer than the copy
 * ({@link UpstreamCopies}: the registry's client version first). Erasure and merge remove the copy
 * (see {@link RegistryContract}).
 *
 * <p>A signed-in citizen's contacts become their client's when the registry links the citizen's
 * subject to a client: at intake when the copy already knows the link, otherwise when the event
 * that brings it is applied. The contract's erasure and export link first too, so a contact that
 * raced with the event is not missed where it matters most.
 */
@ApplicationScoped
public class KnownClients {

    static final String CONSUMER = "contact-routing.client-attributes";
    static final String REGISTERED = "fi.kohtaamo.client.registered.v1";
    static final String UPDATED = "fi.kohtaamo.client.updated.v1";

    private final UpstreamCopies copies;
    private final KnownClientRepository clients;
    private final ContactRepository contacts;

    public KnownClients(UpstreamCopies copies, KnownClientRepository clients, ContactRepository contacts) {
        this.copies = copies;
        this.clients = clients;
        this.contacts = contacts;
    }

    @Transactional
    public void apply(CloudEvent event) {
        if (!REGISTERED.equals(event.type()) && !UPDATED.equals(event.type())) {
            return;
        }
        JsonNode data = event.data();
        UUID id = UUID.fromString(data.path("clientId").asText());
        UpstreamCopies.Outcome outcome = copies.apply(CONSUMER, event, () -> clients.findById(id), held -> {
            KnownClient client = held != null ? held : new KnownClient();
            client.clientId = id;
            client.preferredLanguage = data.path("preferredLanguage").asText(null);
            client.municipalityCode = data.path("municipalityCode").asText(null);
            client.signInSubject = data.path("signInSubject").asText(null);
            client.segments = new ArrayList<>();
            for (JsonNode segment : data.path("segments")) {
                client.segments.add(segment.isObject() ? segment.path("code").asText() : segment.asText());
            }
            return client;
        }, created -> created.persist());
        if (outcome == UpstreamCopies.Outcome.APPLIED) {
            String subject = data.path("signInSubject").asText(null);
            if (subject != null) {
                clients.releaseSubjectFromOthers(subject, id);
                linkContacts(subject, id);
            }
        }
    }

    /** The client a signed-in citizen is, as far as the registry's events have told. */
    public Optional<KnownClient> signedInAs(String subject) {
        return subject == null ? Optional.empty() : clients.findBySignInSubject(subject);
    }

    /** Links the contacts its citizen submitted signed in to the client; the number linked. */
    public int linkContactsOf(UUID clientId) {
        KnownClient client = clients.findById(clientId);
        return client == null || client.signInSubject == null ? 0 : linkContacts(client.signInSubject, clientId);
    }

    private int linkContacts(String subject, UUID clientId) {
        int linked = 0;
        for (Contact contact : contacts.unlinkedOfClientSubject(subject)) {
            if (contact.linkToClient(clientId)) {
                linked++;
            }
        }
        return linked;
    }

    /** The registry erased or merged the client away: forget the copy. */
    public void forget(UUID clientId) {
        clients.deleteById(clientId);
    }
}
