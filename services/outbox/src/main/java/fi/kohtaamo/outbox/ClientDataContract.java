package fi.kohtaamo.outbox;

import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/**
 * The client registry's contract with every service that holds data on clients (topic
 * kohtaamo.clients.v1), each event handled once through the inbox:
 * <ul>
 *   <li>{@code client.erased}: remove or anonymise everything held on the client;</li>
 *   <li>{@code client.merged}: re-point references from the duplicate to the surviving client;</li>
 *   <li>{@code client.export-requested}: answer with this service's part of the GDPR export, a
 *   {@code client.export-part} on topic kohtaamo.exports.v1 (an empty part when nothing is held).</li>
 * </ul>
 * A service subclasses this as an application-scoped bean and feeds it the events of the topic.
 */
public abstract class ClientDataContract {

    public static final String CLIENT_ERASED = "fi.kohtaamo.client.erased.v1";
    public static final String CLIENT_MERGED = "fi.kohtaamo.client.merged.v1";
    public static final String EXPORT_REQUESTED = "fi.kohtaamo.client.export-requested.v1";
    public static final String EXPORT_PART = "fi.kohtaamo.client.export-part.v1";
    public static final String EXPORTS_TOPIC = "kohtaamo.exports.v1";
    private static final Logger LOG = Logger.getLogger(ClientDataContract.class);

    private Inbox inbox;
    private Outbox outbox;
    private String service;

    /** For the container's client proxies only. */
    protected ClientDataContract() {
    }

    /** @param service this service's name, as the registry lists it among the export's participants */
    protected ClientDataContract(Inbox inbox, Outbox outbox, String service) {
        this.inbox = inbox;
        this.outbox = outbox;
        this.service = service;
    }

    /** Removes or anonymises what is held on the client; returns how many records changed. */
    protected abstract int erase(UUID clientId);

    /** Re-points references from the merged duplicate to the survivor; returns how many records changed. */
    protected abstract int merge(UUID survivorId, UUID mergedId);

    /** Everything held on the client, as a JSON-serialisable document. */
    protected abstract Map<String, Object> exportData(UUID clientId);

    @Transactional
    public void apply(CloudEvent event) {
        String type = event.type();
        if (!CLIENT_ERASED.equals(type) && !CLIENT_MERGED.equals(type) && !EXPORT_REQUESTED.equals(type)) {
            return; // registered and updated: a service that keeps client attributes overrides nothing here
        }
        if (!inbox.firstDelivery(service + ".clients", event)) {
            return;
        }
        switch (type) {
            case CLIENT_ERASED -> LOG.infof("%s: erased the personal data of %d records of an erased client", service,
                    erase(uuid(event, "clientId")));
            case CLIENT_MERGED -> LOG.infof("%s: %d records of a merged client now belong to the surviving client", service,
                    merge(uuid(event, "survivorId"), uuid(event, "mergedId")));
            default -> {
                UUID exportId = uuid(event, "exportId");
                UUID clientId = uuid(event, "clientId");
                Map<String, Object> part = new LinkedHashMap<>();
                part.put("exportId", exportId);
                part.put("clientId", clientId);
                part.put("service", service);
                part.put("data", exportData(clientId));
                outbox.emit(EXPORTS_TOPIC, EXPORT_PART, exportId.toString(), part);
            }
        }
    }

    private static UUID uuid(CloudEvent event, String field) {
        return UUID.fromString(event.data().path(field).asText());
    }
}
