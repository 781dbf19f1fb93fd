package fi.kohtaamo.catalogue.service;

import fi.kohtaamo.caller.Caller;
import fi.kohtaamo.catalogue.domain.CatalogueService;
import fi.kohtaamo.catalogue.domain.Channel;
import fi.kohtaamo.catalogue.domain.Organisation;
import fi.kohtaamo.catalogue.domain.PublishingStatus;
import fi.kohtaamo.catalogue.repository.ChannelRepository;
import fi.kohtaamo.catalogue.repository.OrganisationRepository;
import fi.kohtaamo.catalogue.repository.ServiceRepository;
import fi.kohtaamo.catalogue.repository.ServiceSearch;
import fi.kohtaamo.problem.ProblemException;
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
    private final ChannelRepository channels;

    public CatalogueQueries(ServiceRepository services, OrganisationRepository organisations, ChannelRepository channels) {
        this.services = services;
        this.organisations = organisations;
        this.channels = channels;
    }

    public ServiceRepository.Found search(ServiceSearch search, int page, int size) {
        return services.search(search, page, size);
    }

    /**
     * A published service; a draft or withdrawn one only for a catalogue admin of its own
     * organisation (anyone else gets the same 404 as for no service at all).
     */
    public CatalogueService service(UUID id, Caller caller) {
        CatalogueService service = services.findByIdOptional(id).orElseThrow(() -> ProblemException.notFound("Service", id));
        if (service.status != PublishingStatus.PUBLISHED && !Admins.administers(caller, service.organisation.code)) {
            throw ProblemException.notFound("Service", id);
        }
        return service;
    }

    /** A service channel: public, whatever the status of the services that use it. */
    public Channel channel(UUID id) {
        return channels.findByIdOptional(id).orElseThrow(() -> ProblemException.notFound("Channel", id));
    }

    public List<Organisation> organisations() {
        return organisations.allByCode();
    }

    public Organisation organisation(UUID id) {
        return organisations.findByIdOptional(id).orElseThrow(() -> ProblemException.notFound("Organisation", id));
    }
}
