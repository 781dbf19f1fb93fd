package fi.kohtaamo.registry.repository;

import fi.kohtaamo.registry.domain.StakeholderRoleSet;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;

import java.util.UUID;

@ApplicationScoped
public class StakeholderRoleSetRepository implements PanacheRepositoryBase<StakeholderRoleSet, StakeholderRoleSet.Key> {

    /** The version of a client's roles towards the agency; 0 when they were never set. */
    public int versionOf(UUID clientId, String agency) {
        return findByIdOptional(new StakeholderRoleSet.Key(clientId, agency)).map(set -> set.version).orElse(0);
    }

    /** The set's row, locked until the transaction ends; null when the set was never changed. */
    public StakeholderRoleSet lock(UUID clientId, String agency) {
        return findById(new StakeholderRoleSet.Key(clientId, agency), LockModeType.PESSIMISTIC_WRITE);
    }

    /** Raises the version of the client's roles towards the agency (creating the row at 1); the new version. */
    public int raise(UUID clientId, String agency) {
        StakeholderRoleSet set = lock(clientId, agency);
        if (set == null) {
            set = new StakeholderRoleSet();
            set.key = new StakeholderRoleSet.Key(clientId, agency);
            set.version = 1;
            persist(set);
        } else {
            set.version++;
        }
        return set.version;
    }

    /** Raises every set of the client (its roles were erased or moved away). */
    public int raiseAllOf(UUID clientId) {
        return update("version = version + 1 where key.clientId = ?1", clientId);
    }
}
