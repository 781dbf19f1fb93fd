package fi.kohtaamo.registry.service;

import fi.kohtaamo.caller.Caller;
import fi.kohtaamo.problem.ProblemException;
import fi.kohtaamo.registry.domain.Client;
import fi.kohtaamo.registry.domain.ClientRelation;
import fi.kohtaamo.registry.domain.StakeholderRole;
import fi.kohtaamo.registry.repository.ClientRelationRepository;
import fi.kohtaamo.registry.repository.ClientRepository;
import fi.kohtaamo.registry.repository.StakeholderRoleRepository;
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
 * Who acts for whom, and which roles an organisation holds towards each agency. Registry
 * administration records them; other staff see those of their own agency only.
 */
@ApplicationScoped
@Transactional
public class Relations {

    private final ClientRegistry registry;
    private final ClientChanges changes;
    private final ClientRepository clients;
    private final ClientRelationRepository relations;
    private final StakeholderRoleRepository roles;

    public Relations(ClientRegistry registry, ClientChanges changes, ClientRepository clients,
                     ClientRelationRepository relations, StakeholderRoleRepository roles) {
        this.registry = registry;
        this.changes = changes;
        this.clients = clients;
        this.relations = relations;
        this.roles = roles;
    }

    /** A relation with the names of both sides, for display. */
    public record RelationView(ClientRelation relation, String personName, String organisationName) {
    }

    public RelationView relate(UUID personId, UUID organisationId, ClientRelation.Kind kind, String agency,
                               LocalDate validFrom, LocalDate validUntil, Caller caller) {
        Client person = registry.find(personId);
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
        String inAgency = agency != null ? agency : caller.organisation();
        if (inAgency == null) {
            throw ProblemException.invalid("agency", "name the agency in whose work the relation is known");
        }
        if (relations.isRecorded(personId, organisationId, kind, inAgency)) {
            throw ProblemException.conflict("This relation is already recorded");
        }
        ClientRelation relation = new ClientRelation();
        relation.id = UUID.randomUUID();
        relation.personId = personId;
        relation.organisationId = organisationId;
        relation.kind = kind;
        relation.agency = inAgency;
        relation.validFrom = validFrom;
        relation.validUntil = validUntil;
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

    public void unrelate(UUID clientId, UUID relationId, Caller caller) {
        ClientRelation relation = relations.findByIdOptional(relationId)
                .filter(r -> r.personId.equals(clientId) || r.organisationId.equals(clientId))
                .orElseThrow(() -> ProblemException.notFound("Relation", relationId));
        relation.delete();
        ClientRegistry.audit(relation.personId, caller, "UPDATE", "relation " + relation.kind + " to "
                + relation.organisationId + " removed");
    }

    /**
     * A client's relations, from either side. Registry administration and auditors see all;
     * other staff those known to their own agency. Reading who acts for whom reads personal data,
     * so it is audited with its purpose.
     */
    public List<RelationView> relationsOf(UUID clientId, String purpose, Caller caller) {
        Client client = registry.find(clientId);
        List<ClientRelation> known = relations.involving(clientId, agencyScope(caller));
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

    /** Sets the roles an organisation holds towards one agency (an empty set removes them all). */
    public List<StakeholderRole> setRoles(UUID clientId, String agency, Set<StakeholderRole.Role> roles, Caller caller) {
        Client client = registry.find(clientId);
        if (client.kind == Client.Kind.PERSON) {
            throw ProblemException.invalid("clientId", "stakeholder roles are held by organisations and communities");
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
            changes.changed(client);
            ClientRegistry.audit(clientId, caller, "UPDATE", "stakeholder roles towards " + agency + " set to " + roles);
        }
        return this.roles.heldTowardsByRole(clientId, agency);
    }

    public List<StakeholderRole> rolesOf(UUID clientId, Caller caller) {
        registry.find(clientId);
        return roles.ofClientTowards(clientId, agencyScope(caller));
    }

    /** An agency's stakeholders: organisations holding a role towards it, with their names. */
    public record Stakeholder(UUID clientId, String name, String businessId, String organisationType,
                              List<StakeholderRole.Role> roles) {
    }

    public List<Stakeholder> stakeholders(String agency, StakeholderRole.Role role, Caller caller) {
        String scope = agencyScope(caller);
        String of = scope != null ? scope : agency;
        if (of == null) {
            throw ProblemException.invalid("agency", "name the agency");
        }
        if (scope != null && agency != null && !agency.equals(scope)) {
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

    /** null for those who see every agency's relations; otherwise the caller's own agency. */
    private static String agencyScope(Caller caller) {
        if (caller.roles().contains("registry-admin") || caller.roles().contains("auditor")) {
            return null;
        }
        if (caller.organisation() == null) {
            throw ProblemException.forbidden("Your account names no organisation");
        }
        return caller.organisation();
    }
}
