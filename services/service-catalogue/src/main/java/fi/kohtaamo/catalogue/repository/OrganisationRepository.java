package fi.kohtaamo.catalogue.repository;

import fi.kohtaamo.catalogue.domain.Organisation;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class OrganisationRepository implements PanacheRepositoryBase<Organisation, UUID> {

    /** Every organisation, by code. */
    public List<Organisation> allByCode() {
        return listAll(Sort.by("code"));
    }

    public Optional<Organisation> findByCode(String code) {
        return code == null ? Optional.empty() : find("code", code).firstResultOptional();
    }
}
