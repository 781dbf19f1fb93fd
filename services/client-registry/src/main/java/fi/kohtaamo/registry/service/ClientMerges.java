package fi.kohtaamo.registry.service;

import fi.kohtaamo.caller.Caller;
import fi.kohtaamo.outbox.Outbox;
import fi.kohtaamo.problem.Problem;
import fi.kohtaamo.problem.ProblemException;
import fi.kohtaamo.registry.contract.ClientMergedV1;
import fi.kohtaamo.registry.domain.Client;
import fi.kohtaamo.registry.domain.ClientRelation;
import fi.kohtaamo.registry.domain.ErasureRequest;
import fi.kohtaamo.registry.domain.StakeholderRole;
import fi.kohtaamo.registry.repository.ClientRelationRepository;
import fi.kohtaamo.registry.repository.ClientRepository;
import fi.kohtaamo.registry.repository.DataExportRepository;
import fi.kohtaamo.registry.repository.ErasureRequestRepository;
import fi.kohtaamo.registry.repository.StakeholderRoleRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * Merges a duplicate into the client that stays: the survivor keeps its own data, gains what only
 * the duplicate had (identifiers, sign-in link, contact details, tags, relations, roles), and
 * {@code client.merged} tells every other service to re-point its references.
 */
@ApplicationScoped
@Transactional
public class ClientMerges {

    private final ClientRegistry registry;
    private final ClientChanges changes;
    private final Segments segments;
    private final Outbox outbox;
    private final ClientRepository clients;
    private final ClientRelationRepository relations;
    private final StakeholderRoleRepository roles;
    private final fi.kohtaamo.registry.repository.StakeholderRoleSetRepository roleSets;
    private final ErasureRequestRepository erasureRequests;
    private final DataExportRepository exports;

    public ClientMerges(ClientRegistry registry, ClientChanges changes, Segments segments, Outbox outbox,
                        ClientRepository clients, ClientRelationRepository relations, StakeholderRoleRepository roles,
                        fi.kohtaamo.registry.repository.StakeholderRoleSetRepository roleSets,
                        ErasureRequestRepository erasureRequests, DataExportRepository exports) {
        this.registry = registry;
        this.changes = changes;
        this.segments = segments;
        this.outbox = outbox;
        this.clients = clients;
        this.relations = relations;
        this.roles = roles;
        this.roleSets = roleSets;
        this.erasureRequests = erasureRequests;
        this.exports = exports;
    }

    /** The duplicate, its row locked; one that is not an active client is the request's fault (400). */
    private Client lockDuplicate(UUID duplicateId) {
        try {
            return registry.lockAtVersion(duplicateId, null);
        } catch (ProblemException e) {
            throw ProblemException.invalid("duplicateId", "no such active client");
        }
    }

