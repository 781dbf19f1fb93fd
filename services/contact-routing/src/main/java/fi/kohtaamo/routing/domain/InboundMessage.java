package fi.kohtaamo.routing.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import java.io.Serializable;
import java.time.Instant;
import java.util.UUID;

/**
 * A message read from a mailbox, once per organisation: written in the transaction of its effect,
 * so that a message read again after a crash has none. Holds hashes, never the address or the text.
 */
@Entity
@Table(name = "inbound_message")
public class InboundMessage extends PanacheEntityBase {

    /** What the message became. */
    public enum Outcome {
        NEW_CONTACT, ADDED_TO_CONTACT,
        /** An auto-reply, a bounce or mailing-list mail (RFC 3834): no contact, no notice. */
        AUTOMATIC,
        /** Too many from one sender, or one of the organisation's own mailboxes: no contact, no notice. */
        LOOP
    }

    @Embeddable
    public record Key(@Column(name = "organisation") String organisation,
                      @Column(name = "message_key") String messageKey) implements Serializable {
    }

    @EmbeddedId
    public Key key;

    @Column(name = "mailbox_id", nullable = false)
    public UUID mailboxId;

    @Column(name = "sender_hash", nullable = false)
    public String senderHash;

    @Column(name = "received_at", nullable = false)
    public Instant receivedAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Outcome outcome;

    @Column(name = "contact_id")
    public UUID contactId;

    public static InboundMessage of(Mailbox mailbox, String messageKey, String senderHash, Outcome outcome,
                                    UUID contactId, Instant at) {
        InboundMessage message = new InboundMessage();
        message.key = new Key(mailbox.organisation, messageKey);
        message.mailboxId = mailbox.id;
        message.senderHash = senderHash;
        message.outcome = outcome;
        message.contactId = contactId;
        message.receivedAt = at;
        return message;
    }
}
