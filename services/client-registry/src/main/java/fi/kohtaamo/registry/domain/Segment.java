package fi.kohtaamo.registry.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.time.Instant;

/** A client segment (asiakassegmentti): a rule-defined group, or a manual tag when it has no rule. */
@Entity
@Table(name = "segment")
public class Segment extends PanacheEntityBase {

    @Id
    public String code;

    @Column(name = "name_fi", nullable = false)
    public String nameFi;

    @Column(name = "name_sv")
    public String nameSv;

    @Column(name = "name_en")
    public String nameEn;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "rule")
    public SegmentRule rule;

    @Column(nullable = false)
    public int version = 1;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;
}
