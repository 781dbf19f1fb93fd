package fi.kohtaamo.registry.repository;

import fi.kohtaamo.registry.domain.StakeholderRole;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class StakeholderRoleRepository implements PanacheRepositoryBase<StakeholderRole, UUID> {

    public List<StakeholderRole> ofClient(UUID clientId) {
        return list("clientId", clientId);
    }

    /** A client's roles towards every agency, by agency and role (the order events carry them in). */
    public List<StakeholderRole> ofClientByAgency(UUID clientId) {
        return list("clientId", Sort.by("agency").and("role"), clientId);
    }

    /** A client's roles towards the agency (null: every agency), by agency and role. */
    public List<StakeholderRole> ofClientTowards(UUID clientId, String agency) {
        return list("clientId = :id and (:agency is null or agency = :agency)", Sort.by("agency").and("role"),
                Parameters.with("id", clientId).and("agency", agency));
    }

    public List<StakeholderRole> heldTowards(UUID clientId, String agency) {
        return list("clientId = ?1 and agency = ?2", clientId, agency);
    }

    public List<StakeholderRole> heldTowardsByRole(UUID clientId, String agency) {
        return list("clientId = ?1 and agency = ?2", Sort.by("role"), clientId, agency);
    }

    public boolean isHeld(UUID clientId, String agency, StakeholderRole.Role role) {
        return count("clientId = ?1 and agency = ?2 and role = ?3", clientId, agency, role) > 0;
    }

    /** Roles held towards the agency, only the given role unless null, by client and role. */
    public List<StakeholderRole> towardsAgency(String agency, StakeholderRole.Role role) {
        return list("agency = :agency and (:role is null or role = :role)",
                Sort.by("clientId").and("role"), Parameters.with("agency", agency).and("role", role));
    }

    /** Removes all the client's roles (an erasure); each role set's version rises, so a change read before is stale. */
    public long deleteOfClient(UUID clientId) {
        getEntityManager().createQuery("update StakeholderRoleSet set version = version + 1 where key.clientId = :id")
                .setParameter("id", clientId).executeUpdate();
        return delete("clientId", clientId);
    }
}
