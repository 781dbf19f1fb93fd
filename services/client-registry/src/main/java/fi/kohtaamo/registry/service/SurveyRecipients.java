package fi.kohtaamo.registry.service;

import fi.kohtaamo.caller.Caller;
import fi.kohtaamo.problem.ProblemException;
import fi.kohtaamo.registry.domain.AuditEntry;
import fi.kohtaamo.registry.domain.Client;
import fi.kohtaamo.registry.domain.StakeholderRole;
import fi.kohtaamo.registry.repository.ClientRepository;
import fi.kohtaamo.registry.repository.SegmentRepository;
import fi.kohtaamo.registry.repository.StakeholderRoleRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * Whom a manager's survey can reach: the active clients of a segment, of a stakeholder role
 * towards the manager's own agency, or of a list of ids, each with one e-mail address and their
 * language. Erased and merged clients, and clients without an address, are never among them. The
 * feedback service asks at the moment a survey is sent, with the manager's own token, so that
 * addresses never travel in events and the registry decides who may read them.
 */
@ApplicationScoped
public class SurveyRecipients {

    /** More recipients than a survey sending handles at once. */
    static final int MAX_IDS = 5000;
    static final String AUDIT_ACTION = "SURVEY_ADDRESS";
    /**
     * The feedback service's own identity (client credentials, client {@code kohtaamo-feedback}),
     * for the scheduled rounds of recurring surveys: it may ask for any organisation's recipients,
     * naming the organisation, here and nowhere else.
     */
    public static final String SENDER_ROLE = "survey-sender";

    private final ClientRepository clients;
    private final SegmentRepository segments;
    private final StakeholderRoleRepository roles;

    public SurveyRecipients(ClientRepository clients, SegmentRepository segments, StakeholderRoleRepository roles) {
        this.clients = clients;
        this.segments = segments;
        this.roles = roles;
    }

    public record Recipient(UUID clientId, String email, String language) {
    }

    /**
     * Each address given out is audited as the manager's read ({@code SURVEY_ADDRESS}), shown to the
     * client too; the service identity's reads are audited as its own, for the organisation named.
     */
    @Transactional
    public List<Recipient> of(Caller asking, String organisation, String segment, String role, List<UUID> clientIds) {
        Caller caller = onBehalfOf(asking, organisation);
        String agency = caller.requireOrganisation();
        int named = (segment == null ? 0 : 1) + (role == null ? 0 : 1) + (clientIds == null ? 0 : 1);
        if (named != 1) {
            throw ProblemException.invalid("segment", "name one of segment, role or clientIds");
        }
        Collection<UUID> ids;
        if (segment != null) {
            if (segments.findById(segment) == null) {
                throw ProblemException.invalid("segment", "no such segment");
            }
            ids = segments.clientIdsIn(segment);
        } else if (role != null) {
            ids = roles.towardsAgency(agency, role(role)).stream().map(held -> held.clientId)
                    .collect(java.util.stream.Collectors.toCollection(java.util.LinkedHashSet::new));
        } else {
            if (clientIds.size() > MAX_IDS || clientIds.contains(null)) {
                throw ProblemException.invalid("clientIds", "1–" + MAX_IDS + " client ids");
            }
            ids = Set.copyOf(clientIds);
        }
        if (ids.isEmpty()) {
            return List.of();
        }
        List<Recipient> found = clients.activeWithIdsByName(ids).stream()
                .filter(client -> client.status == Client.Status.ACTIVE && !client.emails.isEmpty())
                .map(client -> new Recipient(client.id, client.emails.getFirst(), client.preferredLanguage))
                .toList();
        found.forEach(recipient -> AuditEntry.record(recipient.clientId(), caller, AUDIT_ACTION, "Survey recipients"));
        return found;
    }

    /**
     * Whose recipients are asked for: a manager's own organisation (naming another is refused as
     * the same 403 as any other refusal), or, for the service identity, the one its query names.
     */
    static Caller onBehalfOf(Caller caller, String organisation) {
        if (caller.hasRole("manager")) {
            String own = caller.requireOrganisation();
            if (organisation != null && !organisation.equals(own)) {
                throw ProblemException.forbidden("A manager asks for their own organisation's recipients");
            }
            return caller;
        }
        if (caller.serviceAccount() && caller.hasRole(SENDER_ROLE)) {
            if (organisation == null || organisation.isBlank()) {
                throw ProblemException.invalid("organisation", "the survey's organisation is required");
            }
            return new Caller(caller.subject(), caller.username(), organisation.strip(), caller.roles(), true);
        }
        throw ProblemException.forbidden("Survey recipients are given to managers and the survey service");
    }

    private static StakeholderRole.Role role(String role) {
        try {
            return StakeholderRole.Role.valueOf(role);
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalid("role", "one of " + List.of(StakeholderRole.Role.values()));
        }
    }
}
