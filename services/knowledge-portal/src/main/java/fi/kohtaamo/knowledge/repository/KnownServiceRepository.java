package fi.kohtaamo.knowledge.repository;

import fi.kohtaamo.knowledge.domain.KnownService;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.UUID;

@ApplicationScoped
public class KnownServiceRepository implements PanacheRepositoryBase<KnownService, UUID> {
}
