package fi.kohtaamo.routing.domain;

import fi.kohtaamo.outbox.LocalCopy;
import fi.kohtaamo.outbox.UpstreamVersion;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Cacheable;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * What routing needs of a client (language, municipality, segments, the sign-in subject the
 * registry links to it), kept from the registry's events.
 */
@Entity
@Cacheable
@Table(name = "known_client")
public class KnownClient extends PanacheEntityBase implements LocalCopy {

    @Id
    @Column(name = "client_id")
    public UUID clientId;

    @Column(name = "preferred_language")
    public String preferredLanguage;

    @Column(name = "municipality_code")
    public String municipalityCode;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(nullable = false)
    public List<String> segments = new ArrayList<>();

    /** The Keycloak subject of the citizen who signs in as this client; null when none is linked. */
    @Column(name = "sign_in_subject")
    public String signInSubject;

    /** The registry's version of the client and the time of the event this copy was built from. */
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
