package fi.kohtaamo.registry.event;

import fi.kohtaamo.outbox.CloudEvent;
import fi.kohtaamo.outbox.EventReceiver;
import fi.kohtaamo.registry.contract.ExportPartV2;
import fi.kohtaamo.registry.service.ContactLinks;
import fi.kohtaamo.registry.service.DataExports;
import fi.kohtaamo.registry.service.Retention;
import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import io.smallrye.reactive.messaging.kafka.KafkaRecordBatch;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

import java.time.OffsetDateTime;
import java.util.UUID;
import java.util.concurrent.CompletionStage;

/**
 * Incoming: the parts of GDPR exports, sealed to the registry, on the topics of the services that
 * answer (kohtaamo.contacts.v1, kohtaamo.feedback.v1), and contact routing's contacts
 * (topic kohtaamo.contacts.v1): which contact concerns which client and organisation (the need to
 * know of staff reads), and whose clients count as active.
 */
@ApplicationScoped
public class IncomingEvents {

    static final String CONTACT_RECEIVED = "fi.kohtaamo.contact.received.v1";
    static final String CONTACT_TYPES = "fi.kohtaamo.contact.";

    private final EventReceiver receiver;
    private final DataExports exports;
    private final Retention retention;
    private final ContactLinks contactLinks;

    public IncomingEvents(EventReceiver receiver, DataExports exports, Retention retention, ContactLinks contactLinks) {
        this.receiver = receiver;
        this.exports = exports;
        this.retention = retention;
        this.contactLinks = contactLinks;
    }

    /** Feedback's events: only its part of a GDPR export concerns the registry. */
    @Incoming("feedback-events")
    @Blocking
    public void onFeedback(ConsumerRecord<String, String> record) {
        receiver.receive("client-registry.feedback", record, this::applyFeedback);
    }

    private void applyFeedback(CloudEvent event) {
        if (ExportPartV2.TYPE.equals(event.type())) {
            exports.receivePart(event);
        }
    }

    /**
     * Contact routing owns the contact events: the receiver refuses them from any other topic or
     * source (kohtaamo.inbox.origins), since a forged one could link a contact to any client and so
     * open that client's record. A poll's events at a time (the channel's {@code batch=true}), in
     * one transaction: every contact's every change passes here.
     */
    @Incoming("contact-events")
    @Blocking
    public CompletionStage<Void> onContact(KafkaRecordBatch<String, String> batch) {
        return receiver.receiveAll("client-registry.contacts", batch, this::applyContact);
    }

    private void applyContact(CloudEvent event) {
        if (ExportPartV2.TYPE.equals(event.type())) {
            exports.receivePart(event);
            return;
        }
        if (!event.type().startsWith(CONTACT_TYPES)) {
            return;
        }
        contactLinks.apply(event);
        String clientId = event.data().path("clientId").asText(null);
        if (CONTACT_RECEIVED.equals(event.type()) && clientId != null && !clientId.isEmpty()) {
            retention.activity(UUID.fromString(clientId),
                    OffsetDateTime.parse(event.data().path("receivedAt").asText()).toInstant());
        }
    }
}
