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

    private final Inbox inbox;
    private final RegistryContract contract;
    private final KnownClients knownClients;

    public ClientEvents(Inbox inbox, RegistryContract contract, KnownClients knownClients) {
        this.inbox = inbox;
        this.contract = contract;
        this.knownClients = knownClients;
    }

    @Incoming("client-events")
    @Blocking
    public void on(String json) {
        CloudEvent event = inbox.parse(json);
        knownClients.apply(event);
        contract.apply(event);
    }
}
