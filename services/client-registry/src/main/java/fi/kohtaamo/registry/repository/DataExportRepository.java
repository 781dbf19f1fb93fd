package fi.kohtaamo.registry.repository;

import fi.kohtaamo.registry.domain.DataExport;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class DataExportRepository implements PanacheRepositoryBase<DataExport, UUID> {

    private final DataExportPartRepository parts;

    public DataExportRepository(DataExportPartRepository parts) {
        this.parts = parts;
    }

    /** The client's export still collecting parts, or null. */
    public DataExport collectingFor(UUID clientId) {
        return find("clientId = ?1 and status = ?2", clientId, DataExport.Status.COLLECTING).firstResult();
    }

    /** A client's exports, newest first. */
    public List<DataExport> ofClient(UUID clientId) {
        return list("clientId", Sort.descending("requestedAt"), clientId);
    }

    public List<DataExport> requestedBefore(Instant at) {
        return list("requestedAt < ?1", at);
    }

    /** Exports still collecting past their deadline. */
    public List<DataExport> collectingOverdue(Instant now) {
        return list("status = ?1 and deadlineAt < ?2", DataExport.Status.COLLECTING, now);
    }

    /** Deletes an export with its parts. */
    public void deleteWithParts(DataExport export) {
        parts.delete("exportId", export.id);
        delete(export);
    }

    /** Deletes a client's exports with their parts (on erasure or merge: they hold personal data). */
    public void deleteAllOf(UUID clientId) {
        parts.delete("exportId in (select e.id from DataExport e where e.clientId = ?1)", clientId);
        delete("clientId", clientId);
    }
}
