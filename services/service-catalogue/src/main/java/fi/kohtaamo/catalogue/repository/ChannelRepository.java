package fi.kohtaamo.catalogue.repository;

import fi.kohtaamo.catalogue.domain.Channel;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class ChannelRepository implements PanacheRepositoryBase<Channel, UUID> {

    /** An organisation's channels, by id: the order a PTV export lists them in. */
    public List<Channel> ofOrganisation(UUID organisationId) {
        return list("organisationId", Sort.by("id"), organisationId);
    }

    /** A channel locked for the rest of the transaction: its version check and change cannot interleave. */
    public java.util.Optional<Channel> lockedById(UUID id) {
        return findByIdOptional(id, jakarta.persistence.LockModeType.PESSIMISTIC_WRITE);
    }
}
