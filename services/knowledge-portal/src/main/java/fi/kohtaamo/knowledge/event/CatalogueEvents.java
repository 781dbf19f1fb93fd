package fi.kohtaamo.knowledge.event;

import com.fasterxml.jackson.databind.JsonNode;
import fi.kohtaamo.knowledge.domain.KnownService;
import fi.kohtaamo.outbox.CloudEvent;
import fi.kohtaamo.outbox.EventReceiver;
import fi.kohtaamo.outbox.UpstreamCopies;
import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

import java.util.UUID;
import java.util.function.UnaryOperator;

/**
 * Incoming: the catalogue's service events (topic kohtaamo.catalogue.v1), kept as the
 * {@link KnownService}s articles link to: id, group, organisation, withdrawn or not. Each event
 * is applied once and only when newer than the copy ({@link UpstreamCopies}), in one transaction
 * with its inbox record.
 */
@ApplicationScoped
public class CatalogueEvents {

    static final String CONSUMER = "knowledge-portal.catalogue";
    static final String PUBLISHED = "fi.kohtaamo.catalogue.service.published.v1";
    static final String UPDATED = "fi.kohtaamo.catalogue.service.updated.v1";
    static final String WITHDRAWN = "fi.kohtaamo.catalogue.service.withdrawn.v1";

    private final UpstreamCopies copies;
    private final EventReceiver receiver;

    public CatalogueEvents(EventReceiver receiver, UpstreamCopies copies) {
        this.receiver = receiver;
        this.copies = copies;
    }

    /** A withdrawn service stays known, flagged, so that no new article links to it. */
    @Incoming("catalogue-events")
    @Blocking
    public void on(ConsumerRecord<String, String> record) {
        receiver.receive(CONSUMER, record, this::apply);
    }

    /** In the receiver's transaction, with the inbox record. */
    void apply(CloudEvent event) {
        UnaryOperator<KnownService> change = switch (event.type()) {
            case PUBLISHED, UPDATED -> held -> linkable(event.data(), held);
            case WITHDRAWN -> held -> {
                if (held != null) {
                    held.withdrawn = true;
                }
                return held;
            };
            default -> null;
        };
        if (change != null) {
            UUID id = serviceId(event.data());
            copies.apply(CONSUMER, event, () -> KnownService.<KnownService>findById(id), change, created -> created.persist());
        }
    }

    private static KnownService linkable(JsonNode data, KnownService held) {
        KnownService service = held;
        if (service == null) {
            service = new KnownService();
            service.id = serviceId(data);
        }
        service.serviceGroup = data.path("group").asText();
        service.organisation = data.path("organisation").asText();
        service.nameFi = data.path("name").path("fi").asText(null);
        service.withdrawn = false;
        return service;
    }

    private static UUID serviceId(JsonNode data) {
        return UUID.fromString(data.path("serviceId").asText());
    }
}
