package fi.kohtaamo.feedback.event;

import fi.kohtaamo.feedback.service.KnownClients;
import fi.kohtaamo.feedback.service.RegistryContract;
import fi.kohtaamo.outbox.CloudEvent;
import fi.kohtaamo.outbox.EventReceiver;
import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/** Incoming: the client registry's events (topic kohtaamo.clients.v1). */
@ApplicationScoped
public class ClientEvents {

    private final KnownClients knownClients;
    private final RegistryContract contract;
    private final EventReceiver receiver;

    public ClientEvents(KnownClients knownClients, RegistryContract contract, EventReceiver receiver) {
        this.knownClients = knownClients;
        this.contract = contract;
        this.receiver = receiver;
    }

    /**
     * The copy of the client first: an export or erasure in the same stream then finds the link.
     * Both in one transaction (the receiver's), so that a failure retries both.
     */
    @Incoming("client-events")
    @Blocking
    public void on(ConsumerRecord<String, String> record) {
        receiver.receive("feedback.clients", record, this::apply);
    }

    private void apply(CloudEvent event) {
        knownClients.apply(event);
        contract.apply(event);
    }
}
