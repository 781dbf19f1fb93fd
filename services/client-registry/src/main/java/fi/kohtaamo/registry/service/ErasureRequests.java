package fi.kohtaamo.registry.service;

import fi.kohtaamo.caller.Caller;
import fi.kohtaamo.problem.Problem;
import fi.kohtaamo.problem.ProblemException;
import fi.kohtaamo.registry.contract.ClientErasedV1;
import fi.kohtaamo.registry.domain.Client;
import fi.kohtaamo.registry.domain.ErasureRequest;
import fi.kohtaamo.registry.repository.ErasureRequestRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.util.List;
import java.util.UUID;

/**
 * A citizen asks to be forgotten; registry administration approves (the erasure follows at once)
 * or rejects with a reason (an agency may be obliged by law to keep records). The citizen follows
 * the request, also after the erasure.
 */
@ApplicationScoped
@Transactional
public class ErasureRequests {

    private final ClientRegistry registry;
    private final ErasureRequestRepository requests;

    public ErasureRequests(ClientRegistry registry, ErasureRequestRepository requests) {
        this.registry = registry;
        this.requests = requests;
    }

    public ErasureRequest request(String subject, String reason) {
        Client client = registry.requireOwnRecord(subject);
        ErasureRequest open = requests.openOf(client.id);
        if (open != null) {
            throw new ProblemException(Problem.of(409, "erasure-already-requested", "Erasure already requested",
                    "Your earlier request is waiting for a decision").with("existingId", open.id));
        }
        ErasureRequest request = ErasureRequest.request(client.id, subject, reason, ClientChanges.now());
        request.persist();
        return request;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<ErasureRequest> mine(String subject) {
        return requests.requestedBy(subject);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<ErasureRequest> withStatus(ErasureRequest.Status status) {
        return requests.withStatus(status);
    }

    public ErasureRequest decide(UUID id, boolean approve, String reason, Caller caller) {
        // locked: two administrators deciding at once would otherwise both find it undecided
        ErasureRequest request = requests.findByIdOptional(id, jakarta.persistence.LockModeType.PESSIMISTIC_WRITE)
                .orElseThrow(() -> ProblemException.notFound("Erasure request", id));
        request.requireUndecided();
        if (approve) {
            registry.erase(registry.find(request.clientId), ClientErasedV1.Cause.CITIZEN_REQUEST, reason, caller);
            requests.flush();
            requests.getEntityManager().refresh(request);
        } else {
            request.reject(caller.subject(), reason, ClientChanges.now());
        }
        return request;
    }
}
