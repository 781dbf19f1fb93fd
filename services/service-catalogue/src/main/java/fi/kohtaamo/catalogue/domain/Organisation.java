package fi.kohtaamo.catalogue.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.util.UUID;

/** An agency or one of its units; {@code code} is what tokens carry in their {@code org} claim. */
@Entity
@Table(name = "organisation")
public class Organisation extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(nullable = false, unique = true)
    public String code;

    @Column(name = "business_id")
    public String businessId;

    @Embedded
    @AttributeOverrides({
            @AttributeOverride(name = "fi", column = @Column(name = "name_fi")),
            @AttributeOverride(name = "sv", column = @Column(name = "name_sv")),
            @AttributeOverride(name = "en", column = @Column(name = "name_en"))})
    public LocalizedText name;
}
