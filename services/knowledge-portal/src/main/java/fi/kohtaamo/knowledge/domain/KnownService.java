package fi.kohtaamo.knowledge.domain;

import fi.kohtaamo.outbox.LocalCopy;
import fi.kohtaamo.outbox.UpstreamVersion;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.util.UUID;

/** A catalogue service as this service knows it from the catalogue's events. */
@Entity
@Table(name = "known_service")
public class KnownService extends PanacheEntityBase implements LocalCopy {

    @Id
    public UUID id;

    /** The catalogue's version of the service and the time of the event this link target was built from. */
    @Embedded
    public UpstreamVersion upstream;

    @Column(name = "service_group", nullable = false)
    public String serviceGroup;

    @Column(nullable = false)
    public String organisation;

    @Column(name = "name_fi")
    public String nameFi;

    @Column(nullable = false)
    public boolean withdrawn;

    @Override
    public UpstreamVersion heldVersion() {
        return upstream;
    }

    @Override
    public void holdVersion(UpstreamVersion held) {
        upstream = held;
    }
}
