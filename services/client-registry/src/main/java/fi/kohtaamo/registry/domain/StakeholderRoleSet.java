package fi.kohtaamo.registry.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import java.io.Serializable;
import java.util.UUID;

/**
 * The version of the roles a client holds towards one agency, for If-Match: a set never changed has
 * no row (version 0), and every change of the set raises it.
 */
@Entity
@Table(name = "stakeholder_role_set")
public class StakeholderRoleSet extends PanacheEntityBase {

    /** The client and the agency the roles are held towards. */
    @Embeddable
    public record Key(@Column(name = "client_id") UUID clientId, @Column(name = "agency") String agency) implements Serializable {
    }

    @EmbeddedId
    public Key key;

    @Column(nullable = false)
    public int version;
}
