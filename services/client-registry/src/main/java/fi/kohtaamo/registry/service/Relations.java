package fi.kohtaamo.registry.service;

import fi.kohtaamo.caller.Caller;
import fi.kohtaamo.problem.Problem;
import fi.kohtaamo.problem.ProblemException;
import fi.kohtaamo.registry.domain.Client;
import fi.kohtaamo.registry.domain.ClientRelation;
import fi.kohtaamo.registry.domain.StakeholderRole;
import fi.kohtaamo.registry.repository.ClientRelationRepository;
import fi.kohtaamo.registry.repository.ClientRepository;
import fi.kohtaamo.registry.repository.StakeholderRoleRepository;
import fi.kohtaamo.registry.repository.StakeholderRoleSetRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Who acts for whom, and which roles an organisation holds towards each agency, as known to one
 * agency. Everyone, registry administration included, sees and changes those of their own agency
 * only: another agency's relation or role set is a 404. Changes name the version they replace
 * (If-Match) and are checked under a row lock.
 */
@ApplicationScoped
@Transactional
public class Relations {

    private final ClientRegistry registry;
    private final ClientChanges changes;
    private final ClientRepository clients;
    private final ClientRelationRepository relations;
    private final StakeholderRoleRepository roles;
    private final StakeholderRoleSetRepository roleSets;

    public Relations(ClientRegistry registry, ClientChanges changes, ClientRepository clients,
                     ClientRelationRepository relations, StakeholderRoleRepository roles, StakeholderRoleSetRepository roleSets) {
        this.registry = registry;
        this.changes = changes;
        this.clients = clients;
        this.relations = relations;
        this.roles = roles;
        this.roleSets = roleSets;
    }

    /** The roles a client holds towards one agency, with the set's version (0: never set). */
    public record RoleSet(String agency, List<StakeholderRole> roles, int version) {
    }

    /** A relation with the names of both sides, for display. */
    public record RelationView(ClientRelation relation, String personName, String organisationName) {
    }

    /**
     * Records a relation in the caller's own agency's work ({@code agency}, when named, must be it).
     * The person's row is locked first, so two identical requests at once give one relation and one 409.
     */
    public RelationView relate(UUID personId, UUID organisationId, ClientRelation.Kind kind, String agency,
                               LocalDate validFrom, LocalDate validUntil, Caller caller) {
        String own = ownAgency(caller);
        if (agency != null && !agency.equals(own)) {
            throw ProblemException.invalid("agency", "must be your own agency, " + own);
        }
        Client person = registry.lockAtVersion(personId, null);
        if (person.kind != Client.Kind.PERSON) {
            throw ProblemException.invalid("personId", "only a person acts for an organisation");
        }
        Client organisation;
        try {
            organisation = registry.find(organisationId);
        } catch (ProblemException e) {
            throw ProblemException.invalid("organisationId", "no such active client");
        }
        if (organisation.kind == Client.Kind.PERSON) {
            throw ProblemException.invalid("organisationId", "must be an organisation or a community");
        }
        if (validFrom != null && validUntil != null && validUntil.isBefore(validFrom)) {
            throw ProblemException.invalid("validUntil", "must not be before validFrom");
        }
        String inAgency = own;
        ClientRelation recorded = relations.recorded(personId, organisationId, kind, inAgency);
        if (recorded != null) {
            throw new ProblemException(Problem.of(409, "relation-exists", "Relation already recorded",
                            "This person is already recorded as " + kind + " of this organisation in " + inAgency)
                    .with("existingId", recorded.id)
                    .withViolations(List.of(new Problem.Violation("organisationId", "already recorded with this kind"))));
        }
        ClientRelation relation = new ClientRelation();
        relation.id = UUID.randomUUID();
        relation.personId = personId;
        relation.organisationId = organisationId;
        relation.kind = kind;
        relation.agency = inAgency;
        relation.validFrom = validFrom;
        relation.validUntil = validUntil;
        relation.version = 1;
        relation.createdAt = ClientChanges.now();
        relation.createdBy = caller.subject();
        relation.persist();
        ClientRegistry.audit(personId, caller, "UPDATE", "relation " + kind + " to " + organisationId + " recorded");
        return new RelationView(relation, person.displayName(), organisation.displayName());
    }

