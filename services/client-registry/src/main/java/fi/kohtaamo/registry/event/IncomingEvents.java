package fi.kohtaamo.registry.event;

import fi.kohtaamo.outbox.CloudEvent;
import fi.kohtaamo.outbox.Inbox;
import fi.kohtaamo.registry.service.DataExports;
import fi.kohtaamo.registry.service.Retention;
import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Incoming;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * Incoming: the parts of GDPR exports (topic kohtaamo.exports.v1) and contact routing's contacts
 * (topic kohtaamo.contacts.v1), whose clients count as active.
 */
@ApplicationScoped
public class IncomingEvents {

    static final String CONTACT_RECEIVED = "fi.kohtaamo.contact.received.v1";

    private final Inbox inbox;
    private final DataExports exports;
    private final Retention retention;

    public IncomingEvents(Inbox inbox, DataExports exports, Retention retention) {
        this.inbox = inbox;
        this.exports = exports;
        this.retention = retention;
    }

    @Incoming("export-parts")
    @Blocking
    public void onExportPart(String json) {
        exports.receivePart(inbox.parse(json));
    }

    @Incoming("contact-events")
    @Blocking
    public void onContact(String json) {
        CloudEvent event = inbox.parse(json);
        String clientId = event.data().path("clientId").asText(null);
        if (CONTACT_RECEIVED.equals(event.type()) && clientId != null && !clientId.isEmpty()) {
            retention.activity(UUID.fromString(clientId),
                    OffsetDateTime.parse(event.data().path("receivedAt").asText()).toInstant());
        }
    }
}
