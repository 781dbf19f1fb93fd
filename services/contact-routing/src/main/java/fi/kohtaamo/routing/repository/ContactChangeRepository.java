package fi.kohtaamo.routing.repository;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * The change feed's rows (contact_change, migration V43): written by a trigger on contact, given
 * their place in the feed here. A table the service only appends to and reads, so no entity.
 */
@ApplicationScoped
public class ContactChangeRepository {

    /** The advisory lock that makes the sequencer a single writer (any number, the same in every replica). */
    private static final long SEQUENCER_LOCK = 0x6b6f68_6368616e67L; // "koh" "chang"

    private final EntityManager entityManager;

    public ContactChangeRepository(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** One version of a contact as the feed shows it: ids, state and time, no personal data. */
    public record Row(long position, UUID contactId, String trackingCode, String status, UUID queueId, String queueCode,
                      int priority, int version, Instant changedAt) {
    }

    /**
     * Gives the next positions, after every position given before, to at most {@code max} committed
     * rows without one, in the order they were written. Call in a transaction of its own: the lock
     * is held to its commit, so positions become visible in the order they were given, each block
     * whole, and only after every smaller one. Every statement (READ COMMITTED) takes a new
     * snapshot, so the largest position is read after the previous sequencer's commit.
     *
     * @return how many rows were given a position
     */
    public int sequence(int max) {
        entityManager.createNativeQuery("select pg_advisory_xact_lock(?1)").setParameter(1, SEQUENCER_LOCK).getSingleResult();
        long last = lastPosition();
        return entityManager.createNativeQuery("update contact_change c set position = ?1 + p.n"
                        + " from (select id, row_number() over (order by id) as n from"
                        + " (select id from contact_change where position is null order by id limit ?2) w) p"
                        + " where c.id = p.id")
                .setParameter(1, last).setParameter(2, max).executeUpdate();
    }

    /** The largest position given so far (0 before any). */
    public long lastPosition() {
        return ((Number) entityManager.createNativeQuery("select coalesce(max(position), 0) from contact_change")
                .getSingleResult()).longValue();
    }

    /**
     * The changes after {@code after} of the contacts of {@code organisation} (as of each change)
     * and of those {@code submitter} submitted, in feed order, at most {@code limit}.
     */
    public List<Row> after(long after, String organisation, String submitter, int limit) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager.createNativeQuery("select c.position, c.contact_id, c.tracking_code, c.status,"
                        + " c.queue_id, q.code, c.priority, c.version, c.changed_at"
                        + " from contact_change c join queue q on q.id = c.queue_id"
                        + " where c.position > ?1 and (c.organisation = ?2 or c.submitted_by = ?3)"
                        + " order by c.position limit ?4")
                .setParameter(1, after).setParameter(2, organisation).setParameter(3, submitter).setParameter(4, limit)
                .getResultList();
        return rows.stream().map(row -> new Row(((Number) row[0]).longValue(), (UUID) row[1], (String) row[2],
                (String) row[3], (UUID) row[4], (String) row[5], ((Number) row[6]).intValue(), ((Number) row[7]).intValue(),
                instant(row[8]))).toList();
    }

    private static Instant instant(Object value) {
        return value instanceof OffsetDateTime time ? time.toInstant() : (Instant) value;
    }
}
