package fi.kohtaamo.registry.service;

import fi.kohtaamo.caller.Caller;
import fi.kohtaamo.registry.domain.AuditEntry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.util.UUID;

/**
 * A registration or correction refused because the identifier belongs to another client is itself
 * an access: it tells the caller that the person is registered. It is audited in a transaction of
 * its own, because the refused change rolls back and the record of the attempt must not.
 */
@ApplicationScoped
public class RefusedRegistrations {

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void record(UUID existingId, Caller caller, String field) {
        AuditEntry.record(existingId, caller, "DUPLICATE_REFUSED", "refused: " + field + " already registered");
    }
}
