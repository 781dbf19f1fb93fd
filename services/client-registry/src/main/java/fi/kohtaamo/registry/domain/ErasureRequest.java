package fi.kohtaamo.registry.domain;

import fi.kohtaamo.problem.ProblemException;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.UUID;

/**
 * A citizen's request to have their data erased, decided by registry administration (the law may
 * oblige an agency to keep some records). The requester's Keycloak subject stays after the erasure
 * so that they can see the outcome.
 */
@Entity
@Table(name = "erasure_request")
public class ErasureRequest extends PanacheEntityBase {

    public enum Status { REQUESTED, APPROVED, REJECTED }

    @Id
    public UUID id;

    @Column(name = "client_id", nullable = false)
    public UUID clientId;

    @Column(name = "requested_by", nullable = false)
    public String requestedBy;

    public String reason;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Status status;

    @Column(name = "requested_at", nullable = false)
    public Instant requestedAt;

    @Column(name = "decided_at")
    public Instant decidedAt;

    @Column(name = "decided_by")
    public String decidedBy;

    @Column(name = "decision_reason")
    public String decisionReason;

    /** A citizen's request, waiting for administration's decision. */
    public static ErasureRequest request(UUID clientId, String subject, String reason, Instant now) {
        ErasureRequest request = new ErasureRequest();
        request.id = UUID.randomUUID();
        request.clientId = clientId;
        request.requestedBy = subject;
        request.reason = reason;
        request.status = Status.REQUESTED;
        request.requestedAt = now;
        return request;
    }

    /** A request is decided once (also checked by {@link #reject}). */
    public void requireUndecided() {
        if (status != Status.REQUESTED) {
            throw ProblemException.conflict("The request was already decided: " + status);
        }
    }

    /** The erasure asked for is being done: who decided, when and why. */
    public void approve(String by, String why, Instant now) {
        requireUndecided();
        status = Status.APPROVED;
        decidedAt = now;
        decidedBy = by;
        decisionReason = why;
    }

    /** Administration (or the registry itself, for a superseded request) says no, with a reason. */
    public void reject(String by, String why, Instant now) {
        requireUndecided();
        status = Status.REJECTED;
        decidedAt = now;
        decidedBy = by;
        decisionReason = why;
    }
}
