package fi.kohtaamo.routing.service;

import fi.kohtaamo.outbox.Inbox;
import fi.kohtaamo.outbox.Outbox;
import fi.kohtaamo.registry.contract.ClientDataContract;
import fi.kohtaamo.routing.domain.Contact;
import fi.kohtaamo.routing.repository.AttachmentRepository;
import fi.kohtaamo.routing.repository.ClientNoticeRepository;
import fi.kohtaamo.routing.repository.ContactEntryRepository;
import fi.kohtaamo.routing.repository.ContactRepository;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * This service's side of the client registry's contract: an erased client's contacts keep what
 * the agency must keep of their handling (service, queue, channel, times) and lose everything
 * personal; a merged client's contacts move to the survivor; an export gets every contact. Both
 * first link the contacts the client submitted signed in (see {@link KnownClients}).
 */
@ApplicationScoped
public class RegistryContract extends ClientDataContract {

    public static final String ERASED_TEXT = "[personal data erased]";

    private KnownClients knownClients;
    private ContactRepository contactRepository;
    private ContactEntryRepository entries;
    private ClientNoticeRepository notices;
    private Attachments attachments;
    private AttachmentRepository attachmentRepository;

    public RegistryContract(Inbox inbox, Outbox outbox, KnownClients knownClients, ContactRepository contactRepository,
                            ContactEntryRepository entries, ClientNoticeRepository notices, Attachments attachments,
                            AttachmentRepository attachmentRepository,
                            @ConfigProperty(name = "kohtaamo.export.registry-public-key") String registryKey) {
        super(inbox, outbox, "contact-routing", registryKey);
        this.knownClients = knownClients;
        this.contactRepository = contactRepository;
        this.entries = entries;
        this.notices = notices;
        this.attachments = attachments;
        this.attachmentRepository = attachmentRepository;
    }

    @Override
    protected int erase(UUID clientId) {
        knownClients.linkContactsOf(clientId);
        knownClients.forget(clientId);
        List<Contact> contacts = contactRepository.ofClient(clientId);
        Instant now = Instant.now();
        for (Contact contact : contacts) {
            contact.removePersonalData(ERASED_TEXT, now);
            contact.clientId = null;
            contact.municipalityCode = null;
        }
        // Messages written by or to the client may hold anything personal; what was done stays.
        if (!contacts.isEmpty()) {
            List<UUID> ids = contacts.stream().map(contact -> contact.id).toList();
            notices.deleteOfContacts(ids);
            entries.replaceBodiesOf(ids, ERASED_TEXT);
            attachments.deleteOfContacts(ids); // the files and their names
        }
        return contacts.size();
    }

    @Override
    protected int merge(UUID survivorId, UUID mergedId) {
        knownClients.forget(mergedId);
        return contactRepository.repointClient(mergedId, survivorId);
    }

    @Override
    protected Map<String, Object> exportData(UUID clientId) {
        knownClients.linkContactsOf(clientId);
        return Map.of("contacts", contactRepository.ofClientByReceipt(clientId).stream()
                .map(this::exported).toList());
    }

    private Map<String, Object> exported(Contact contact) {
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
        data.put("attributes", contact.attributes);
        data.put("resolutionCode", contact.resolutionCode);
        data.put("resolutionJustification", contact.resolutionJustification);
        data.put("messages", entries.visibleToClientOf(contact.id).stream().filter(entry -> entry.body != null)
                .map(entry -> Map.of("at", entry.at, "kind", entry.kind, "from", entry.actorKind, "text", entry.body))
                .toList());
        // What each file is and where the data subject downloads it, signed in: the bytes stay off
        // Kafka (an export part travels there, files are up to the per-file limit each); the id is
        // stable for the file's life and the sha256 identifies the very bytes.
        data.put("attachments", attachmentRepository.ofContact(contact.id).stream()
                .map(file -> Map.of("id", file.id, "fileName", file.fileName, "contentType", file.contentType,
                        "sizeBytes", file.sizeBytes, "sha256", file.sha256, "addedBy", file.addedByKind.name(),
                        "scanState", file.scanState.name(), "addedAt", file.createdAt,
                        "download", Attachments.SUBJECT_DOWNLOAD_PATH + file.id))
                .toList());
        return data;
    }
}
