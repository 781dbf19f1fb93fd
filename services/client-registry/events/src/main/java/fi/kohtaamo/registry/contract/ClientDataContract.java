package fi.kohtaamo.registry.contract;

import fi.kohtaamo.outbox.CloudEvent;
import fi.kohtaamo.outbox.Inbox;
import fi.kohtaamo.outbox.Outbox;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;

import java.security.PublicKey;
import java.util.Map;
import java.util.UUID;

/**
 * The client registry's contract with every service that holds data on clients (topic
 * kohtaamo.clients.v1), each event handled once through the inbox:
 * <ul>
 *   <li>{@link ClientErasedV1}: remove or anonymise everything held on the client;</li>
 *   <li>{@link ClientMergedV1}: re-point references from the duplicate to the surviving client;</li>
 *   <li>{@link ExportRequestedV1}: answer with this service's part of the GDPR export, an
 *   {@link ExportPartV2} sealed to the registry's public key (an empty part when nothing is held),
 *   on this service's own topic.</li>
 * </ul>
 * A service subclasses this as an application-scoped bean and feeds it the events of the topic.
 * It lives with the registry's event types, not in the outbox library, because the registry owns
 * what the events mean and what an answer must carry; consumers depend on the registry's contract.
 */
public abstract class ClientDataContract {

    private static final Logger LOG = Logger.getLogger(ClientDataContract.class);

    private Inbox inbox;
    private Outbox outbox;
    private String service;
    private PublicKey registryKey;

    /** For the container's client proxies only. */
    protected ClientDataContract() {
    }

    /**
     * @param service     this service's name, as the registry lists it among the export's participants
     * @param registryKey the registry's public key, base64 X.509 ({@code kohtaamo.export.registry-public-key}):
     *                    export parts are sealed to it (docs/adr/0006)
     */
    protected ClientDataContract(Inbox inbox, Outbox outbox, String service, String registryKey) {
        this.inbox = inbox;
        this.outbox = outbox;
        this.service = service;
        this.registryKey = ExportSeal.publicKey(registryKey);
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
        if (!ClientErasedV1.TYPE.equals(type) && !ClientMergedV1.TYPE.equals(type) && !ExportRequestedV1.TYPE.equals(type)) {
            return; // registered and updated: a service that keeps client attributes overrides nothing here
        }
        if (!inbox.firstDelivery(service + ".clients", event)) {
            return;
        }
        switch (type) {
            case ClientErasedV1.TYPE -> LOG.infof("%s: erased the personal data of %d records of an erased client", service,
                    erase(uuid(event, "clientId")));
            case ClientMergedV1.TYPE -> LOG.infof("%s: %d records of a merged client now belong to the surviving client", service,
                    merge(uuid(event, "survivorId"), uuid(event, "mergedId")));
            default -> {
                UUID exportId = uuid(event, "exportId");
                UUID clientId = uuid(event, "clientId");
                byte[] part = outbox.json(exportData(clientId));
                outbox.emit(ExportPartV2.TYPE, exportId.toString(),
                        new ExportPartV2(exportId, service, ExportSeal.seal(registryKey, exportId, service, part)));
            }
        }
    }

    private static UUID uuid(CloudEvent event, String field) {
        return UUID.fromString(event.data().path(field).asText());
    }
}
