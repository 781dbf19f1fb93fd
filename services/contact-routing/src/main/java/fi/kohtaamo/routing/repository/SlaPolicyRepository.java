package fi.kohtaamo.routing.repository;

import fi.kohtaamo.routing.domain.SlaPolicy;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class SlaPolicyRepository implements PanacheRepositoryBase<SlaPolicy, UUID> {

    /** An organisation's service-level policies, by code. */
    public List<SlaPolicy> ofOrganisation(String organisation) {
        return list("organisation = ?1 order by code", organisation);
    }
}
