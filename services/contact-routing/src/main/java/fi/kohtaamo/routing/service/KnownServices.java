package fi.kohtaamo.routing.service;

import com.fasterxml.jackson.databind.JsonNode;
import fi.kohtaamo.outbox.CloudEvent;
import fi.kohtaamo.outbox.Inbox;
import fi.kohtaamo.routing.domain.AttributeDefinition;
import fi.kohtaamo.routing.domain.KnownService;
import fi.kohtaamo.routing.repository.KnownServiceRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Keeps the local copy of the catalogue's routing data current from its events. */
@ApplicationScoped
public class KnownServices {

    static final String CONSUMER = "contact-routing.catalogue.v2";
    static final String SERVICE_PUBLISHED = "fi.kohtaamo.catalogue.service.published.v1";
    static final String SERVICE_UPDATED = "fi.kohtaamo.catalogue.service.updated.v1";
    static final String SERVICE_WITHDRAWN = "fi.kohtaamo.catalogue.service.withdrawn.v1";
    private static final Logger LOG = Logger.getLogger(KnownServices.class);

    private final KnownServiceRepository services;
    private final Inbox inbox;

    public KnownServices(KnownServiceRepository services, Inbox inbox) {
        this.services = services;
        this.inbox = inbox;
    }

    @Transactional
    public void apply(CloudEvent event) {
        if (!inbox.firstDelivery(CONSUMER, event)) {
            LOG.debugf("event %s already applied", event.id());
            return;
        }
        boolean withdrawn = SERVICE_WITHDRAWN.equals(event.type());
        if (!withdrawn && !SERVICE_PUBLISHED.equals(event.type()) && !SERVICE_UPDATED.equals(event.type())) {
            return;
        }
        JsonNode data = event.data();
        UUID id = UUID.fromString(data.path("serviceId").asText());
        KnownService service = services.findByIdOptional(id).orElse(null);
        if (service != null && service.updatedAt.isAfter(event.time().toInstant())) {
            return; // an older event than what is already known
        }
        if (withdrawn) {
            if (service != null) {
                service.status = "WITHDRAWN";
                service.updatedAt = event.time().toInstant();
            }
            return;
        }
        if (service == null) {
            service = new KnownService();
            service.serviceId = id;
        }
        service.code = required(data, "code");
        service.group = required(data, "group");
        service.organisation = required(data, "organisation");
        service.defaultQueue = required(data, "defaultQueue");
        service.status = required(data, "status");
        service.nameFi = data.path("name").path("fi").asText(null);
        service.nameSv = data.path("name").path("sv").asText(null);
        service.nameEn = data.path("name").path("en").asText(null);
        Map<String, Integer> skills = new HashMap<>();
        data.path("requiredSkills").forEach(skill -> skills.put(skill.asText(), 1));
        service.requiredSkills = skills;
        service.priority = Math.max(1, Math.min(5, data.path("priority").asInt(3)));
        service.firstResponseHours = positiveOrNull(data.path("firstResponseHours"));
        service.resolutionHours = positiveOrNull(data.path("resolutionHours"));
        service.attributes = new ArrayList<>();
        for (JsonNode attribute : data.path("attributes")) {
            List<String> values = new ArrayList<>();
            attribute.path("values").forEach(value -> values.add(value.isObject() ? value.path("key").asText() : value.asText()));
            service.attributes.add(new AttributeDefinition(attribute.path("code").asText(),
                    attribute.path("datatype").asText("STRING"), attribute.path("required").asBoolean(false), values));
        }
        service.updatedAt = event.time().toInstant();
        services.persist(service);
    }

    private static Integer positiveOrNull(JsonNode value) {
        return value.canConvertToInt() && value.asInt() > 0 ? value.asInt() : null;
    }

    private static String required(JsonNode data, String field) {
        String value = data.path(field).asText(null);
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("service.published event without " + field);
        }
        return value;
    }
}
