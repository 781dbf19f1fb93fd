package fi.kohtaamo.catalogue.domain;

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

import java.time.Instant;
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
}
