package fi.kohtaamo.routing.repository;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import java.time.Instant;

/**
 * Requests to recover tracking codes, counted per address hash (recovery_request: a counter
 * the service writes and prunes itself, so no entity). Never the address itself.
 */
@ApplicationScoped
public class RecoveryRequestRepository {

    private final EntityManager entityManager;

    public RecoveryRequestRepository(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /**
     * Waits until no other transaction counts requests of this address hash, and holds it to the
     * end of this transaction: two requests at once cannot both slip under the limit.
     */
    public void lockAddress(String addressHash) {
        entityManager.createNativeQuery("select pg_advisory_xact_lock(hashtextextended(?1, 0))")
                .setParameter(1, addressHash).getSingleResult();
    }

    /** Forgets the requests made before {@code cutoff} (of every address). */
    public void forgetBefore(Instant cutoff) {
        entityManager.createNativeQuery("delete from recovery_request where requested_at < ?1")
                .setParameter(1, cutoff).executeUpdate();
    }

    /** How many requests the address hash made after {@code since}. */
    public int countSince(String addressHash, Instant since) {
        Number recent = (Number) entityManager.createNativeQuery(
                        "select count(*) from recovery_request where address_hash = ?1 and requested_at > ?2")
                .setParameter(1, addressHash).setParameter(2, since).getSingleResult();
        return recent.intValue();
    }

    public void record(String addressHash, Instant at) {
        entityManager.createNativeQuery("insert into recovery_request (address_hash, requested_at) values (?1, ?2)")
                .setParameter(1, addressHash).setParameter(2, at).executeUpdate();
    }
}
