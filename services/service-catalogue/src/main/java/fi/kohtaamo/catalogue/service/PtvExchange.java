package fi.kohtaamo.catalogue.service;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import fi.kohtaamo.caller.Caller;
import fi.kohtaamo.catalogue.domain.CatalogueService;
import fi.kohtaamo.catalogue.domain.Channel;
import fi.kohtaamo.catalogue.domain.ChannelContact;
import fi.kohtaamo.catalogue.domain.Organisation;
import fi.kohtaamo.catalogue.domain.PublishingStatus;
import fi.kohtaamo.catalogue.domain.ServiceGroup;
import fi.kohtaamo.catalogue.event.OrganisationUpsertedV1;
import fi.kohtaamo.catalogue.event.ServiceEventV1;
import fi.kohtaamo.catalogue.event.ServiceWithdrawnV1;
import fi.kohtaamo.catalogue.ptv.PtvMapping;
import fi.kohtaamo.catalogue.repository.ChannelRepository;
import fi.kohtaamo.catalogue.repository.OrganisationRepository;
import fi.kohtaamo.catalogue.repository.ServiceHistoryRepository;
import fi.kohtaamo.catalogue.repository.ServiceRepository;
import fi.kohtaamo.outbox.Outbox;
import fi.kohtaamo.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Moves an organisation's part of the service map to and from the national service catalogue's
 * JSON shape (PTV open API v11). An import changes only what differs: an unchanged document
 * leaves every version, history and event as it was.
 */
@ApplicationScoped
@Transactional
public class PtvExchange {

    private final ServiceRepository services;
    private final OrganisationRepository organisations;
    private final Outbox outbox;
    private final ChannelRepository channels;
    private final ServiceHistoryRepository history;
    private final PtvMapping ptv;
    private final jakarta.transaction.TransactionManager transaction;

    public PtvExchange(ServiceRepository services, OrganisationRepository organisations, Outbox outbox,
                       ChannelRepository channels, ServiceHistoryRepository history, ObjectMapper mapper,
                       jakarta.transaction.TransactionManager transaction) {
        this.transaction = transaction;
        this.services = services;
        this.organisations = organisations;
        this.outbox = outbox;
        this.channels = channels;
        this.history = history;
        this.ptv = new PtvMapping(mapper);
    }

    public record Counts(int created, int updated, int unchanged) {
    }

    /**
     * What an import does to one object: NEW, CHANGED (with the PTV fields whose values change) or
     * UNCHANGED. {@code name} is the PTV sourceId (the code), enough to recognise the object.
     */
    public record Change(String section, UUID id, String name, String kind, List<String> fields) {
    }

    public record ImportResult(Counts organizations, Counts serviceChannels, Counts services, List<Change> changes) {
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public ObjectNode export(Caller caller, ObjectMapper mapper) {
        Organisation organisation = ownOrganisation(caller);
        ObjectNode document = mapper.createObjectNode();
        ArrayNode organizations = document.putArray("organizations");
        organizations.add(ptv.organisation(organisation));
        ArrayNode channelList = document.putArray("serviceChannels");
        channels.ofOrganisation(organisation.id).forEach(channel -> channelList.add(ptv.channel(channel)));
        ArrayNode serviceList = document.putArray("services");
        services.ofOrganisation(organisation.id).forEach(service -> serviceList.add(ptv.service(service)));
        return document;
    }

    /**
     * The plan of an import without its effect: the very same import, rolled back at the end of
     * its transaction, so the preview can never disagree with what applying would do.
     */
    public ImportResult preview(JsonNode document, ServiceGroup defaultGroup, String defaultQueue, Caller caller) {
        ImportResult plan = importDocument(document, defaultGroup, defaultQueue, caller);
        try {
            transaction.setRollbackOnly();
        } catch (jakarta.transaction.SystemException e) {
            throw new IllegalStateException("cannot roll the preview back", e);
        }
        return plan;
    }

