package fi.kohtaamo.routing.event;

import fi.kohtaamo.outbox.Inbox;
import fi.kohtaamo.routing.service.ClientErasures;
import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/** Incoming: the client registry's events (topic kohtaamo.clients.v1). */
@ApplicationScoped
public class ClientEvents {

    private final Inbox inbox;
    private final ClientErasures erasures;

    public ClientEvents(Inbox inbox, ClientErasures erasures) {
        this.inbox = inbox;
        this.erasures = erasures;
    }

    @Incoming("client-events")
    @Blocking
    public void on(String json) {
        erasures.apply(inbox.parse(json));
    }
}
