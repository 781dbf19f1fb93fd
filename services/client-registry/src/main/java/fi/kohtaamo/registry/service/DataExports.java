package fi.kohtaamo.registry.service;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import fi.kohtaamo.caller.Caller;
import fi.kohtaamo.outbox.CloudEvent;
import fi.kohtaamo.outbox.Inbox;
import fi.kohtaamo.outbox.Outbox;
import fi.kohtaamo.problem.ProblemException;
import fi.kohtaamo.registry.config.RegistryConfig;
import fi.kohtaamo.registry.contract.ExportPartV2;
import fi.kohtaamo.registry.contract.ExportSeal;
import fi.kohtaamo.registry.contract.ExportRequestedV1;
import fi.kohtaamo.registry.domain.Client;
import fi.kohtaamo.registry.domain.DataExport;
import fi.kohtaamo.registry.domain.DataExportPart;
import fi.kohtaamo.registry.repository.AuditEntryRepository;
import fi.kohtaamo.registry.repository.ClientRelationRepository;
import fi.kohtaamo.registry.repository.DataExportPartRepository;
import fi.kohtaamo.registry.repository.DataExportRepository;
import fi.kohtaamo.registry.repository.ErasureRequestRepository;
import fi.kohtaamo.registry.repository.StakeholderRoleRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;

import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.PrivateKey;
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
    private final DataExportRepository exports;
    private final DataExportPartRepository parts;
    private final ClientRelationRepository relations;
    private final StakeholderRoleRepository roles;
    private final AuditEntryRepository auditLog;
    private final ErasureRequestRepository erasureRequests;
    /** Opens the parts the services seal to the registry (docs/adr/0006). */
    private final PrivateKey exportKey;

    public DataExports(ClientRegistry registry, RegistryConfig config, Outbox outbox, Inbox inbox, ObjectMapper mapper,
                       DataExportRepository exports, DataExportPartRepository parts, ClientRelationRepository relations,
                       StakeholderRoleRepository roles, AuditEntryRepository auditLog,
                       ErasureRequestRepository erasureRequests) {
        this.registry = registry;
        this.config = config.export();
        this.outbox = outbox;
        this.inbox = inbox;
        this.mapper = mapper;
        this.exports = exports;
        this.parts = parts;
        this.relations = relations;
        this.roles = roles;
        this.auditLog = auditLog;
        this.erasureRequests = erasureRequests;
        this.exportKey = ExportSeal.privateKey(config.export().privateKey());
    }

    /** An export with the parts received so far and, once asked for, the assembled document. */
    public record ExportView(DataExport export, List<String> received, List<String> missing, Map<String, Object> document) {
    }

    /** Asks for an export; while one is still collecting for the client, that one is the answer. */
    public ExportView request(UUID clientId, DataExport.RequestedVia via, Caller caller) {
        Client client = registry.find(clientId);
        DataExport collecting = exports.collectingFor(client.id);
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
        if (!ExportPartV2.TYPE.equals(event.type()) || !inbox.firstDelivery(CONSUMER, event)) {
            return;
        }
        UUID exportId = UUID.fromString(event.data().path("exportId").asText());
        String service = event.data().path("service").asText();
        if (!("/kohtaamo/" + service).equals(event.source())) {
            // Only the service itself answers for its data: refused, and kept on the dead-letter topic.
            throw new IllegalArgumentException("export part " + event.id() + " for " + service + " from " + event.source());
        }
        // Locked: the parts come on their services' own topics, through two channels at once. Each
        // part's transaction must see the other's committed part, or neither completes the export.
        DataExport export = exports.findById(exportId, LockModeType.PESSIMISTIC_WRITE);
        if (export == null) {
            LOG.infof("part from %s for export %s dropped: the export no longer exists", service, exportId);
            return;
        }
        if (parts.isReceived(exportId, service)) {
            return;
        }
        DataExportPart part = new DataExportPart();
        part.id = UUID.randomUUID();
        part.exportId = exportId;
        part.service = service;
        part.receivedAt = ClientChanges.now();
        part.data = new String(ExportSeal.open(exportKey, event.data()), StandardCharsets.UTF_8);
        part.persist();
        parts.flush();
        export.partReceived(received(export), part.receivedAt);
    }

    /** Exports past their deadline are INCOMPLETE (a late part still completes them); old ones are deleted. */
    public int expire(Instant now) {
        int incomplete = 0;
        for (DataExport overdue : exports.collectingOverdue(now)) {
            incomplete += overdue.expireIfOverdue(now) ? 1 : 0;
        }
        for (DataExport old : exports.requestedBefore(now.minus(config.keepFor()))) {
            exports.deleteWithParts(old);
        }
        return incomplete;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<ExportView> exportsOf(UUID clientId) {
        return exports.ofClient(clientId).stream()
                .map(export -> view(export, false)).toList();
    }

    /** The export with its document: the registry's part as it is now and every service's part. */
    public ExportView read(UUID clientId, UUID exportId, Caller staff) {
        DataExport export = exports.findByIdOptional(exportId)
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
            for (DataExportPart part : parts.ofExport(export.id)) {
                document.put(part.service, parse(part.data));
            }
        }
        return new ExportView(export, received, missing, document);
    }

    private List<String> received(DataExport export) {
        return parts.ofExport(export.id).stream()
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
        part.put("relations", relations.involving(clientId).stream()
                .map(r -> Map.of("personId", r.personId, "organisationId", r.organisationId, "kind", r.kind,
                        "agency", r.agency, "validFrom", String.valueOf(r.validFrom), "validUntil", String.valueOf(r.validUntil)))
                .toList());
        part.put("stakeholderRoles", roles.ofClient(clientId).stream()
                .map(r -> Map.of("agency", r.agency, "role", r.role, "since", r.since)).toList());
        part.put("accessLog", auditLog.ofClient(clientId).stream()
                .map(e -> Map.of("at", e.at, "organisation", String.valueOf(e.actorOrganisation), "roles", e.actorRoles,
                        "action", e.action, "purpose", e.purpose)).toList());
        part.put("erasureRequests", erasureRequests.ofClient(clientId).stream()
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
