package fi.kohtaamo.feedback.event;

import fi.kohtaamo.feedback.service.KnownClients;
import fi.kohtaamo.feedback.service.RegistryContract;
import fi.kohtaamo.outbox.CloudEvent;
import fi.kohtaamo.outbox.Inbox;
import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/** Incoming: the client registry's events (topic kohtaamo.clients.v1). */
@ApplicationScoped
public class ClientEvents {

    private final KnownClients knownClients;
    private final RegistryContract contract;
    private final Inbox inbox;

    public ClientEvents(KnownClients knownClients, RegistryContract contract, Inbox inbox) {
        this.knownClients = knownClients;
        this.contract = contract;
        this.inbox = inbox;
    }

    /** The copy of the client first: an export or erasure in the same stream then finds the link. */
    @Incoming("client-events")
    @Blocking
    public void on(String json) {
        CloudEvent event = inbox.parse(json);
        knownClients.apply(event);
        contract.apply(event);
    }
}
