package fi.kohtaamo.routing.event;

import com.fasterxml.jackson.databind.JsonNode;
import fi.kohtaamo.outbox.CloudEvent;
import fi.kohtaamo.outbox.EventReceiver;
import fi.kohtaamo.outbox.UpstreamCopies;
import fi.kohtaamo.routing.domain.AttributeDefinition;
import fi.kohtaamo.routing.domain.KnownOrganisation;
import fi.kohtaamo.routing.domain.KnownService;
import fi.kohtaamo.routing.repository.KnownOrganisationRepository;
import fi.kohtaamo.routing.repository.KnownServiceRepository;
import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Incoming: the catalogue's service events (topic kohtaamo.catalogue.v1), kept as this service's
 * {@link KnownService}s, the routing data intake and routing read; and its organisation events,
 * kept as {@link KnownOrganisation}s, whose units are the responsibility areas a queue may name.
 * Each event is applied once and only when newer than the copy ({@link UpstreamCopies}), in one
 * transaction with its inbox record.
 */
@ApplicationScoped
public class CatalogueEvents {

    static final String CONSUMER = "contact-routing.catalogue.v2";
    /** The organisations' copy has an inbox name of its own, so it does not shadow the services'. */
    static final String ORGANISATIONS = "contact-routing.organisations.v1";
    static final String ORGANISATION_UPSERTED = "fi.kohtaamo.catalogue.organisation.upserted.v1";
    static final String SERVICE_WITHDRAWN = "fi.kohtaamo.catalogue.service.withdrawn.v1";
    private static final Set<String> TYPES = Set.of("fi.kohtaamo.catalogue.service.published.v1",
            "fi.kohtaamo.catalogue.service.updated.v1", SERVICE_WITHDRAWN);

    private final UpstreamCopies copies;
    private final EventReceiver receiver;
    private final KnownServiceRepository services;
    private final KnownOrganisationRepository organisations;

    public CatalogueEvents(EventReceiver receiver, UpstreamCopies copies, KnownServiceRepository services,
                           KnownOrganisationRepository organisations) {
        this.receiver = receiver;
        this.copies = copies;
        this.services = services;
        this.organisations = organisations;
    }

    @Incoming("catalogue-events")
    @Blocking
    public void on(ConsumerRecord<String, String> record) {
        receiver.receive(CONSUMER, record, this::apply);
    }

    /** In the receiver's transaction, with the inbox record. */
    void apply(CloudEvent event) {
        if (ORGANISATION_UPSERTED.equals(event.type())) {
            UUID id = UUID.fromString(event.data().path("organisationId").asText());
            copies.apply(ORGANISATIONS, event, () -> organisations.findById(id),
                    held -> organisation(id, event.data(), held), organisations::persist);
            return;
        }
        if (!TYPES.contains(event.type())) {
            return;
        }
        UUID id = UUID.fromString(event.data().path("serviceId").asText());
        copies.apply(CONSUMER, event, () -> services.findById(id),
                held -> SERVICE_WITHDRAWN.equals(event.type()) ? withdrawn(held) : stated(id, event.data(), held),
                services::persist);
    }

    private static KnownOrganisation organisation(UUID id, JsonNode data, KnownOrganisation held) {
        KnownOrganisation organisation = held;
        if (organisation == null) {
            organisation = new KnownOrganisation();
            organisation.organisationId = id;
        }
        organisation.code = required(data, "code");
        String parent = data.path("parentId").asText(null);
        organisation.parentId = parent == null || parent.isBlank() ? null : UUID.fromString(parent);
        organisation.nameFi = data.path("name").path("fi").asText(null);
        organisation.nameSv = data.path("name").path("sv").asText(null);
        organisation.nameEn = data.path("name").path("en").asText(null);
        return organisation;
    }

    private static KnownService withdrawn(KnownService service) {
        if (service != null) {
            service.status = "WITHDRAWN";
        }
        return service;
    }

    private static KnownService stated(UUID id, JsonNode data, KnownService held) {
        KnownService service = held;
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
        return service;
    }

    private static Integer positiveOrNull(JsonNode value) {
        return value.canConvertToInt() && value.asInt() > 0 ? value.asInt() : null;
    }

    private static String required(JsonNode data, String field) {
        String value = data.path(field).asText(null);
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("catalogue event without " + field);
        }
        return value;
    }
}
