package fi.kohtaamo.routing.repository;

import fi.kohtaamo.routing.domain.KnownSegment;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.Collection;
import java.util.List;

@ApplicationScoped
public class KnownSegmentRepository implements PanacheRepositoryBase<KnownSegment, String> {

    /** The known definitions among these codes, in code order (an unknown code is passed over). */
    public List<KnownSegment> inCodeOrder(Collection<String> codes) {
        return codes.isEmpty() ? List.of() : list("code in ?1", Sort.by("code"), codes);
    }
}
