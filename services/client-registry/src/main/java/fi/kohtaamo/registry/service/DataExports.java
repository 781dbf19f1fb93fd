package fi.kohtaamo.registry.service;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import fi.kohtaamo.caller.Caller;
import fi.kohtaamo.outbox.CloudEvent;
import fi.kohtaamo.outbox.Inbox;
import fi.kohtaamo.outbox.Outbox;
import fi.kohtaamo.problem.ProblemException;
import fi.kohtaamo.registry.config.RegistryConfig;
import fi.kohtaamo.registry.contract.ExportPartV1;
import fi.kohtaamo.registry.contract.ExportRequestedV1;
import fi.kohtaamo.registry.domain.AuditEntry;
import fi.kohtaamo.registry.domain.Client;
import fi.kohtaamo.registry.domain.ClientRelation;
import fi.kohtaamo.registry.domain.DataExport;
import fi.kohtaamo.registry.domain.DataExportPart;
import fi.kohtaamo.registry.domain.ErasureRequest;
import fi.kohtaamo.registry.domain.StakeholderRole;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;

import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * GDPR exports (the right of access): the registry asks every service that holds client data for
 * its part through {@code client.export-requested}, collects the {@code client.export-part}
 * answers, and assembles them with its own part. The status can be followed while it collects.
 */
@ApplicationScoped
@Transactional
public class DataExports {

    static final String CONSUMER = "client-registry.exports";
    private static final Logger LOG = Logger.getLogger(DataExports.class);

    private final ClientRegistry registry;
    private final RegistryConfig.Export config;
    private final Outbox outbox;
    private final Inbox inbox;
    private final ObjectMapper mapper;

    public DataExports(ClientRegistry registry, RegistryConfig config, Outbox outbox, Inbox inbox, ObjectMapper mapper) {
        this.registry = registry;
        this.config = config.export();
        this.outbox = outbox;
        this.inbox = inbox;
        this.mapper = mapper;
    }

    /** An export with the parts received so far and, once asked for, the assembled document. */
    public record ExportView(DataExport export, List<String> received, List<String> missing, Map<String, Object> document) {
    }

    /** Asks for an export; while one is still collecting for the client, that one is the answer. */
    public ExportView request(UUID clientId, DataExport.RequestedVia via, Caller caller) {
        Client client = registry.find(clientId);
        DataExport collecting = DataExport.<DataExport>find("clientId = ?1 and status = ?2", client.id,
                DataExport.Status.COLLECTING).firstResult();
        if (collecting != null) {
            return view(collecting, false);
        }
        DataExport export = DataExport.request(client.id, caller.subject(), via, config.participants(),
                ClientChanges.now(), config.deadline());
        export.persist();
        if (via == DataExport.RequestedVia.ADMINISTRATION) {
            ClientRegistry.audit(client.id, caller, "EXPORT", "GDPR export requested");
        }
        outbox.emit(ExportRequestedV1.TYPE, client.id.toString(), new ExportRequestedV1(export.id, client.id, export.requestedAt));
        return view(export, false);
    }

    /** One service's part arrived (consumed idempotently; a part for a deleted export is dropped). */
    public void receivePart(CloudEvent event) {
        if (!inbox.firstDelivery(CONSUMER, event) || !ExportPartV1.TYPE.equals(event.type())) {
            return;
        }
        UUID exportId = UUID.fromString(event.data().path("exportId").asText());
        String service = event.data().path("service").asText();
        DataExport export = DataExport.findById(exportId);
        if (export == null) {
            LOG.infof("part from %s for export %s dropped: the export no longer exists", service, exportId);
            return;
        }
        if (DataExportPart.count("exportId = ?1 and service = ?2", exportId, service) > 0) {
            return;
        }
        DataExportPart part = new DataExportPart();
        part.id = UUID.randomUUID();
        part.exportId = exportId;
        part.service = service;
        part.receivedAt = ClientChanges.now();
        part.data = event.data().path("data").toString();
        part.persist();
        DataExportPart.flush();
        export.partReceived(received(export), part.receivedAt);
    }

