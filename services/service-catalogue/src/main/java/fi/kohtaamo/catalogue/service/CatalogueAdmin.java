package fi.kohtaamo.catalogue.service;

import com.fasterxml.jackson.databind.ObjectMapper;
import fi.kohtaamo.caller.Caller;
import fi.kohtaamo.catalogue.domain.AreaType;
import fi.kohtaamo.catalogue.domain.AttributeDefinition;
import fi.kohtaamo.catalogue.domain.CatalogueService;
import fi.kohtaamo.catalogue.domain.Channel;
import fi.kohtaamo.catalogue.domain.LocalizedText;
import fi.kohtaamo.catalogue.domain.Organisation;
import fi.kohtaamo.catalogue.domain.PublishingStatus;
import fi.kohtaamo.catalogue.event.ServiceEventV1;
import fi.kohtaamo.catalogue.event.ServiceWithdrawnV1;
import fi.kohtaamo.catalogue.repository.ChannelRepository;
import fi.kohtaamo.catalogue.repository.OrganisationRepository;
import fi.kohtaamo.catalogue.repository.ServiceHistoryRepository;
import fi.kohtaamo.catalogue.repository.ServiceRepository;
import fi.kohtaamo.outbox.Outbox;
import fi.kohtaamo.problem.Problem;
import fi.kohtaamo.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.hibernate.Hibernate;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * Changing the service map: create drafts, update with optimistic concurrency (If-Match on the
 * version), publish and withdraw. Every change is a new version in the history; every change
 * that clients can see is an event.
 */
@ApplicationScoped
@Transactional
public class CatalogueAdmin {

    private final ServiceRepository services;
    private final OrganisationRepository organisations;
    private final Outbox outbox;
    private final ChannelRepository channels;
    private final ServiceHistoryRepository history;
    private final ObjectMapper mapper;

    public CatalogueAdmin(ServiceRepository services, OrganisationRepository organisations, Outbox outbox,
                          ChannelRepository channels, ServiceHistoryRepository history, ObjectMapper mapper) {
        this.services = services;
        this.organisations = organisations;
        this.outbox = outbox;
        this.channels = channels;
        this.history = history;
        this.mapper = mapper;
    }

    public CatalogueService create(ServiceDraft draft, Caller caller) {
        Organisation organisation = organisations.findByCode(caller.organisation())
                .orElseThrow(() -> ProblemException.forbidden("Your organisation " + caller.organisation() + " is not in the catalogue"));
        if (!Admins.administers(caller, organisation.code)) {
            throw ProblemException.forbidden("Only a catalogue admin of an organisation adds its services");
        }
        if (services.findByCode(draft.code()).isPresent()) {
            throw new ProblemException(Problem.of(409, "conflict", "Conflict", "A service with code " + draft.code() + " exists")
                    .withViolations(List.of(new Problem.Violation("code", "already in use"))));
        }
        CatalogueService service = CatalogueService.draftOf(organisation);
        apply(draft, service);
        stamp(service, caller);
        services.persist(service);
        record(service, "CREATED", caller);
        return loaded(service);
    }

    public CatalogueService update(UUID id, int expectedVersion, ServiceDraft draft, Caller caller) {
        CatalogueService service = owned(id, caller);
        requireVersion(service, expectedVersion);
        if (!service.code.equals(draft.code()) && services.findByCode(draft.code()).isPresent()) {
            throw ProblemException.invalid("code", "already in use");
        }
        apply(draft, service);
        if (service.status == PublishingStatus.PUBLISHED) {
            service.requireNamedInEveryLanguage();
        }
        service.version++;
        stamp(service, caller);
        record(service, "UPDATED", caller);
        if (service.status == PublishingStatus.PUBLISHED) {
            outbox.emit(ServiceEventV1.UPDATED, service.id.toString(), ServiceEventV1.of(service));
        }
        return loaded(service);
    }

    public CatalogueService publish(UUID id, Integer expectedVersion, Caller caller) {
        CatalogueService service = owned(id, caller);
        if (expectedVersion != null) {
            requireVersion(service, expectedVersion);
        }
        service.publish();
        service.version++;
        stamp(service, caller);
        record(service, "PUBLISHED", caller);
        outbox.emit(ServiceEventV1.PUBLISHED, service.id.toString(), ServiceEventV1.of(service));
        return loaded(service);
    }

    public CatalogueService withdraw(UUID id, Integer expectedVersion, Caller caller) {
        CatalogueService service = owned(id, caller);
        if (expectedVersion != null) {
            requireVersion(service, expectedVersion);
        }
        service.withdraw();
        service.version++;
        stamp(service, caller);
        record(service, "WITHDRAWN", caller);
        outbox.emit(ServiceWithdrawnV1.TYPE, service.id.toString(), new ServiceWithdrawnV1(service.id, service.code,
                service.organisation.code, service.version, service.updatedAt));
        return loaded(service);
    }

    /** Every service of the caller's organisation, drafts and withdrawn ones too: what its admin looks after. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<CatalogueService> ownServices(Caller caller) {
        Organisation organisation = organisations.findByCode(caller.organisation())
                .filter(o -> Admins.administers(caller, o.code))
                .orElseThrow(() -> ProblemException.forbidden("Only a catalogue admin of an organisation lists its services"));
        List<CatalogueService> own = services.ofOrganisation(organisation.id);
        own.forEach(service -> Hibernate.initialize(service.organisation));
        return own;
    }

    public record HistoryEntry(int version, String action, String changedBy, Instant changedAt, Object snapshot) {
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<HistoryEntry> history(UUID id, Caller caller) {
        ownedAs(services.findByIdOptional(id), id, caller);
        return history.of(id).stream().map(row -> {
            try {
                return new HistoryEntry(row.version(), row.action(), row.changedBy(), row.changedAt(),
                        mapper.readTree(row.snapshot()));
            } catch (Exception e) {
                throw new IllegalStateException("unreadable history of service " + id, e);
            }
        }).toList();
    }


    /** The caller's service, locked: the version check and the change that follows cannot interleave with another. */
    private CatalogueService owned(UUID id, Caller caller) {
        return ownedAs(services.lockedById(id), id, caller);
    }

