package fi.kohtaamo.catalogue.repository;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * Each version of a service as it was saved (service_history: written once, never changed, read
 * only as a list, so no entity). The snapshot is JSON the caller has written.
 */
@ApplicationScoped
public class ServiceHistoryRepository {

    /** One saved version; {@code snapshot} is the JSON text. */
    public record Row(int version, String action, String changedBy, Instant changedAt, String snapshot) {
    }

    private final EntityManager entityManager;

    public ServiceHistoryRepository(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** Records the service's current version; the service's row is written first (the history refers to it). */
    public void record(UUID serviceId, int version, String action, String changedBy, String snapshotJson) {
        entityManager.flush();
        entityManager.createNativeQuery("insert into service_history (service_id, version, action, changed_by, snapshot)"
                        + " values (?1, ?2, ?3, ?4, cast(?5 as jsonb))")
                .setParameter(1, serviceId).setParameter(2, version).setParameter(3, action)
                .setParameter(4, changedBy).setParameter(5, snapshotJson)
                .executeUpdate();
    }

    /** The service's versions, oldest first. */
    public List<Row> of(UUID serviceId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager.createNativeQuery(
                        "select version, action, changed_by, changed_at, snapshot::text from service_history"
                                + " where service_id = ?1 order by version, id")
                .setParameter(1, serviceId).getResultList();
        return rows.stream().map(row -> new Row(((Number) row[0]).intValue(), (String) row[1], (String) row[2],
                toInstant(row[3]), (String) row[4])).toList();
    }

    private static Instant toInstant(Object value) {
        if (value instanceof Instant instant) {
            return instant;
        }
        if (value instanceof OffsetDateTime offset) {
            return offset.toInstant();
        }
        return ((Timestamp) value).toInstant();
    }
}
