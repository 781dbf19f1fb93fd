package fi.kohtaamo.routing.repository;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;

/**
 * The S3 store's ledger ({@code attachment_object_cleanup}, migration V31): objects that must be
 * deleted when due unless their attachment's metadata exists. It keeps an erasure from being
 * forgotten by a service that stopped right after its commit; and it answers the orphan scan
 * which of a page of objects have metadata.
 */
@ApplicationScoped
public class ObjectCleanupLedger {

    private final EntityManager entityManager;

    public ObjectCleanupLedger(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** Which of these attachment ids have metadata: the orphan scan keeps their objects. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public java.util.Set<UUID> heldAttachments(List<UUID> attachmentIds) {
        @SuppressWarnings("unchecked")
        List<UUID> held = entityManager.createNativeQuery("select id from attachment where id = any(?1)", UUID.class)
                .setParameter(1, attachmentIds.toArray(UUID[]::new)).getResultList();
        return new java.util.HashSet<>(held);
    }

    /** In the transaction that deletes the metadata (erasure, retention): the objects are due at once. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void deleting(Collection<UUID> attachmentIds) {
        entityManager.createNativeQuery("insert into attachment_object_cleanup (attachment_id, due_at)"
                        + " select id, ?2 from unnest(?1) as id"
                        + " on conflict (attachment_id) do update set due_at = excluded.due_at")
                .setParameter(1, attachmentIds.toArray(UUID[]::new)).setParameter(2, Instant.now()).executeUpdate();
    }

    /**
     * One batch of due objects without metadata, locked ({@code skip locked}: replicas share the
     * work), handed to {@code delete}; their rows go when it returns. A due row whose attachment
     * exists is dropped without touching the object. Returns how many objects were deleted.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public int sweep(int limit, Consumer<List<UUID>> delete) {
        entityManager.createNativeQuery("delete from attachment_object_cleanup c where c.due_at <= now()"
                + " and exists (select 1 from attachment a where a.id = c.attachment_id)").executeUpdate();
        @SuppressWarnings("unchecked")
        List<UUID> due = entityManager.createNativeQuery("select attachment_id from attachment_object_cleanup"
                        + " where due_at <= now() order by due_at limit ?1 for update skip locked", UUID.class)
                .setParameter(1, limit).getResultList();
        if (due.isEmpty()) {
            return 0;
        }
        delete.accept(due);
        entityManager.createNativeQuery("delete from attachment_object_cleanup where attachment_id = any(?1)")
                .setParameter(1, due.toArray(UUID[]::new)).executeUpdate();
        return due.size();
    }

    /** Whether an object of this id is noted for deletion (tests). */
    @Transactional
    public boolean noted(UUID attachmentId) {
        return !entityManager.createNativeQuery("select 1 from attachment_object_cleanup where attachment_id = ?1")
                .setParameter(1, attachmentId).getResultList().isEmpty();
    }
}
