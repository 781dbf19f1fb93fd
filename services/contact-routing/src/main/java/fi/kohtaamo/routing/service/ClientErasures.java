package fi.kohtaamo.routing.service;

import fi.kohtaamo.outbox.CloudEvent;
import fi.kohtaamo.outbox.Inbox;
import fi.kohtaamo.routing.domain.Contact;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;

import java.util.List;
import java.util.UUID;

/**
 * Honours the client registry's erasures: the contacts of an erased client keep what the agency
 * must keep of its handling (service, queue, channel, times) and lose everything personal.
 */
@ApplicationScoped
public class ClientErasures {

    static final String CONSUMER = "contact-routing.clients";
    static final String CLIENT_ERASED = "fi.kohtaamo.client.erased.v1";
    public static final String ERASED_TEXT = "[erased at the client's request]";
    private static final Logger LOG = Logger.getLogger(ClientErasures.class);

    private final Inbox inbox;

    public ClientErasures(Inbox inbox) {
        this.inbox = inbox;
    }

    @Transactional
    public void apply(CloudEvent event) {
        if (!inbox.firstDelivery(CONSUMER, event) || !CLIENT_ERASED.equals(event.type())) {
            return;
        }
        UUID clientId = UUID.fromString(event.data().path("clientId").asText());
        List<Contact> contacts = Contact.list("clientId", clientId);
        for (Contact contact : contacts) {
            contact.contactName = null;
            contact.contactEmail = null;
            contact.contactPhone = null;
            contact.description = ERASED_TEXT;
            contact.submittedBy = null;
            contact.clientId = null;
        }
        LOG.infof("erased the personal data of %d contacts of an erased client", contacts.size());
    }
}
