package fi.kohtaamo.registry.repository;

import fi.kohtaamo.registry.domain.ContactLink;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.UUID;

@ApplicationScoped
public class ContactLinkRepository implements PanacheRepositoryBase<ContactLink, UUID> {
}
