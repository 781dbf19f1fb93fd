package fi.kohtaamo.routing.repository;

import fi.kohtaamo.routing.domain.KnownOrganisation;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.UUID;

@ApplicationScoped
public class KnownOrganisationRepository implements PanacheRepositoryBase<KnownOrganisation, UUID> {
}
