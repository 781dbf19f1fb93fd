package fi.kohtaamo.webhooks.event;

import fi.kohtaamo.outbox.EventReceiver;
import fi.kohtaamo.webhooks.service.Fanout;
import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import io.smallrye.reactive.messaging.kafka.KafkaRecordBatch;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

import java.util.concurrent.CompletionStage;

/**
 * Incoming: the events agency systems may subscribe to, from their owners' topics (contacts,
 * feedback, the catalogue), each through the {@link EventReceiver} (believed only from its owner,
 * applied once with the inbox) into {@link Fanout}. Types no subscription can list are read and
 * recorded in the inbox, nothing more.
 */
@ApplicationScoped
public class PlatformEvents {

    static final String CONTACTS = "webhooks.contacts";
    static final String FEEDBACK = "webhooks.feedback";
    static final String CATALOGUE = "webhooks.catalogue";

    private final EventReceiver receiver;
    private final Fanout fanout;

    public PlatformEvents(EventReceiver receiver, Fanout fanout) {
        this.receiver = receiver;
        this.fanout = fanout;
    }

    /**
     * A poll's events at a time (the channel's {@code batch=true}), in one transaction: every change
     * of every contact passes here.
     */
    @Incoming("contact-events")
    @Blocking
    public CompletionStage<Void> onContact(KafkaRecordBatch<String, String> batch) {
        return receiver.receiveAll(CONTACTS, batch, event -> fanout.apply(CONTACTS, event));
    }

    @Incoming("feedback-events")
    @Blocking
    public void onFeedback(ConsumerRecord<String, String> record) {
        receiver.receive(FEEDBACK, record, event -> fanout.apply(FEEDBACK, event));
    }

    @Incoming("catalogue-events")
    @Blocking
    public void onCatalogue(ConsumerRecord<String, String> record) {
        receiver.receive(CATALOGUE, record, event -> fanout.apply(CATALOGUE, event));
    }
}
