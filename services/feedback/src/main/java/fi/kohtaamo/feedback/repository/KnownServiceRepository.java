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
}
