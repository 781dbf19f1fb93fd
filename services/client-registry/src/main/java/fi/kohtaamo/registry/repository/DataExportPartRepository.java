package fi.kohtaamo.registry.repository;

import fi.kohtaamo.registry.domain.DataExportPart;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class DataExportPartRepository implements PanacheRepositoryBase<DataExportPart, UUID> {

    public boolean isReceived(UUID exportId, String service) {
        return count("exportId = ?1 and service = ?2", exportId, service) > 0;
    }

    /** An export's parts, by service. */
    public List<DataExportPart> ofExport(UUID exportId) {
        return list("exportId", Sort.by("service"), exportId);
    }
}
