package fi.kohtaamo.feedback.event;

import fi.kohtaamo.feedback.service.KnownServices;
import fi.kohtaamo.outbox.Inbox;
import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/** Incoming: the catalogue's events (topic kohtaamo.catalogue.v1). */
@ApplicationScoped
public class CatalogueEvents {

    private final Inbox inbox;
    private final KnownServices services;

    public CatalogueEvents(Inbox inbox, KnownServices services) {
        this.inbox = inbox;
        this.services = services;
    }

    @Incoming("catalogue-events")
    @Blocking
    public void on(String json) {
        services.apply(inbox.parse(json));
    }
}