    /** A person's own relations, every agency's, for the person themself. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<RelationView> ownRelations(UUID personId) {
        List<ClientRelation> own = relations.ofPerson(personId);
        Map<UUID, Client> organisations = byId(own.stream().map(r -> r.organisationId).collect(Collectors.toSet()));
        String name = clients.findById(personId).displayName();
        return own.stream().map(r -> new RelationView(r, name, organisations.get(r.organisationId).displayName())).toList();
    }

    /**
     * Removes a relation at the version read (If-Match): its row is locked before the version is
     * compared, so a relation changed meanwhile (a merge re-pointing it) is a 412 and one removed
     * meanwhile a 404. Another agency's relation is a 404, as if it did not exist.
     */
    public void unrelate(UUID clientId, UUID relationId, int expectedVersion, Caller caller) {
        ClientRelation relation = lockedAt(clientId, relationId, expectedVersion, caller);
        relation.delete();
        ClientRegistry.audit(relation.personId, caller, "UPDATE", "relation " + relation.kind + " to "
                + relation.organisationId + " removed");
    }

    /**
     * Changes a relation's validity period at the version read (If-Match), under the same row lock
     * and rules as a removal; the period's end must not be before its start (400 naming
     * {@code validUntil}). Raises the relation's version; audited.
     */
    public RelationView changeValidity(UUID clientId, UUID relationId, int expectedVersion, LocalDate validFrom,
                                       LocalDate validUntil, Caller caller) {
        ClientRelation relation = lockedAt(clientId, relationId, expectedVersion, caller);
        if (validFrom != null && validUntil != null && validUntil.isBefore(validFrom)) {
            throw ProblemException.invalid("validUntil", "must not be before validFrom");
        }
        relation.validFrom = validFrom;
        relation.validUntil = validUntil;
        relation.version++;
        ClientRegistry.audit(relation.personId, caller, "UPDATE", "relation " + relation.kind + " to "
                + relation.organisationId + " valid from " + validFrom + " until " + validUntil);
        Map<UUID, Client> named = byId(Set.of(relation.personId, relation.organisationId));
        return new RelationView(relation, named.get(relation.personId).displayName(),
                named.get(relation.organisationId).displayName());
    }

    /**
     * The client's relation in the caller's own agency, its row locked, at the version read: a 412
     * with {@code currentVersion} when it changed, a 404 when it is another agency's, another
     * client's or removed meanwhile.
     */
    private ClientRelation lockedAt(UUID clientId, UUID relationId, int expectedVersion, Caller caller) {
        String own = ownAgency(caller);
        registry.find(clientId);
        ClientRelation relation = relations.lock(relationId)
                .filter(r -> r.personId.equals(clientId) || r.organisationId.equals(clientId))
                .filter(r -> r.agency.equals(own))
                .orElseThrow(() -> ProblemException.notFound("Relation", relationId));
        if (relation.version != expectedVersion) {
            throw new ProblemException(Problem.of(412, "precondition-failed", "Precondition failed",
                    "The relation is at version " + relation.version + ", not " + expectedVersion)
                    .with("currentVersion", relation.version));
        }
        return relation;
    }

    /**
     * A client's relations, from either side, known to the caller's own agency (registry
     * administration's included: what one agency knows of who acts for whom is not another's).
     * Reading who acts for whom reads personal data, so it is audited with its purpose.
     */
    public List<RelationView> relationsOf(UUID clientId, String purpose, Caller caller) {
        Client client = registry.find(clientId);
        List<ClientRelation> known = relations.involving(clientId, ownAgency(caller));
        Map<UUID, Client> named = byId(known.stream().flatMap(r -> java.util.stream.Stream.of(r.personId, r.organisationId))
                .collect(Collectors.toSet()));
        for (UUID person : known.stream().map(r -> r.personId).collect(Collectors.toSet())) {
            ClientRegistry.audit(person, caller, "READ", purpose);
        }
        if (client.kind == Client.Kind.PERSON && known.isEmpty()) {
            ClientRegistry.audit(client.id, caller, "READ", purpose);
        }
        return known.stream().map(r -> new RelationView(r, named.get(r.personId).displayName(),
                named.get(r.organisationId).displayName())).toList();
    }

