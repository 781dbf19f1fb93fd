package fi.kohtaamo.feedback.repository;

import fi.kohtaamo.feedback.domain.KnownService;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.UUID;

@ApplicationScoped
public class KnownServiceRepository implements PanacheRepositoryBase<KnownService, UUID> {

    /** Whether the catalogue has told us of any service of the organisation. */
    public boolean anyOf(String organisation) {
        return count("organisation", organisation) > 0;
    }

    /** The organisation's published services (the catalogue's, as told to this service), by their code. */
    public java.util.List<KnownService> ofOrganisation(String organisation) {
        return list("organisation = ?1 and status = 'PUBLISHED' order by code", organisation);
    }
}
