package fi.kohtaamo.routing.domain;

import fi.kohtaamo.routing.automation.AutomationAction;
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
import java.util.UUID;

/**
 * A named set of actions an agent applies to a contact they hold in one go (for example "ask for
 * the permit number": a template asked of the client, a tag). Kept by the organisation's supervisors.
 */
@Entity
@Table(name = "macro")
public class Macro extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(nullable = false)
    public String organisation;

    /** Unique (ignoring case) within the organisation. */
    @Column(nullable = false)
    public String name;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public List<AutomationAction> actions = new ArrayList<>();

    @Column(nullable = false)
    public int version;

    @Column(name = "updated_by", nullable = false)
    public String updatedBy;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;
}