    /**
     * Merges at the versions the administrator saw: the survivor's always ({@code survivorVersion},
     * If-Match), the duplicate's when named. Both rows are locked, in the order of their ids so that
     * two merges of the same pair (either way round) never deadlock, before either version is compared.
     */
    public Client merge(UUID survivorId, int survivorVersion, UUID duplicateId, Integer duplicateVersion, String reason,
                        Caller caller) {
        if (survivorId.equals(duplicateId)) {
            throw ProblemException.invalid("duplicateId", "a client is not merged into itself");
        }
        boolean survivorFirst = survivorId.compareTo(duplicateId) < 0;
        Client first = survivorFirst ? registry.lockAtVersion(survivorId, survivorVersion) : null;
        Client duplicate = lockDuplicate(duplicateId);
        Client survivor = survivorFirst ? first : registry.lockAtVersion(survivorId, survivorVersion);
        if (duplicateVersion != null && duplicate.version != duplicateVersion) {
            throw new ProblemException(Problem.of(412, "precondition-failed", "Precondition failed",
                    "The duplicate is at version " + duplicate.version + ", not " + duplicateVersion)
                    .with("currentVersion", duplicate.version).with("field", "duplicateVersion"));
        }
        if (survivor.kind != duplicate.kind) {
            throw ProblemException.invalid("duplicateId", "a " + duplicate.kind + " is not merged into a " + survivor.kind);
        }
        refuseDifferent("identityCode", survivor.identityCodeHash, duplicate.identityCodeHash);
        refuseDifferent("businessId", survivor.businessId, duplicate.businessId);
        refuseDifferent("keycloakSubject", survivor.keycloakSubject, duplicate.keycloakSubject);

        // Unique identifiers move in two steps, so the database never sees them twice.
        String identityCodeHash = duplicate.identityCodeHash;
        String identityCodeEncrypted = duplicate.identityCodeEncrypted;
        String businessId = duplicate.businessId;
        String subject = duplicate.keycloakSubject;
        duplicate.identityCodeHash = null;
        duplicate.identityCodeEncrypted = null;
        duplicate.businessId = null;
        duplicate.keycloakSubject = null;
        clients.flush();
        if (survivor.identityCodeHash == null && identityCodeHash != null) {
            survivor.identityCodeHash = identityCodeHash;
            survivor.identityCodeEncrypted = identityCodeEncrypted;
        }
        if (survivor.businessId == null) {
            survivor.businessId = businessId;
        }
        if (survivor.keycloakSubject == null) {
            survivor.keycloakSubject = subject;
        }
        survivor.firstName = firstNonNull(survivor.firstName, duplicate.firstName);
        survivor.lastName = firstNonNull(survivor.lastName, duplicate.lastName);
        survivor.name = firstNonNull(survivor.name, duplicate.name);
        survivor.birthDate = firstNonNull(survivor.birthDate, duplicate.birthDate);
        survivor.organisationType = firstNonNull(survivor.organisationType, duplicate.organisationType);
        survivor.industryCode = firstNonNull(survivor.industryCode, duplicate.industryCode);
        survivor.sizeClass = firstNonNull(survivor.sizeClass, duplicate.sizeClass);
        survivor.municipalityCode = firstNonNull(survivor.municipalityCode, duplicate.municipalityCode);
        survivor.emails = union(survivor.emails, duplicate.emails);
        survivor.phones = union(survivor.phones, duplicate.phones);
        survivor.preferredChannels = union(survivor.preferredChannels, duplicate.preferredChannels);
        duplicate.addresses.stream().filter(address -> !survivor.addresses.contains(address))
                .forEach(survivor.addresses::add);
        survivor.addresses = new ArrayList<>(survivor.addresses);

        moveRelations(duplicate.id, survivor.id);
        moveRoles(duplicate.id, survivor.id);
        moveErasureRequests(duplicate.id, survivor.id);
        exports.deleteAllOf(duplicate.id);
        segments.moveManualTags(duplicate.id, survivor.id);
        clients.repointMerged(duplicate.id, survivor.id);

        duplicate.mergeInto(survivor.id, ClientChanges.now());

        ClientRegistry.audit(duplicate.id, caller, "MERGE", "merged into " + survivor.id + ": " + reason);
        ClientRegistry.audit(survivor.id, caller, "MERGE", "absorbed " + duplicate.id + ": " + reason);
        outbox.emit(ClientMergedV1.TYPE, duplicate.id.toString(),
                new ClientMergedV1(survivor.id, duplicate.id, duplicate.updatedAt));
        changes.changed(survivor);
        return survivor;
    }

    private static void refuseDifferent(String field, String survivors, String duplicates) {
        if (survivors != null && duplicates != null && !survivors.equals(duplicates)) {
            throw new ProblemException(fi.kohtaamo.problem.Problem.of(409, "not-the-same-client", "Not the same client",
                            "The clients have different " + field + " values, so they are not duplicates")
                    .withViolations(List.of(new fi.kohtaamo.problem.Problem.Violation("duplicateId", "different " + field))));
        }
    }

    private void moveRelations(UUID from, UUID to) {
        for (ClientRelation relation : relations.involving(from)) {
            UUID person = relation.personId.equals(from) ? to : relation.personId;
            UUID organisation = relation.organisationId.equals(from) ? to : relation.organisationId;
            boolean known = relations.isRecorded(person, organisation, relation.kind, relation.agency);
            if (known || person.equals(organisation)) {
                relation.delete();
            } else {
                relation.personId = person;
                relation.organisationId = organisation;
                relation.version++;
            }
            relations.flush();
        }
    }

    private void moveRoles(UUID from, UUID to) {
        java.util.Set<String> gained = new java.util.TreeSet<>();
        for (StakeholderRole role : roles.ofClient(from)) {
            if (roles.isHeld(to, role.agency, role.role)) {
                role.delete();
            } else {
                role.clientId = to;
                gained.add(role.agency);
            }
        }
        roles.flush();
        // A role set read before the merge is not the one after it: its If-Match is stale.
        gained.forEach(agency -> roleSets.raise(to, agency));
        roleSets.raiseAllOf(from);
    }

    private void moveErasureRequests(UUID from, UUID to) {
        boolean survivorHasOpen = erasureRequests.hasOpen(to);
        for (ErasureRequest request : erasureRequests.ofClient(from)) {
            if (request.status == ErasureRequest.Status.REQUESTED && survivorHasOpen) {
                request.reject("registry", "superseded by the open request on the client this one was merged into",
                        ClientChanges.now());
            }
            request.clientId = to;
        }
        erasureRequests.flush();
    }

    private static <T> T firstNonNull(T first, T second) {
        return first != null ? first : second;
    }

    private static List<String> union(List<String> first, List<String> second) {
        LinkedHashSet<String> all = new LinkedHashSet<>(first);
        second.stream().filter(Objects::nonNull).forEach(all::add);
        return new ArrayList<>(all);
    }
}
