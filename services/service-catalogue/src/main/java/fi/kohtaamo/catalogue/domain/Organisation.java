package fi.kohtaamo.catalogue.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
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

    @Enumerated(EnumType.STRING)
    @Column(name = "organisation_type", nullable = false)
    public OrganisationType type = OrganisationType.STATE;

    @Column(name = "parent_id")
    public UUID parentId;

    /** Statistics Finland codes of the municipalities or regions the organisation covers. */
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "area_codes", nullable = false)
    public List<String> areaCodes = new ArrayList<>();

    @Column(nullable = false)
    public int version = 1;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    /** Whether this organisation is a unit directly under the other, as a responsibility area is under its agency. */
    public boolean isUnitOf(Organisation parent) {
        return parent != null && parent.id != null && parent.id.equals(parentId);
    }
}
