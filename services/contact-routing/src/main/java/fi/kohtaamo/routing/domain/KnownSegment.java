package fi.kohtaamo.routing.domain;

import fi.kohtaamo.outbox.LocalCopy;
import fi.kohtaamo.outbox.UpstreamVersion;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.util.ArrayList;
import java.util.List;

/**
 * What routing needs of a registry segment: the channels its clients are steered to, most
 * preferred first (WEB, EMAIL, PHONE, LETTER, IN_PERSON, CHAT), kept from the registry's events.
 */
@Entity
@Table(name = "known_segment")
public class KnownSegment extends PanacheEntityBase implements LocalCopy {

    @Id
    public String code;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "preferred_channels", nullable = false)
    public List<String> preferredChannels = new ArrayList<>();

    /** The registry's version of the definition and the time of the event this copy was built from. */
    @Embedded
    public UpstreamVersion upstream;

    @Override
    public UpstreamVersion heldVersion() {
        return upstream;
    }

    @Override
    public void holdVersion(UpstreamVersion held) {
        upstream = held;
    }
}
