package fi.kohtaamo.routing.repository;

import fi.kohtaamo.routing.domain.Macro;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class MacroRepository implements PanacheRepositoryBase<Macro, UUID> {

    public List<Macro> ofOrganisation(String organisation) {
        return list("organisation = ?1 order by lower(name), id", organisation);
    }

    public boolean nameTaken(String organisation, String name, UUID except) {
        return count("organisation = ?1 and lower(name) = lower(?2) and id <> ?3", organisation, name, except) > 0;
    }
}
