package fi.kohtaamo.registry.repository;

import fi.kohtaamo.registry.domain.ClientRelation;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class ClientRelationRepository implements PanacheRepositoryBase<ClientRelation, UUID> {

    public boolean isRecorded(UUID personId, UUID organisationId, ClientRelation.Kind kind, String agency) {
        return count("personId = ?1 and organisationId = ?2 and kind = ?3 and agency = ?4",
                personId, organisationId, kind, agency) > 0;
    }

    /** The relation recorded with these four, or null. */
    public ClientRelation recorded(UUID personId, UUID organisationId, ClientRelation.Kind kind, String agency) {
        return find("personId = ?1 and organisationId = ?2 and kind = ?3 and agency = ?4",
                personId, organisationId, kind, agency).firstResult();
    }

    /** A relation, its row locked until the transaction ends (a version check before a removal). */
    public java.util.Optional<ClientRelation> lock(UUID id) {
        return find("id", id).withLock(jakarta.persistence.LockModeType.PESSIMISTIC_WRITE).firstResultOptional();
    }

    /** The relations a client is on either side of. */
    public List<ClientRelation> involving(UUID clientId) {
        return list("personId = ?1 or organisationId = ?1", clientId);
    }

    /** The relations a client is on either side of, known to the agency (null: every agency's), by agency and kind. */
    public List<ClientRelation> involving(UUID clientId, String agency) {
        return find("(personId = :id or organisationId = :id) and (:agency is null or agency = :agency)",
                Sort.by("agency").and("kind"),
                Parameters.with("id", clientId).and("agency", agency)).list();
    }

    /** A person's relations, by agency and kind. */
    public List<ClientRelation> ofPerson(UUID personId) {
        return list("personId", Sort.by("agency").and("kind"), personId);
    }

    public long deleteInvolving(UUID clientId) {
        return delete("personId = ?1 or organisationId = ?1", clientId);
    }
}
