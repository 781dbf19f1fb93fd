package fi.kohtaamo.feedback.event;

import com.fasterxml.jackson.databind.JsonNode;
import fi.kohtaamo.feedback.domain.KnownOrganisation;
import fi.kohtaamo.feedback.domain.KnownService;
import fi.kohtaamo.outbox.CloudEvent;
import fi.kohtaamo.outbox.EventReceiver;
import fi.kohtaamo.outbox.UpstreamCopies;
import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

import java.util.Set;
import java.util.UUID;

/**
 * Incoming: the catalogue's service events (topic kohtaamo.catalogue.v1), kept as this service's
 * {@link KnownService}s: the organisation and group that feedback and surveys are filed under; and
 * its organisation events, kept as {@link KnownOrganisation}s: the responsibility areas (units) the
 * management view may be limited to. Each event is applied once and only when newer than the copy ({@link UpstreamCopies}), in one
 * transaction with its inbox record.
 */
@ApplicationScoped
public class CatalogueEvents {

    static final String CONSUMER = "feedback.catalogue";
    /** The organisations' copy has an inbox name of its own, so it does not shadow the services'. */
    static final String ORGANISATIONS = "feedback.organisations";
    static final String ORGANISATION_UPSERTED = "fi.kohtaamo.catalogue.organisation.upserted.v1";
    static final String WITHDRAWN = "fi.kohtaamo.catalogue.service.withdrawn.v1";
    private static final Set<String> TYPES = Set.of("fi.kohtaamo.catalogue.service.published.v1",
            "fi.kohtaamo.catalogue.service.updated.v1", WITHDRAWN);

    private final UpstreamCopies copies;
    private final EventReceiver receiver;

    public CatalogueEvents(EventReceiver receiver, UpstreamCopies copies) {
        this.receiver = receiver;
        this.copies = copies;
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
            copies.apply(ORGANISATIONS, event, () -> KnownOrganisation.<KnownOrganisation>findById(id),
                    held -> organisation(id, event.data(), held), created -> created.persist());
            return;
        }
        if (!TYPES.contains(event.type())) {
            return;
        }
        UUID id = UUID.fromString(event.data().path("serviceId").asText());
        copies.apply(CONSUMER, event, () -> KnownService.<KnownService>findById(id),
                held -> WITHDRAWN.equals(event.type()) ? withdrawn(held) : stated(id, event.data(), held),
                created -> created.persist());
    }

    private static KnownOrganisation organisation(UUID id, JsonNode data, KnownOrganisation held) {
        if (!data.hasNonNull("code")) {
            return null; // not an organisation statement this copy can use
        }
        KnownOrganisation organisation = held;
        if (organisation == null) {
            organisation = new KnownOrganisation();
            organisation.organisationId = id;
        }
        organisation.code = data.path("code").asText();
        organisation.parentId = uuidOrNull(data.path("parentId").asText(null));
        return organisation;
    }

    private static KnownService withdrawn(KnownService service) {
        if (service != null) {
            service.status = "WITHDRAWN";
        }
        return service;
    }

    private static KnownService stated(UUID id, JsonNode data, KnownService held) {
        if (!data.hasNonNull("organisation") || !data.hasNonNull("group")) {
            return null; // not a service statement this copy can use
        }
        KnownService service = held;
        if (service == null) {
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
        service.responsibilityAreaId = uuidOrNull(data.path("responsibilityArea").asText(null));
        return service;
    }

    /** An area the event names; none when it names none (older events) or something that is not an id. */
    private static UUID uuidOrNull(String value) {
        try {
            return value == null ? null : UUID.fromString(value);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
