package fi.kohtaamo.feedback.service;

import fi.kohtaamo.feedback.domain.ContactFact;
import fi.kohtaamo.outbox.ClientDataContract;
import fi.kohtaamo.outbox.Inbox;
import fi.kohtaamo.outbox.Outbox;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.Map;
import java.util.UUID;

/**
 * This service's side of the client registry's contract: an erased client's contact facts keep
 * counting in the figures but no longer name the client; a merged client's move to the survivor;
 * an export lists them.
 */
@ApplicationScoped
public class RegistryContract extends ClientDataContract {

    public RegistryContract(Inbox inbox, Outbox outbox) {
        super(inbox, outbox, "feedback");
    }

    @Override
    protected int erase(UUID clientId) {
        return ContactFact.update("clientId = null where clientId = ?1", clientId);
    }

    @Override
    protected int merge(UUID survivorId, UUID mergedId) {
        return ContactFact.update("clientId = ?1 where clientId = ?2", survivorId, mergedId);
    }

    @Override
    protected Map<String, Object> exportData(UUID clientId) {
        return Map.of("contactFacts", ContactFact.<ContactFact>list("clientId", Sort.by("receivedAt"), clientId).stream()
                .map(fact -> Map.of("contactId", fact.contactId, "organisation", fact.organisation, "channel", fact.channel,
                        "language", fact.language, "receivedAt", fact.receivedAt))
                .toList());
    }
}
