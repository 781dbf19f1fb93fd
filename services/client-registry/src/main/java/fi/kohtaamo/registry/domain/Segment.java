package fi.kohtaamo.registry.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

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

    /**
     * The channels this segment's clients are steered to, most preferred first (WEB, EMAIL, PHONE,
     * LETTER, IN_PERSON, CHAT, as a client's own preferences): shown first on a service's page.
     */
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "preferred_channels", nullable = false)
    public List<String> preferredChannels = new ArrayList<>();

    @Column(nullable = false)
    public int version = 1;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;
}
