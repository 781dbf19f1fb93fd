package fi.kohtaamo.feedback.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.UUID;

/** This service's record of a received contact: what the management view counts. */
@Entity
@Table(name = "contact_fact")
public class ContactFact extends PanacheEntityBase {

    @Id
    @Column(name = "contact_id")
    public UUID contactId;

    @Column(name = "service_id")
    public UUID serviceId;

    @Column(name = "queue_code", nullable = false)
    public String queueCode;

    @Column(nullable = false)
    public String organisation;

    @Column(nullable = false)
    public String channel;

    @Column(nullable = false)
    public String language;

    @Column(name = "received_at", nullable = false)
    public Instant receivedAt;

    /** The registry's client id, when the contact named one; null once the client is erased. */
    @Column(name = "client_id")
    public UUID clientId;
}