    public ImportResult importDocument(JsonNode document, ServiceGroup defaultGroup, String defaultQueue, Caller caller) {
        Organisation organisation = ownOrganisation(caller);
        List<Change> changes = new ArrayList<>();
        int[] orgCounts = new int[3];
        int index = 0;
        for (JsonNode node : document.path("organizations")) {
            UUID id = uuid(node.path("id"), "organizations[" + index + "].id");
            if (!id.equals(organisation.id)) {
                throw ProblemException.invalid("organizations[" + index + "].id", "you may import only your own organisation");
            }
            ObjectNode before = ptv.organisation(organisation);
            organisation.type = PtvMapping.organisationType(node.path("organizationType").asText(null));
            fi.kohtaamo.catalogue.domain.Localized name = PtvMapping.names(node.path("organizationNames"));
            if (name.fi() == null) {
                throw ProblemException.invalid("organizations[" + index + "].organizationNames", "a Finnish name is required");
            }
            organisation.name = new fi.kohtaamo.catalogue.domain.LocalizedText(name.fi(), name.sv(), name.en());
            organisation.businessId = node.path("businessCode").isNull() ? null : node.path("businessCode").asText(null);
            if (organisation.businessId != null && !fi.kohtaamo.ids.BusinessId.isValid(organisation.businessId)) {
                throw ProblemException.invalid("organizations[" + index + "].businessCode", "not a valid business id (Y-tunnus)");
            }
            List<String> areas = new ArrayList<>();
            node.path("areas").forEach(area -> areas.add(area.path("code").asText()));
            organisation.areaCodes = areas;
            boolean changed = !before.equals(ptv.organisation(organisation));
            count(orgCounts, false, changed);
            changes.add(change("organizations", organisation.id, organisation.code, before, ptv.organisation(organisation)));
            if (changed) {
                organisation.version++;
                organisation.updatedAt = Instant.now();
                outbox.emit(OrganisationUpsertedV1.TYPE, organisation.id.toString(), OrganisationUpsertedV1.of(organisation));
            }
            index++;
        }

        int[] channelCounts = new int[3];
        index = 0;
        for (JsonNode node : document.path("serviceChannels")) {
            String field = "serviceChannels[" + index++ + "]";
            UUID id = uuid(node.path("id"), field + ".id");
            if (!organisation.id.toString().equals(node.path("organizationId").asText())) {
                throw ProblemException.invalid(field + ".organizationId", "you may import only your own organisation's channels");
            }
            Channel channel = channels.findByIdOptional(id).orElse(null);
            boolean created = channel == null;
            if (!created && !organisation.id.equals(channel.organisationId)) {
                throw ProblemException.forbidden(field + " belongs to another organisation");
            }
            if (!ChannelContact.isAcceptableUrl(node.path("webPages").path(0).path("url").asText(null))) {
                throw ProblemException.invalid(field + ".webPages[0].url", "must be an https address");
            }
            if (created) {
                channel = new Channel();
                channel.id = id;
            }
            ObjectNode before = created ? null : ptv.channel(channel);
            try {
                ptv.applyChannel(node, channel);
            } catch (RuntimeException e) {
                throw ProblemException.invalid(field, e.getMessage());
            }
            ObjectNode after = ptv.channel(channel);
            boolean changed = created || !before.equals(after);
            changes.add(change("serviceChannels", channel.id, channel.name().fi(), before, after));
            if (changed) {
                channel.version = created ? 1 : channel.version + 1;
                channel.updatedAt = Instant.now().truncatedTo(ChronoUnit.MICROS);
                if (created) {
                    channels.persist(channel);
                }
            }
            count(channelCounts, created, changed);
        }
        channels.flush();

        int[] serviceCounts = new int[3];
        index = 0;
        for (JsonNode node : document.path("services")) {
            String field = "services[" + index++ + "]";
            UUID id = uuid(node.path("id"), field + ".id");
            if (!organisation.id.equals(PtvMapping.responsibleOrganisation(node))) {
                throw ProblemException.invalid(field + ".organizations", "you may import only services your organisation is responsible for");
            }
            CatalogueService service = services.findByIdOptional(id).orElse(null);
            boolean created = service == null;
            if (created) {
                if (defaultGroup == null || defaultQueue == null) {
                    throw ProblemException.invalid("defaultGroup", "new services (" + node.path("sourceId").asText() + ") need defaultGroup and defaultQueue");
                }
                service = new CatalogueService();
                service.id = id;
                service.organisation = organisation;
                service.group = defaultGroup;
                service.defaultQueue = defaultQueue;
                service.status = PublishingStatus.DRAFT;
            } else if (!service.organisation.id.equals(organisation.id)) {
                throw ProblemException.forbidden(field + " belongs to another organisation");
            }
            ObjectNode before = created ? null : ptv.service(service);
            PublishingStatus previousStatus = service.status;
            ptv.applyService(node, service);
            if (service.code == null || service.name.fi == null) {
                throw ProblemException.invalid(field + ".serviceNames", "a service needs a sourceId and a Finnish name");
            }
            service.channels.clear();
            List<UUID> channelIds;
            try {
                channelIds = PtvMapping.channelIds(node);
            } catch (IllegalArgumentException e) {
                throw ProblemException.invalid(field + ".serviceChannels", "each serviceChannel.id must be a UUID");
            }
            for (UUID channelId : channelIds) {
                service.channels.add(CatalogueAdmin.ownChannel(channels, channelId, organisation, field + ".serviceChannels"));
            }
            service.producers = new LinkedHashSet<>(service.producers);
            service.status = PtvMapping.publishingStatus(node);
            ObjectNode after = ptv.service(service);
            boolean changed = created || !before.equals(after);
            changes.add(change("services", service.id, service.code, before, after));
            if (changed) {
                service.version = created ? 1 : service.version + 1;
                service.updatedAt = Instant.now().truncatedTo(ChronoUnit.MICROS);
                service.updatedBy = caller.subject();
                if (created) {
                    services.persist(service);
                }
                history.record(service.id, service.version, "IMPORTED", caller.subject(), node.toString());
                announce(service, created ? null : previousStatus);
            }
            count(serviceCounts, created, changed);
        }
        return new ImportResult(counts(orgCounts), counts(channelCounts), counts(serviceCounts), List.copyOf(changes));
    }

