package fi.kohtaamo.routing.repository;

import fi.kohtaamo.routing.domain.KnownService;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class KnownServiceRepository implements PanacheRepositoryBase<KnownService, UUID> {

    /** The published service of a catalogue service code (Open311's service_code). */
    public Optional<KnownService> findPublishedByCode(String code) {
        return find("code = ?1 and status = 'PUBLISHED' order by upstream.time desc", code).firstResultOptional();
    }

    /** The published services of an organisation. */
    public List<KnownService> publishedOf(String organisation) {
        return list("organisation = ?1 and status = 'PUBLISHED'", organisation);
    }
}
