package fi.kohtaamo.routing.service;

import fi.kohtaamo.outbox.CloudEvent;
import fi.kohtaamo.outbox.Inbox;
import fi.kohtaamo.outbox.Outbox;
import fi.kohtaamo.routing.domain.Contact;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * This service's side of the client registry's contract (topic kohtaamo.clients.v1), each event
 * handled once:
 * <ul>
 *   <li>{@code client.erased}: the client's contacts keep what the agency must keep of their
 *   handling (service, queue, channel, times) and lose everything personal;</li>
 *   <li>{@code client.merged}: contacts of the duplicate now belong to the surviving client;</li>
 *   <li>{@code client.export-requested}: everything held on the client is sent back as this
 *   service's part of the GDPR export (topic kohtaamo.exports.v1).</li>
 * </ul>
 */
@ApplicationScoped
public class RegistryContract {

    static final String CONSUMER = "contact-routing.clients";
    static final String CLIENT_ERASED = "fi.kohtaamo.client.erased.v1";
    static final String CLIENT_MERGED = "fi.kohtaamo.client.merged.v1";
    static final String EXPORT_REQUESTED = "fi.kohtaamo.client.export-requested.v1";
    static final String EXPORT_PART = "fi.kohtaamo.client.export-part.v1";
    static final String EXPORTS_TOPIC = "kohtaamo.exports.v1";
    public static final String SERVICE = "contact-routing";
    public static final String ERASED_TEXT = "[personal data erased]";
    private static final Logger LOG = Logger.getLogger(RegistryContract.class);

    private final Inbox inbox;
    private final Outbox outbox;

    public RegistryContract(Inbox inbox, Outbox outbox) {
        this.inbox = inbox;
        this.outbox = outbox;
    }

    @Transactional
    public void apply(CloudEvent event) {
        switch (event.type()) {
            case CLIENT_ERASED, CLIENT_MERGED, EXPORT_REQUESTED -> {
                if (inbox.firstDelivery(CONSUMER, event)) {
                    handle(event);
                }
            }
            default -> {
                // registered and updated: nothing held here depends on them yet
            }
        }
    }

    private void handle(CloudEvent event) {
        switch (event.type()) {
            case CLIENT_ERASED -> erase(uuid(event, "clientId"));
            case CLIENT_MERGED -> {
                int moved = Contact.update("clientId = ?1 where clientId = ?2", uuid(event, "survivorId"), uuid(event, "mergedId"));
                LOG.infof("%d contacts of a merged client now belong to the surviving client", moved);
            }
            default -> export(uuid(event, "exportId"), uuid(event, "clientId"));
        }
    }

    private static void erase(UUID clientId) {
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

    private void export(UUID exportId, UUID clientId) {
        List<Map<String, Object>> contacts = Contact.<Contact>list("clientId", Sort.by("receivedAt"), clientId).stream()
                .map(RegistryContract::exported).toList();
        Map<String, Object> part = new LinkedHashMap<>();
        part.put("exportId", exportId);
        part.put("clientId", clientId);
        part.put("service", SERVICE);
        part.put("data", Map.of("contacts", contacts));
        outbox.emit(EXPORTS_TOPIC, EXPORT_PART, exportId.toString(), part);
    }

    private static Map<String, Object> exported(Contact contact) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("trackingCode", contact.trackingCode);
        data.put("receivedAt", contact.receivedAt);
        data.put("channel", contact.channel);
        data.put("language", contact.language);
        data.put("organisation", contact.organisation);
        data.put("queue", contact.queue.code);
        data.put("serviceId", contact.serviceId);
        data.put("status", contact.status);
        data.put("description", contact.description);
        data.put("contactName", contact.contactName);
        data.put("contactEmail", contact.contactEmail);
        data.put("contactPhone", contact.contactPhone);
        return data;
    }

    private static UUID uuid(CloudEvent event, String field) {
        return UUID.fromString(event.data().path(field).asText());
    }
}
