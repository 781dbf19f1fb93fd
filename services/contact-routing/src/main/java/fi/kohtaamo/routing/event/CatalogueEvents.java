package fi.kohtaamo.routing.event;

import fi.kohtaamo.outbox.Inbox;
import fi.kohtaamo.routing.service.KnownServices;
import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/** Incoming: the catalogue's events (topic kohtaamo.catalogue.v1). */
@ApplicationScoped
public class CatalogueEvents {

    private final Inbox inbox;
    private final KnownServices knownServices;

    public CatalogueEvents(Inbox inbox, KnownServices knownServices) {
        this.inbox = inbox;
        this.knownServices = knownServices;
    }

    @Incoming("catalogue-events")
    @Blocking
    public void on(String json) {
        knownServices.apply(inbox.parse(json));
    }
}
