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
 * The registry's client as feedback needs it: only the sign-in subject linked to it, so that what a
 * citizen sends signed in becomes their client's without asking the registry.
 */
@Entity
@Table(name = "known_client")
public class KnownClient extends PanacheEntityBase implements LocalCopy {

    @Id
    @Column(name = "client_id")
    public UUID clientId;

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
