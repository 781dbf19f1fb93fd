package fi.kohtaamo.catalogue.service;

import fi.kohtaamo.catalogue.domain.CatalogueService;
import fi.kohtaamo.catalogue.domain.Organisation;
import fi.kohtaamo.catalogue.domain.ServiceGroup;
import fi.kohtaamo.catalogue.repository.OrganisationRepository;
import fi.kohtaamo.catalogue.repository.ServiceRepository;
import fi.kohtaamo.problem.ProblemException;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.util.List;
import java.util.UUID;

/** Read use cases of the service map; anyone may read what is published. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class CatalogueQueries {

    private final ServiceRepository services;
    private final OrganisationRepository organisations;

    public CatalogueQueries(ServiceRepository services, OrganisationRepository organisations) {
        this.services = services;
        this.organisations = organisations;
    }

    public List<CatalogueService> publishedServices(ServiceGroup group) {
        return services.listPublished(group);
    }

    public CatalogueService publishedService(UUID id) {
        return services.findByIdOptional(id)
                .filter(service -> service.status == fi.kohtaamo.catalogue.domain.PublishingStatus.PUBLISHED)
                .orElseThrow(() -> ProblemException.notFound("Service", id));
    }

    public List<Organisation> organisations() {
        return organisations.listAll(Sort.by("code"));
    }
}