    /** Exports past their deadline are INCOMPLETE (a late part still completes them); old ones are deleted. */
    public int expire(Instant now) {
        int incomplete = DataExport.update("status = ?1 where status = ?2 and deadlineAt < ?3",
                DataExport.Status.INCOMPLETE, DataExport.Status.COLLECTING, now);
        for (DataExport old : DataExport.<DataExport>list("requestedAt < ?1", now.minus(config.keepFor()))) {
            DataExportPart.delete("exportId", old.id);
            old.delete();
        }
        return incomplete;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<ExportView> exportsOf(UUID clientId) {
        return DataExport.<DataExport>list("clientId", Sort.descending("requestedAt"), clientId).stream()
                .map(export -> view(export, false)).toList();
    }

    /** The export with its document: the registry's part as it is now and every service's part. */
    public ExportView read(UUID clientId, UUID exportId, Caller staff) {
        DataExport export = DataExport.<DataExport>findByIdOptional(exportId)
                .filter(e -> e.clientId.equals(clientId))
                .orElseThrow(() -> ProblemException.notFound("Export", exportId));
        if (staff != null) {
            ClientRegistry.audit(clientId, staff, "EXPORT", "GDPR export read");
        }
        return view(export, true);
    }

    private ExportView view(DataExport export, boolean withDocument) {
        List<String> received = received(export);
        List<String> missing = export.expectedParts.stream().filter(part -> !received.contains(part)).toList();
        Map<String, Object> document = null;
        if (withDocument) {
            document = new LinkedHashMap<>();
            document.put("client-registry", registryPart(export.clientId));
            for (DataExportPart part : DataExportPart.<DataExportPart>list("exportId", Sort.by("service"), export.id)) {
                document.put(part.service, parse(part.data));
            }
        }
        return new ExportView(export, received, missing, document);
    }

    private static List<String> received(DataExport export) {
        return DataExportPart.<DataExportPart>list("exportId", Sort.by("service"), export.id).stream()
                .map(part -> part.service).toList();
    }

    private Map<String, Object> registryPart(UUID clientId) {
        ClientRegistry.ClientView view = registry.viewOf(registry.find(clientId));
        Client client = view.client();
        Map<String, Object> record = new LinkedHashMap<>();
        record.put("id", client.id);
        record.put("kind", client.kind);
        record.put("firstName", client.firstName);
        record.put("lastName", client.lastName);
        record.put("name", client.name);
        record.put("identityCode", view.identityCode());
        record.put("birthDate", client.birthDate);
        record.put("businessId", client.businessId);
        record.put("preferredLanguage", client.preferredLanguage);
        record.put("preferredChannels", client.preferredChannels);
        record.put("emails", client.emails);
        record.put("phones", client.phones);
        record.put("addresses", client.addresses);
        record.put("municipalityCode", client.municipalityCode);
        record.put("segments", view.segments());
        record.put("createdAt", client.createdAt);
        record.put("updatedAt", client.updatedAt);
        Map<String, Object> part = new LinkedHashMap<>();
        part.put("record", record);
        part.put("relations", ClientRelation.<ClientRelation>list("personId = ?1 or organisationId = ?1", clientId).stream()
                .map(r -> Map.of("personId", r.personId, "organisationId", r.organisationId, "kind", r.kind,
                        "agency", r.agency, "validFrom", String.valueOf(r.validFrom), "validUntil", String.valueOf(r.validUntil)))
                .toList());
        part.put("stakeholderRoles", StakeholderRole.<StakeholderRole>list("clientId", clientId).stream()
                .map(r -> Map.of("agency", r.agency, "role", r.role, "since", r.since)).toList());
        part.put("accessLog", AuditEntry.<AuditEntry>list("clientId", Sort.by("at"), clientId).stream()
                .map(e -> Map.of("at", e.at, "organisation", String.valueOf(e.actorOrganisation), "roles", e.actorRoles,
                        "action", e.action, "purpose", e.purpose)).toList());
        part.put("erasureRequests", ErasureRequest.<ErasureRequest>list("clientId", clientId).stream()
                .map(r -> Map.of("requestedAt", r.requestedAt, "status", r.status)).toList());
        return part;
    }

    private JsonNode parse(String json) {
        try {
            return mapper.readTree(json);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
