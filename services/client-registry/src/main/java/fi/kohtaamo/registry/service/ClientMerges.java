package fi.kohtaamo.registry.service;

import fi.kohtaamo.caller.Caller;
import fi.kohtaamo.outbox.Outbox;
import fi.kohtaamo.problem.ProblemException;
import fi.kohtaamo.registry.contract.ClientMergedV1;
import fi.kohtaamo.registry.domain.Client;
import fi.kohtaamo.registry.domain.ClientRelation;
import fi.kohtaamo.registry.domain.DataExport;
import fi.kohtaamo.registry.domain.ErasureRequest;
import fi.kohtaamo.registry.domain.StakeholderRole;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
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
    private final EntityManager entityManager;

    public ClientMerges(ClientRegistry registry, ClientChanges changes, Segments segments, Outbox outbox,
                        EntityManager entityManager) {
        this.registry = registry;
        this.changes = changes;
        this.segments = segments;
        this.outbox = outbox;
        this.entityManager = entityManager;
    }

    public Client merge(UUID survivorId, UUID duplicateId, String reason, Caller caller) {
        if (survivorId.equals(duplicateId)) {
            throw ProblemException.invalid("duplicateId", "a client is not merged into itself");
        }
        Client survivor = registry.find(survivorId);
        Client duplicate;
        try {
            duplicate = registry.find(duplicateId);
        } catch (ProblemException e) {
            throw ProblemException.invalid("duplicateId", "no such active client");
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
        entityManager.flush();
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
        DataExport.deleteAllOf(duplicate.id);
        segments.moveManualTags(duplicate.id, survivor.id);
        Client.update("mergedInto = ?1 where mergedInto = ?2", survivor.id, duplicate.id);

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

    private static void moveRelations(UUID from, UUID to) {
        for (ClientRelation relation : ClientRelation.<ClientRelation>list("personId = ?1 or organisationId = ?1", from)) {
            UUID person = relation.personId.equals(from) ? to : relation.personId;
            UUID organisation = relation.organisationId.equals(from) ? to : relation.organisationId;
            boolean known = ClientRelation.count("personId = ?1 and organisationId = ?2 and kind = ?3 and agency = ?4",
                    person, organisation, relation.kind, relation.agency) > 0;
            if (known || person.equals(organisation)) {
                relation.delete();
            } else {
                relation.personId = person;
                relation.organisationId = organisation;
            }
            ClientRelation.flush();
        }
    }

    private static void moveRoles(UUID from, UUID to) {
        for (StakeholderRole role : StakeholderRole.<StakeholderRole>list("clientId", from)) {
            if (StakeholderRole.count("clientId = ?1 and agency = ?2 and role = ?3", to, role.agency, role.role) > 0) {
                role.delete();
            } else {
                role.clientId = to;
            }
        }
        StakeholderRole.flush();
    }

    private static void moveErasureRequests(UUID from, UUID to) {
        boolean survivorHasOpen = ErasureRequest.count("clientId = ?1 and status = ?2", to, ErasureRequest.Status.REQUESTED) > 0;
        for (ErasureRequest request : ErasureRequest.<ErasureRequest>list("clientId", from)) {
            if (request.status == ErasureRequest.Status.REQUESTED && survivorHasOpen) {
                request.reject("registry", "superseded by the open request on the client this one was merged into",
                        ClientChanges.now());
            }
            request.clientId = to;
        }
        ErasureRequest.flush();
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
