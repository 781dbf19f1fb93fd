package fi.kohtaamo.catalogue.repository;

import fi.kohtaamo.catalogue.domain.CatalogueService;
import fi.kohtaamo.catalogue.domain.PublishingStatus;
import fi.kohtaamo.catalogue.domain.ServiceGroup;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class ServiceRepository implements PanacheRepositoryBase<CatalogueService, UUID> {

    /** Published services, optionally of one group, with their organisations, in a stable order. */
    public List<CatalogueService> listPublished(ServiceGroup group) {
        String query = "from CatalogueService s join fetch s.organisation where s.status = :status"
                + (group == null ? "" : " and s.group = :group") + " order by s.group, s.code";
        Parameters parameters = Parameters.with("status", PublishingStatus.PUBLISHED);
        if (group != null) {
            parameters.and("group", group);
        }
        return find(query, parameters).list();
    }
}
