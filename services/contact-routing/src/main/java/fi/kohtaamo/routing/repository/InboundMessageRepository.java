package fi.kohtaamo.routing.repository;

import fi.kohtaamo.routing.domain.InboundMessage;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Instant;

@ApplicationScoped
public class InboundMessageRepository implements PanacheRepositoryBase<InboundMessage, InboundMessage.Key> {

    /** Messages of one sender an organisation took since a moment, automatic mail not counted. */
    public long fromSenderSince(String organisation, String senderHash, Instant since) {
        return count("key.organisation = ?1 and senderHash = ?2 and receivedAt >= ?3 and outcome <> ?4",
                organisation, senderHash, since, InboundMessage.Outcome.AUTOMATIC);
    }
}