    private static CatalogueService ownedAs(java.util.Optional<CatalogueService> found, UUID id, Caller caller) {
        CatalogueService service = found.orElseThrow(() -> ProblemException.notFound("Service", id));
        if (!Admins.administers(caller, service.organisation.code)) {
            throw ProblemException.forbidden("Service " + id + " belongs to another organisation");
        }
        return service;
    }

    private static void requireVersion(CatalogueService service, int expectedVersion) {
        if (service.version != expectedVersion) {
            throw new ProblemException(Problem.of(412, "precondition-failed", "Precondition failed",
                    "The service is at version " + service.version + ", not " + expectedVersion + "; read it again")
                    .with("currentVersion", service.version));
        }
    }

    private void apply(ServiceDraft draft, CatalogueService service) {
        if (draft.areaType() == AreaType.LIMITED && draft.areaCodes().isEmpty()) {
            throw ProblemException.invalid("areaCodes", "a limited area names its municipalities or regions");
        }
        Set<String> attributeCodes = new HashSet<>();
        for (int i = 0; i < draft.attributes().size(); i++) {
            AttributeDefinition attribute = draft.attributes().get(i);
            if (!attributeCodes.add(attribute.code())) {
                throw ProblemException.invalid("attributes[" + i + "].code", "appears twice");
            }
            if (attribute.datatype().hasChoices() == attribute.values().isEmpty()) {
                throw ProblemException.invalid("attributes[" + i + "].values",
                        attribute.datatype().hasChoices() ? "a choice lists its values" : "only choices have values");
            }
        }
        Set<Channel> linked = new LinkedHashSet<>();
        for (int i = 0; i < draft.channelIds().size(); i++) {
            linked.add(ownChannel(channels, draft.channelIds().get(i), service.organisation, "channelIds[" + i + "]"));
        }
        for (UUID producer : draft.producers()) {
            if (organisations.findByIdOptional(producer).isEmpty()) {
                throw ProblemException.invalid("producers", "no organisation " + producer);
            }
        }
        if (draft.responsibilityArea() != null) {
            Organisation area = organisations.findByIdOptional(draft.responsibilityArea()).orElse(null);
            if (area == null || !area.isUnitOf(service.organisation)) {
                throw ProblemException.invalid("responsibilityArea", "not a responsibility area of " + service.organisation.code);
            }
        }
        service.code = draft.code();
        service.group = draft.group();
        service.ptvType = draft.ptvType();
        service.name = new LocalizedText(draft.name().fi(), draft.name().sv(), draft.name().en());
        service.summary = new LocalizedText(draft.summary().fi(), draft.summary().sv(), draft.summary().en());
        service.texts = draft.texts();
        service.chargeType = draft.chargeType();
        service.areaType = draft.areaType();
        service.areaCodes = new java.util.ArrayList<>(draft.areaCodes());
        service.clientContact = draft.clientContact();
        service.classifications.clear();
        service.classifications.addAll(draft.classifications());
        service.producers.clear();
        service.producers.addAll(draft.producers());
        service.channels.clear();
        service.channels.addAll(linked);
        service.defaultQueue = draft.defaultQueue();
        service.requiredSkills = new java.util.ArrayList<>(draft.requiredSkills());
        service.priority = draft.priority();
        service.firstResponseHours = draft.firstResponseHours();
        service.resolutionHours = draft.resolutionHours();
        service.attributes = new java.util.ArrayList<>(draft.attributes());
        service.responsibilityAreaId = draft.responsibilityArea();
    }

    /**
     * A channel a service of the organisation may link to: only the organisation's own. Linking
     * another agency's channel would put that agency's name on this one's service pages and
     * route its clients there.
     */
    static Channel ownChannel(ChannelRepository channels, UUID channelId, Organisation organisation, String field) {
        Channel channel = channels.findByIdOptional(channelId)
                .orElseThrow(() -> ProblemException.invalid(field, "no channel " + channelId));
        if (!organisation.id.equals(channel.organisationId)) {
            throw ProblemException.invalid(field, "channel " + channelId + " belongs to another organisation");
        }
        return channel;
    }

    /** The service with what its views read, for use after this transaction has ended. */
    private static CatalogueService loaded(CatalogueService service) {
        Hibernate.initialize(service.organisation);
        Hibernate.initialize(service.channels);
        Hibernate.initialize(service.classifications);
        Hibernate.initialize(service.producers);
        return service;
    }

    private static void stamp(CatalogueService service, Caller caller) {
        service.updatedAt = Instant.now().truncatedTo(ChronoUnit.MICROS);
        service.updatedBy = caller.subject();
    }

    private void record(CatalogueService service, String action, Caller caller) {
        history.record(service.id, service.version, action, caller.subject(), snapshot(service));
    }

    private String snapshot(CatalogueService service) {
        try {
            var node = mapper.valueToTree(ServiceEventV1.of(service));
            ((com.fasterxml.jackson.databind.node.ObjectNode) node).set("summary", mapper.valueToTree(
                    fi.kohtaamo.catalogue.domain.Localized.of(service.summary)));
            ((com.fasterxml.jackson.databind.node.ObjectNode) node).set("texts", mapper.valueToTree(service.texts));
            return mapper.writeValueAsString(node);
        } catch (Exception e) {
            throw new IllegalStateException("cannot snapshot service " + service.id, e);
        }
    }
}