    /** NEW when there was nothing before; else the top-level PTV fields whose values differ. */
    static Change change(String section, UUID id, String name, ObjectNode before, ObjectNode after) {
        if (before == null) {
            return new Change(section, id, name, "NEW", List.of());
        }
        java.util.Set<String> names = new java.util.TreeSet<>();
        before.fieldNames().forEachRemaining(names::add);
        after.fieldNames().forEachRemaining(names::add);
        List<String> fields = names.stream().filter(field -> !java.util.Objects.equals(before.get(field), after.get(field))).toList();
        return new Change(section, id, name, fields.isEmpty() ? "UNCHANGED" : "CHANGED", fields);
    }

    private void announce(CatalogueService service, PublishingStatus previousStatus) {
        if (service.status == PublishingStatus.PUBLISHED) {
            outbox.emit(previousStatus == PublishingStatus.PUBLISHED ? ServiceEventV1.UPDATED : ServiceEventV1.PUBLISHED,
                    service.id.toString(), ServiceEventV1.of(service));
        } else if (service.status == PublishingStatus.WITHDRAWN && previousStatus == PublishingStatus.PUBLISHED) {
            outbox.emit(ServiceWithdrawnV1.TYPE, service.id.toString(), new ServiceWithdrawnV1(service.id, service.code,
                    service.organisation.code, service.version, service.updatedAt));
        }
    }

    private Organisation ownOrganisation(Caller caller) {
        Organisation organisation = organisations.findByCode(caller.organisation())
                .orElseThrow(() -> ProblemException.forbidden("Your organisation is not in the catalogue"));
        if (!Admins.administers(caller, organisation.code)) {
            throw ProblemException.forbidden("Only a catalogue admin of an organisation exchanges its data");
        }
        return organisation;
    }

    private static UUID uuid(JsonNode value, String field) {
        try {
            return UUID.fromString(value.asText());
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalid(field, "must be a UUID");
        }
    }

    private static void count(int[] counts, boolean created, boolean changed) {
        counts[created ? 0 : changed ? 1 : 2]++;
    }

    private static Counts counts(int[] counts) {
        return new Counts(counts[0], counts[1], counts[2]);
    }
}
