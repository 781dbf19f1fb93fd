package fi.kohtaamo.feedback.event;

import fi.kohtaamo.feedback.service.ContactFacts;
import fi.kohtaamo.outbox.Inbox;
import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/** Incoming: contact routing's events (topic kohtaamo.contacts.v1). */
@ApplicationScoped
public class ContactEvents {

    private final Inbox inbox;
    private final ContactFacts facts;

    public ContactEvents(Inbox inbox, ContactFacts facts) {
        this.inbox = inbox;
        this.facts = facts;
    }

    @Incoming("contact-events")
    @Blocking
    public void on(String json) {
        facts.apply(inbox.parse(json));
    }
}
