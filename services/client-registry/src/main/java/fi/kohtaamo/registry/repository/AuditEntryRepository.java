package fi.kohtaamo.registry.repository;

import fi.kohtaamo.registry.domain.AuditEntry;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class AuditEntryRepository implements PanacheRepositoryBase<AuditEntry, UUID> {

    /** Reads, search hits, revealed identity codes and exports of the clients' data, newest first: what a citizen is shown. */
    public List<AuditEntry> accessesOf(List<UUID> clientIds) {
        return find("clientId in ?1 and action in ('READ', 'SEARCH', 'REVEAL_IDENTITY_CODE', 'EXPORT')", Sort.descending("at"), clientIds).list();
    }

    /** Entries in [from, to), each null filter matching all, newest first, at most {@code limit}. */
    public List<AuditEntry> log(UUID clientId, String actor, String organisation, Instant from, Instant to, int limit) {
        return find("(:client is null or clientId = :client) and (:actor is null or actor = :actor)"
                                + " and (:organisation is null or actorOrganisation = :organisation)"
                                + " and at >= :from and at < :to", Sort.descending("at"),
                        Parameters.with("client", clientId).and("actor", actor).and("organisation", organisation)
                                .and("from", from).and("to", to))
                .page(Page.ofSize(limit)).list();
    }

    /** A client's entries, oldest first. */
    public List<AuditEntry> ofClient(UUID clientId) {
        return list("clientId", Sort.by("at"), clientId);
    }
}
