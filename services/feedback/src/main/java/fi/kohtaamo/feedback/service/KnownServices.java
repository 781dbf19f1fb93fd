package fi.kohtaamo.feedback.service;

import com.fasterxml.jackson.databind.JsonNode;
import fi.kohtaamo.feedback.domain.KnownService;
import fi.kohtaamo.outbox.CloudEvent;
import fi.kohtaamo.outbox.Inbox;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.util.UUID;

/** Keeps the local copy of the catalogue's services (organisation, group, names) current. */
@ApplicationScoped
public class KnownServices {

    static final String CONSUMER = "feedback.catalogue";
    static final String PREFIX = "fi.kohtaamo.catalogue.service.";
    static final String WITHDRAWN = "fi.kohtaamo.catalogue.service.withdrawn.v1";

    private final Inbox inbox;

    public KnownServices(Inbox inbox) {
        this.inbox = inbox;
    }

    @Transactional
    public void apply(CloudEvent event) {
        if (!event.type().startsWith(PREFIX) || !inbox.firstDelivery(CONSUMER, event)) {
            return;
        }
        JsonNode data = event.data();
        UUID id = UUID.fromString(data.path("serviceId").asText());
        Instant at = event.time().toInstant();
        KnownService service = KnownService.findById(id);
        if (service != null && service.updatedAt.isAfter(at)) {
            return; // older than what is known
        }
        if (WITHDRAWN.equals(event.type())) {
            if (service != null) {
                service.status = "WITHDRAWN";
                service.updatedAt = at;
            }
            return;
        }
        if (!data.hasNonNull("organisation") || !data.hasNonNull("group")) {
            return; // not a service statement this copy can use
        }
        boolean created = service == null;
        if (created) {
            service = new KnownService();
            service.serviceId = id;
        }
        service.code = data.path("code").asText(id.toString());
        service.group = data.path("group").asText();
        service.organisation = data.path("organisation").asText();
        service.status = data.path("status").asText("PUBLISHED");
        service.nameFi = data.path("name").path("fi").asText(null);
        service.nameSv = data.path("name").path("sv").asText(null);
        service.nameEn = data.path("name").path("en").asText(null);
        service.updatedAt = at;
        if (created) {
            service.persist();
        }
    }
}
