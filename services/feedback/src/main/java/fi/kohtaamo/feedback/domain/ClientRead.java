package fi.kohtaamo.feedback.domain;

import fi.kohtaamo.caller.Caller;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.TreeSet;
import java.util.UUID;

/**
 * A staff read of a client's feedback and named survey answers: who, for which contact of their
 * organisation and why. Written in the read's transaction, so no read goes unrecorded.
 */
@Entity
@Table(name = "client_read")
public class ClientRead extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(nullable = false)
    public Instant at;

    @Column(nullable = false)
    public String actor;

    @Column(nullable = false)
    public String organisation;

    /** The reader's roles, sorted and comma-separated, as the registry's audit log keeps them. */
    @Column(nullable = false)
    public String roles;

    @Column(name = "client_id", nullable = false)
    public UUID clientId;

    @Column(name = "contact_id", nullable = false)
    public UUID contactId;

    @Column(nullable = false)
    public String purpose;

    public static ClientRead record(UUID clientId, UUID contactId, String purpose, Caller caller, Instant at) {
        ClientRead read = new ClientRead();
        read.id = UUID.randomUUID();
        read.at = at;
        read.actor = caller.subject();
        read.organisation = caller.organisation();
        read.roles = String.join(",", new TreeSet<>(caller.roles()));
        read.clientId = clientId;
        read.contactId = contactId;
        read.purpose = purpose;
        read.persist();
        return read;
    }
}
