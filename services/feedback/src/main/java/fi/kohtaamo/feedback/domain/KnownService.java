package fi.kohtaamo.feedback.domain;

import fi.kohtaamo.outbox.LocalCopy;
import fi.kohtaamo.outbox.UpstreamVersion;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.util.UUID;

/** The catalogue's service as feedback needs it: its organisation and group. */
@Entity
@Table(name = "known_service")
public class KnownService extends PanacheEntityBase implements LocalCopy {

    @Id
    @Column(name = "service_id")
    public UUID serviceId;

    /** The catalogue's version of the service and the time of the event this copy was built from. */
    @Embedded
    public UpstreamVersion upstream;

    /** The organisation that owns the service: whose figures its feedback counts in. */
    @Column(nullable = false)
    public String organisation;

    @Column(nullable = false)
    public String code;

    @Column(name = "service_group", nullable = false)
    public String group;

    @Column(name = "name_fi")
    public String nameFi;

    @Column(name = "name_sv")
    public String nameSv;

    @Column(name = "name_en")
    public String nameEn;

    @Column(nullable = false)
    public String status;

    /** The catalogue's responsibility area of the service (a unit's id), or null: a dimension of the management view. */
    @Column(name = "responsibility_area_id")
    public UUID responsibilityAreaId;

    @Override
    public UpstreamVersion heldVersion() {
        return upstream;
    }

    @Override
    public void holdVersion(UpstreamVersion held) {
        upstream = held;
    }
}
