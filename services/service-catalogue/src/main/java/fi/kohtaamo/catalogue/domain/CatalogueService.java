package fi.kohtaamo.catalogue.domain;

import fi.kohtaamo.problem.ProblemException;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/** A service of the service map (palvelu), as the client sees it. */
@Entity
@Table(name = "service")
public class CatalogueService extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(nullable = false, unique = true)
    public String code;

    @Enumerated(EnumType.STRING)
    @Column(name = "service_group", nullable = false)
    public ServiceGroup group;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "organisation_id")
    public Organisation organisation;

    /** The contact-routing queue a contact about this service goes to when no rule says otherwise. */
    @Column(name = "default_queue", nullable = false)
    public String defaultQueue;

    @Embedded
    @AttributeOverrides({
            @AttributeOverride(name = "fi", column = @Column(name = "name_fi")),
            @AttributeOverride(name = "sv", column = @Column(name = "name_sv")),
            @AttributeOverride(name = "en", column = @Column(name = "name_en"))})
    public LocalizedText name;

    @Embedded
    @AttributeOverrides({
            @AttributeOverride(name = "fi", column = @Column(name = "summary_fi")),
            @AttributeOverride(name = "sv", column = @Column(name = "summary_sv")),
            @AttributeOverride(name = "en", column = @Column(name = "summary_en"))})
    public LocalizedText summary;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public PublishingStatus status;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    @Column(name = "updated_by", nullable = false)
    public String updatedBy;

    /**
     * The responsibility area (a unit under {@link #organisation}) that answers for the service, or
     * null; an id only, so that figures can be grouped by area without another lookup.
     */
    @Column(name = "responsibility_area_id")
    public UUID responsibilityAreaId;

    /** Bumped by every change; the ETag of the service. */
    @Column(nullable = false)
    public int version = 1;

    @Enumerated(EnumType.STRING)
    @Column(name = "ptv_type", nullable = false)
    public PtvServiceType ptvType = PtvServiceType.SERVICE;

    @Enumerated(EnumType.STRING)
    @Column(name = "charge_type", nullable = false)
    public ChargeType chargeType = ChargeType.FREE;

    @Enumerated(EnumType.STRING)
    @Column(name = "area_type", nullable = false)
    public AreaType areaType = AreaType.LIMITED;

    /** Statistics Finland municipality (or region) codes when the area is limited. */
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "area_codes", nullable = false)
    public List<String> areaCodes = new ArrayList<>();

    @Enumerated(EnumType.STRING)
    @Column(name = "client_contact", nullable = false)
    public ClientContact clientContact = ClientContact.DIRECT;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "texts", nullable = false)
    public ServiceTexts texts = ServiceTexts.empty();

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "required_skills", nullable = false)
    public List<String> requiredSkills = new ArrayList<>();

    /** 1 (most urgent) to 5. */
    @Column(nullable = false)
    public int priority = 3;

    /** Service-level targets in business hours. */
    @Column(name = "first_response_hours", nullable = false)
    public int firstResponseHours = 8;

    @Column(name = "resolution_hours", nullable = false)
    public int resolutionHours = 80;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "attributes", nullable = false)
    public List<AttributeDefinition> attributes = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "service_classification", joinColumns = @JoinColumn(name = "service_id"))
    public Set<Classification> classifications = new LinkedHashSet<>();

    @ElementCollection
    @CollectionTable(name = "service_producer", joinColumns = @JoinColumn(name = "service_id"))
    @Column(name = "organisation_id")
    public Set<UUID> producers = new LinkedHashSet<>();

    @ManyToMany
    @JoinTable(name = "service_channel", joinColumns = @JoinColumn(name = "service_id"),
            inverseJoinColumns = @JoinColumn(name = "channel_id"))
    public Set<Channel> channels = new LinkedHashSet<>();

    public List<Classification> classifications(ClassificationKind kind) {
        return classifications.stream().filter(c -> c.kind == kind).toList();
    }

    /** A new service of an organisation: a DRAFT that clients do not see until it is published. */
    public static CatalogueService draftOf(Organisation organisation) {
        CatalogueService service = new CatalogueService();
        service.id = UUID.randomUUID();
        service.organisation = organisation;
        service.status = PublishingStatus.DRAFT;
        service.version = 1;
        return service;
    }

    /**
     * A draft can be published; a published one withdrawn; a withdrawn one published again. A
     * published service is named in all three languages, so that every client finds it.
     */
    public void publish() {
        if (status == PublishingStatus.PUBLISHED) {
            throw ProblemException.conflict("Service " + id + " is already published");
        }
        requireNamedInEveryLanguage();
        status = PublishingStatus.PUBLISHED;
    }

    /** A published service is named in Finnish, Swedish and English; a draft may lack the last two. */
    public void requireNamedInEveryLanguage() {
        if (name == null || name.sv == null || name.en == null || name.sv.isBlank() || name.en.isBlank()) {
            throw ProblemException.invalid("name", "a published service is named in Finnish, Swedish and English");
        }
    }

    public void withdraw() {
        if (status != PublishingStatus.PUBLISHED) {
            throw ProblemException.conflict("Only a published service can be withdrawn; " + id + " is " + status);
        }
        status = PublishingStatus.WITHDRAWN;
    }
}
