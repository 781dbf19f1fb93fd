package fi.kohtaamo.feedback.event;

import fi.kohtaamo.feedback.service.ContactFacts;
import fi.kohtaamo.outbox.EventReceiver;
import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import io.smallrye.reactive.messaging.kafka.KafkaRecordBatch;
import org.eclipse.microprofile.reactive.messaging.Incoming;

import java.util.concurrent.CompletionStage;

/** Incoming: contact routing's events (topic kohtaamo.contacts.v1). */
@ApplicationScoped
public class ContactEvents {

    private final EventReceiver receiver;
    private final ContactFacts facts;

    public ContactEvents(EventReceiver receiver, ContactFacts facts) {
        this.receiver = receiver;
        this.facts = facts;
    }

    /** A poll's events at a time (the channel's {@code batch=true}), in one transaction. */
    @Incoming("contact-events")
    @Blocking
    public CompletionStage<Void> on(KafkaRecordBatch<String, String> batch) {
        return receiver.receiveAll("feedback.contacts", batch, facts::apply);
    }
}
