package fi.kohtaamo.knowledge.service;

import com.fasterxml.jackson.databind.JsonNode;
import fi.kohtaamo.knowledge.domain.KnownService;
import fi.kohtaamo.outbox.CloudEvent;
import fi.kohtaamo.outbox.Inbox;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.util.UUID;

/** The catalogue's services as articles link to them: id, group, organisation, withdrawn or not. */
@ApplicationScoped
public class KnownServices {

    static final String CONSUMER = "knowledge-portal.catalogue";
    static final String PUBLISHED = "fi.kohtaamo.catalogue.service.published.v1";
    static final String UPDATED = "fi.kohtaamo.catalogue.service.updated.v1";
    static final String WITHDRAWN = "fi.kohtaamo.catalogue.service.withdrawn.v1";

    private final Inbox inbox;

    public KnownServices(Inbox inbox) {
        this.inbox = inbox;
    }

    @Transactional
    public void apply(CloudEvent event) {
        String type = event.type();
        if (!PUBLISHED.equals(type) && !UPDATED.equals(type) && !WITHDRAWN.equals(type)) {
            return;
        }
        if (!inbox.firstDelivery(CONSUMER, event)) {
            return;
        }
        JsonNode data = event.data();
        UUID id = UUID.fromString(data.path("serviceId").asText());
        int version = data.path("version").asInt(0);
        KnownService service = KnownService.findById(id);
        if (service != null && service.version > version) {
            return; // an older event than what is known
        }
        if (WITHDRAWN.equals(type)) {
            if (service != null) {
                service.withdrawn = true;
                service.version = version;
            }
            return;
        }
        boolean known = service != null;
        if (!known) {
            service = new KnownService();
            service.id = id;
        }
        service.serviceGroup = data.path("group").asText();
        service.organisation = data.path("organisation").asText();
        service.nameFi = data.path("name").path("fi").asText(null);
        service.withdrawn = false;
        service.version = version;
        if (!known) {
            service.persist();
        }
    }
}
