package fi.kohtaamo.routing.event;

import fi.kohtaamo.outbox.CloudEvent;
import fi.kohtaamo.outbox.EventReceiver;
import fi.kohtaamo.routing.service.KnownClients;
import fi.kohtaamo.routing.service.KnownSegments;
import fi.kohtaamo.routing.service.RegistryContract;
import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/** Incoming: the client registry's events (topic kohtaamo.clients.v1). */
@ApplicationScoped
public class ClientEvents {

    private final EventReceiver receiver;
    private final RegistryContract contract;
    private final KnownClients knownClients;
    private final KnownSegments knownSegments;

    public ClientEvents(EventReceiver receiver, RegistryContract contract, KnownClients knownClients,
                        KnownSegments knownSegments) {
        this.receiver = receiver;
        this.contract = contract;
        this.knownClients = knownClients;
        this.knownSegments = knownSegments;
    }

    @Incoming("client-events")
    @Blocking
    public void on(ConsumerRecord<String, String> record) {
        receiver.receive("contact-routing.clients", record, this::apply);
    }

    /** The copies of the client and of segment definitions first, then the contract; in one transaction, so that a failure retries all. */
    private void apply(CloudEvent event) {
        knownClients.apply(event);
        knownSegments.apply(event);
        contract.apply(event);
    }
}
