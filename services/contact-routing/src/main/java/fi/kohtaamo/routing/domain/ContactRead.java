package fi.kohtaamo.routing.domain;

import fi.kohtaamo.caller.Caller;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.TreeSet;
import java.util.UUID;

/**
 * Staff read a contact's personal data (the client's name, e-mail, phone and the matter's text):
 * who, their organisation and roles, when, which contact; never the content. The citizen whose
 * contact it is sees it beside the registry's reads of their record.
 */
@Entity
@Table(name = "contact_read")
public class ContactRead extends PanacheEntityBase {

    /** Staff opened the contact with its details and history. */
    public static final String OPENED = "OPEN";

    /** Staff took the contact (next, take, an accepted offer): the answer carries its details. */
    public static final String TAKEN = "TAKE";

    /** Staff found the contact in a search: the result shows its client's name and the matter's opening words. */
    public static final String FOUND = "FIND";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "contact_id", nullable = false)
    public UUID contactId;

    @Column(nullable = false)
    public String actor;

    @Column(name = "actor_organisation")
    public String actorOrganisation;

    @Column(name = "actor_roles", nullable = false)
    public String actorRoles;

    @Column(nullable = false)
    public String action;

    @Column(nullable = false)
    public Instant at;

    /** Writes the entry in the current transaction, so that a read that fails leaves none. */
    public static ContactRead record(Contact contact, Caller caller, String action) {
        ContactRead read = new ContactRead();
        read.contactId = contact.id;
        read.actor = caller.subject();
        read.actorOrganisation = caller.organisation();
        read.actorRoles = String.join(",", new TreeSet<>(caller.roles()));
        read.action = action;
        read.at = Instant.now().truncatedTo(ChronoUnit.MICROS);
        read.persist();
        return read;
    }
}
