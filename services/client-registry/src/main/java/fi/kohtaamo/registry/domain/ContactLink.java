package fi.kohtaamo.registry.domain;

import fi.kohtaamo.outbox.LocalCopy;
import fi.kohtaamo.outbox.UpstreamVersion;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.util.Collection;
import java.util.UUID;

/**
 * What the registry knows of one of contact routing's contacts: its client and the organisation
 * handling it, kept from routing's events. It is what makes a staff read legitimate: the reader
 * names a contact their own organisation handles, and the contact concerns the client read.
 */
@Entity
@Table(name = "contact_link")
public class ContactLink extends PanacheEntityBase implements LocalCopy {

    @Id
    @Column(name = "contact_id")
    public UUID contactId;

    /** Null while the contact has no client (an anonymous contact, or one not yet identified). */
    @Column(name = "client_id")
    public UUID clientId;

    @Column(nullable = false)
    public String organisation;

    /** Routing's contact events carry no version: the event time orders them. */
    @Embedded
    public UpstreamVersion upstream;

    /**
     * Whether a read of one of {@code clientIds} (a client and those merged into it) may name this
     * contact: the contact concerns that client and, unless {@code anyOrganisation} (registry
     * administration), the reader's organisation handles it. A reader without an organisation
     * serves no contact.
     */
    public boolean serves(Collection<UUID> clientIds, String readerOrganisation, boolean anyOrganisation) {
        if (clientId == null || !clientIds.contains(clientId)) {
            return false;
        }
        return handledBy(readerOrganisation, anyOrganisation);
    }

    /**
     * Whether the reader's organisation handles this contact (any organisation's, for registry
     * administration): a search for the client a contact concerns names a contact so handled,
     * linked to a client or not yet.
     */
    public boolean handledBy(String readerOrganisation, boolean anyOrganisation) {
        return anyOrganisation || (readerOrganisation != null && readerOrganisation.equals(organisation));
    }

    @Override
    public UpstreamVersion heldVersion() {
        return upstream;
    }

    @Override
    public void holdVersion(UpstreamVersion held) {
        upstream = held;
    }
}
