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

/**
 * The catalogue's organisation as feedback needs it: its code and, for a unit (a responsibility
 * area), the agency it belongs to; whether an area named for the management view is the organisation's.
 */
@Entity
@Table(name = "known_organisation")
public class KnownOrganisation extends PanacheEntityBase implements LocalCopy {

    @Id
    @Column(name = "organisation_id")
    public UUID organisationId;

    @Embedded
    public UpstreamVersion upstream;

    @Column(nullable = false)
    public String code;

    /** The agency a unit belongs to; null for an agency. */
    @Column(name = "parent_id")
    public UUID parentId;

    @Override
    public UpstreamVersion heldVersion() {
        return upstream;
    }

    @Override
    public void holdVersion(UpstreamVersion version) {
        upstream = version;
    }
}
