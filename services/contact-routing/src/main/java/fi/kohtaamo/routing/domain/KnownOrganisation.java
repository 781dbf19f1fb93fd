package fi.kohtaamo.routing.domain;

import fi.kohtaamo.outbox.LocalCopy;
import fi.kohtaamo.outbox.UpstreamVersion;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.util.UUID;

/**
 * This service's own record of a catalogue organisation, from the catalogue's events: enough to
 * know an agency's units (its responsibility areas), which a queue may name.
 */
@Entity
@Table(name = "known_organisation")
public class KnownOrganisation extends PanacheEntityBase implements LocalCopy {

    @Id
    @Column(name = "organisation_id")
    public UUID organisationId;

    /** The catalogue's version of the organisation and the time of the event this copy is from. */
    @Embedded
    public UpstreamVersion upstream;

    /** What routing's queues and staff name an organisation by. */
    @Column(nullable = false)
    public String code;

    /** The agency a unit belongs to; null for an agency. */
    @Column(name = "parent_id")
    public UUID parentId;

    @Column(name = "name_fi")
    public String nameFi;

    @Column(name = "name_sv")
    public String nameSv;

    @Column(name = "name_en")
    public String nameEn;

    @Override
    public UpstreamVersion heldVersion() {
        return upstream;
    }

    @Override
    public void holdVersion(UpstreamVersion version) {
        upstream = version;
    }
}
