package fi.kohtaamo.feedback.event;

import fi.kohtaamo.feedback.service.ContactFacts;
import fi.kohtaamo.outbox.EventReceiver;
import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/** Incoming: contact routing's events (topic kohtaamo.contacts.v1). */
@ApplicationScoped
public class ContactEvents {

    private final EventReceiver receiver;
    private final ContactFacts facts;

    public ContactEvents(EventReceiver receiver, ContactFacts facts) {
        this.receiver = receiver;
        this.facts = facts;
    }

    @Incoming("contact-events")
    @Blocking
    public void on(ConsumerRecord<String, String> record) {
        receiver.receive("feedback.contacts", record, facts::apply);
    }
}