    private Map<UUID, Client> byId(Set<UUID> ids) {
        return clients.withIds(ids).stream().collect(Collectors.toMap(c -> c.id, Function.identity()));
    }

    /**
     * Sets the roles an organisation holds towards the caller's own agency (an empty set removes
     * them all) at the set's version read (If-Match): the client's row and then the set's are locked
     * before the version is compared, so of two changes made on the same reading one is a 412.
     * Another agency's roles are a 404.
     */
    public RoleSet setRoles(UUID clientId, String agency, int expectedVersion, Set<StakeholderRole.Role> roles, Caller caller) {
        String own = ownAgency(caller);
        registry.find(clientId);
        if (!agency.equals(own)) {
            throw ProblemException.notFound("Stakeholder roles towards", agency);
        }
        Client client = registry.lockAtVersion(clientId, null);
        if (client.kind == Client.Kind.PERSON) {
            throw ProblemException.invalid("clientId", "stakeholder roles are held by organisations and communities");
        }
        var set = roleSets.lock(clientId, agency);
        int version = set == null ? 0 : set.version;
        if (version != expectedVersion) {
            throw new ProblemException(Problem.of(412, "precondition-failed", "Precondition failed",
                    "The roles towards " + agency + " are at version " + version + ", not " + expectedVersion)
                    .with("currentVersion", version));
        }
        List<StakeholderRole> held = this.roles.heldTowards(clientId, agency);
        Set<StakeholderRole.Role> before = held.stream().map(r -> r.role)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(StakeholderRole.Role.class)));
        for (StakeholderRole role : held) {
            if (!roles.contains(role.role)) {
                role.delete();
            }
        }
        for (StakeholderRole.Role role : roles) {
            if (!before.contains(role)) {
                StakeholderRole added = new StakeholderRole();
                added.id = UUID.randomUUID();
                added.clientId = clientId;
                added.agency = agency;
                added.role = role;
                added.since = LocalDate.now(java.time.ZoneId.of("Europe/Helsinki"));
                added.persist();
            }
        }
        if (!before.equals(roles)) {
            this.roles.flush();
            version = roleSets.raise(clientId, agency);
            changes.changed(client);
            ClientRegistry.audit(clientId, caller, "UPDATE", "stakeholder roles towards " + agency + " set to " + roles);
        }
        return new RoleSet(agency, this.roles.heldTowardsByRole(clientId, agency), version);
    }

    /** The roles the client holds towards the caller's own agency, with the set's version. */
    public RoleSet rolesOf(UUID clientId, Caller caller) {
        String own = ownAgency(caller);
        registry.find(clientId);
        return new RoleSet(own, roles.heldTowardsByRole(clientId, own), roleSets.versionOf(clientId, own));
    }

    /** An agency's stakeholders: organisations holding a role towards it, with their names. */
    public record Stakeholder(UUID clientId, String name, String businessId, String organisationType,
                              List<StakeholderRole.Role> roles) {
    }

    public List<Stakeholder> stakeholders(String agency, StakeholderRole.Role role, Caller caller) {
        String of = ownAgency(caller);
        if (agency != null && !agency.equals(of)) {
            throw ProblemException.forbidden("Stakeholders of another agency are not shown to you");
        }
        Map<UUID, List<StakeholderRole.Role>> byClient = new java.util.LinkedHashMap<>();
        for (StakeholderRole held : roles.towardsAgency(of, role)) {
            byClient.computeIfAbsent(held.clientId, id -> new ArrayList<>()).add(held.role);
        }
        List<Stakeholder> result = new ArrayList<>();
        for (Client client : clients.activeWithIdsByName(byClient.keySet())) {
            result.add(new Stakeholder(client.id, client.name, client.businessId, client.organisationType,
                    List.copyOf(byClient.get(client.id))));
        }
        return result;
    }

    /** The caller's own agency, the only one whose relations and roles they see or change. */
    private static String ownAgency(Caller caller) {
        if (caller.organisation() == null) {
            throw ProblemException.forbidden("Your account names no organisation");
        }
        return caller.organisation();
    }
}
