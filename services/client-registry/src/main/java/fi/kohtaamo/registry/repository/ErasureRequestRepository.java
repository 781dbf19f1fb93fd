package fi.kohtaamo.registry.repository;

import fi.kohtaamo.registry.domain.ErasureRequest;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class ErasureRequestRepository implements PanacheRepositoryBase<ErasureRequest, UUID> {

    /** The client's request still waiting for a decision, or null. */
    public ErasureRequest openOf(UUID clientId) {
        return find("clientId = ?1 and status = ?2", clientId, ErasureRequest.Status.REQUESTED).firstResult();
    }

    public boolean hasOpen(UUID clientId) {
        return count("clientId = ?1 and status = ?2", clientId, ErasureRequest.Status.REQUESTED) > 0;
    }

    public List<ErasureRequest> ofClient(UUID clientId) {
        return list("clientId", clientId);
    }

    /** A citizen's requests, newest first. */
    public List<ErasureRequest> requestedBy(String subject) {
        return list("requestedBy", Sort.descending("requestedAt"), subject);
    }

    /** Requests in the status, oldest first. */
    public List<ErasureRequest> withStatus(ErasureRequest.Status status) {
        return list("status", Sort.ascending("requestedAt"), status);
    }

    /** The client's requests still waiting for a decision, oldest first. */
    public List<ErasureRequest> openOfClient(UUID clientId) {
        return list("clientId = ?1 and status = ?2", Sort.ascending("requestedAt"), clientId, ErasureRequest.Status.REQUESTED);
    }
}
