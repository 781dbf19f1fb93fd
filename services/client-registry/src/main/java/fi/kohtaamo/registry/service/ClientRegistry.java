package fi.kohtaamo.registry.service;

import fi.kohtaamo.caller.Caller;
import fi.kohtaamo.ids.BusinessId;
import fi.kohtaamo.ids.IdentityCode;
import fi.kohtaamo.outbox.Outbox;
import fi.kohtaamo.problem.Problem;
import fi.kohtaamo.problem.ProblemException;
import fi.kohtaamo.registry.config.RegistryConfig;
import fi.kohtaamo.registry.contract.ClientErasedV1;
import fi.kohtaamo.registry.contract.SegmentDefinedV1;
import fi.kohtaamo.registry.contract.SegmentRemovedV1;
import fi.kohtaamo.registry.domain.AuditEntry;
import fi.kohtaamo.registry.domain.Client;
import fi.kohtaamo.registry.domain.IdentityCodeVault;
import fi.kohtaamo.registry.event.ClientEventV1;
import fi.kohtaamo.registry.repository.AuditEntryRepository;
import fi.kohtaamo.registry.repository.ClientRelationRepository;
import fi.kohtaamo.registry.repository.ClientRepository;
import fi.kohtaamo.registry.repository.DataExportRepository;
import fi.kohtaamo.registry.repository.ErasureRequestRepository;
import fi.kohtaamo.registry.repository.StakeholderRoleRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

/**
 * The client registry's use cases. Every read of personal data by staff names its purpose and is
 * written to the audit log in the same transaction as the read. Need to know: a staff read names
 * the contact of the reader's organisation that it serves, and the registry checks that the
 * contact concerns the client ({@link ContactLinks}); registry administration may read without
 * one. Identity codes reach staff masked; revealing one is an audited action of its own.
 */
@ApplicationScoped
@Transactional
public class ClientRegistry {

    /** Reads every organisation's audit log; a plain auditor reads their own organisation's. */
    static final String PLATFORM_AUDITOR = "platform-auditor";

    /** Reads without naming a contact, sees existing clients' ids on a duplicate. */
    static final String REGISTRY_ADMIN = "registry-admin";

    private final IdentityCodeVault vault;
    private final Outbox outbox;
    private final Segments segments;
    private final ClientChanges changes;
    private final ClientRepository clients;
    private final AuditEntryRepository auditLog;
    private final ClientRelationRepository relations;
    private final StakeholderRoleRepository roles;
    private final DataExportRepository exports;
    private final ErasureRequestRepository erasureRequests;
    private final ContactLinks contactLinks;
    private final RefusedRegistrations refusedRegistrations;

    public ClientRegistry(RegistryConfig config, Outbox outbox, Segments segments, ClientChanges changes,
                          ClientRepository clients, AuditEntryRepository auditLog, ClientRelationRepository relations,
                          StakeholderRoleRepository roles, DataExportRepository exports,
                          ErasureRequestRepository erasureRequests, ContactLinks contactLinks,
                          RefusedRegistrations refusedRegistrations) {
        this.vault = new IdentityCodeVault(config.encryptionKey(), config.hashKey());
        this.outbox = outbox;
        this.segments = segments;
        this.changes = changes;
        this.clients = clients;
        this.auditLog = auditLog;
        this.relations = relations;
        this.roles = roles;
        this.exports = exports;
        this.erasureRequests = erasureRequests;
        this.contactLinks = contactLinks;
        this.refusedRegistrations = refusedRegistrations;
    }

    /** A client and its identity code as the reader may see it: masked for staff, whole in an export. */
    public record ClientView(Client client, String identityCode, List<String> segments) {
    }

    /** The whole record, identity code included: for the GDPR export only. */
    ClientView viewOf(Client client) {
        return new ClientView(client, identityCodeOf(client), segments.of(client.id));
    }

    /** What staff see: the identity code masked to its birth date part ({@code 010190-****}). */
    private ClientView view(Client client) {
        String code = identityCodeOf(client);
        return new ClientView(client, code == null ? null : IdentityCode.masked(code), segments.of(client.id));
    }

    public ClientView register(NewClient request, Caller caller) {
        Client client = new Client();
        client.id = UUID.randomUUID();
        client.kind = request.kind();
        client.createdAt = now();
        apply(request, client, true, caller);
        client.updatedAt = client.createdAt;
        client.lastActivityAt = client.createdAt;
        client.persist();
        segments.recompute(client);
        audit(client.id, caller, "REGISTER", "registration");
        changes.announce(ClientEventV1.REGISTERED, client);
        return view(client);
    }

    /** A staff read, serving the named contact (registry administration may name none); audited with it. */
    public ClientView read(UUID id, UUID contactId, String purpose, Caller caller) {
        requireNeedToKnow(id, contactId, caller);
        Client client = find(id);
        AuditEntry.record(client.id, caller, "READ", purpose, contactId);
        return view(client);
    }

    /**
     * The whole identity code, on the same need to know as a read, with a reason of its own: an
     * entry of its own in the audit log, which the citizen sees. 404 when the client has none.
     */
    public String revealIdentityCode(UUID id, UUID contactId, String reason, Caller caller) {
        requireNeedToKnow(id, contactId, caller);
        Client client = find(id);
        if (client.identityCodeEncrypted == null) {
            throw ProblemException.notFound("Identity code of client", id);
        }
        AuditEntry.record(client.id, caller, "REVEAL_IDENTITY_CODE", reason, contactId);
        return identityCodeOf(client);
    }

    /**
     * The contact named must concern the client (or one merged into it) and be handled by the
     * reader's organisation; registry administration may name none, and any organisation's. Anything
     * else is the same 404 as an unknown client, so that a reader without the need learns nothing,
     * not even that the client exists.
     */
    private void requireNeedToKnow(UUID clientId, UUID contactId, Caller caller) {
        boolean administration = caller.hasRole(REGISTRY_ADMIN);
        if (!namesContact(contactId, caller)) {
            return;
        }
        List<UUID> ids = new ArrayList<>(clients.idsMergedInto(clientId));
        ids.add(clientId);
        if (!contactLinks.serves(contactId, ids, caller.organisation(), administration)) {
            throw ProblemException.notFound("Client", clientId);
        }
    }

    /** What staff look a client up by: one of name or e-mail ({@code text}), identity code, business id or phone. */
    public record SearchQuery(String text, String identityCode, String businessId, String phone) {
    }

    /** At most this many clients answer a search by name, e-mail or phone. */
    static final int SEARCH_LIMIT = 50;

    /**
     * Search by name, e-mail, identity code, business id or phone; every client found is audited
     * as a search hit with the contact it served. Staff name a contact of their own organisation
     * (the one whose client they look for, linked or not yet); registry administration may name
     * none. Another organisation's contact, or one the registry has not heard of, is a 404.
     */
    public List<Client> search(SearchQuery query, UUID contactId, String purpose, Caller caller) {
        requireOwnContact(contactId, caller);
        List<Client> found;
        if (query.identityCode() != null) {
            String code = IdentityCode.parse(query.identityCode())
                    .orElseThrow(() -> ProblemException.invalid("identityCode", "not a valid personal identity code"));
            found = clients.withIdentityCodeHash(vault.hash(code));
        } else if (query.businessId() != null) {
            found = clients.withBusinessId(query.businessId().strip());
        } else if (query.phone() != null) {
            String phone = fi.kohtaamo.registry.domain.NameMatch.normalisePhone(query.phone());
            if (phone.replace("+", "").length() < 5) {
                throw ProblemException.invalid("phone", "give at least 5 digits");
            }
            found = clients.activeWithPhone(phone, SEARCH_LIMIT);
        } else if (query.text() != null && query.text().strip().length() >= 2) {
            String text = query.text().strip().toLowerCase(Locale.ROOT);
            found = clients.searchActive("%" + text + "%", text, SEARCH_LIMIT);
        } else {
            throw ProblemException.invalid("q", "give q (at least 2 characters), identityCode, businessId or phone");
        }
        for (Client client : found) {
            AuditEntry.record(client.id, caller, "SEARCH", purpose, contactId);
        }
        return found;
    }

    private void requireOwnContact(UUID contactId, Caller caller) {
        if (namesContact(contactId, caller)
                && !contactLinks.handledBy(contactId, caller.organisation(), caller.hasRole(REGISTRY_ADMIN))) {
            throw ProblemException.notFound("Contact", contactId);
        }
    }

    /** Whether a contact is named; only registry administration may name none (a 400 naming {@code contactId} for others). */
    private static boolean namesContact(UUID contactId, Caller caller) {
        if (contactId == null && !caller.hasRole(REGISTRY_ADMIN)) {
            throw ProblemException.invalid("contactId", "name the contact of your organisation that this serves");
        }
        return contactId != null;
    }

    /** A possible duplicate: a person with a similar name and the same e-mail or phone. */
    public record Candidate(Client client, double score, List<String> matchedOn) {
    }

    /** Persons whose name is like the given one and who share an e-mail or a phone; each audited. */
    /**
     * Possible duplicates of a person ({@code organisationName} null: first and last name) or of an
     * organisation or community (its name): a similar name and the same e-mail or phone.
     */
    public List<Candidate> candidates(String firstName, String lastName, String organisationName, String email, String phone,
                                      String purpose, Caller caller) {
        if (email == null && phone == null) {
            throw ProblemException.invalid("email", "give an e-mail or a phone to match on");
        }
        String normalisedEmail = email == null ? null : email.strip().toLowerCase(Locale.ROOT);
        String normalisedPhone = fi.kohtaamo.registry.domain.NameMatch.normalisePhone(phone);
        String byEmail = normalisedEmail == null ? "" : normalisedEmail;
        String byPhone = normalisedPhone == null ? "" : normalisedPhone;
        boolean person = organisationName == null;
        List<Client> sharing = person ? clients.activePersonsSharing(byEmail, byPhone)
                : clients.activeOrganisationsSharing(byEmail, byPhone);
        String name = person ? firstName + " " + lastName : organisationName;
        List<Candidate> candidates = new ArrayList<>();
        for (Client client : sharing) {
            double score = fi.kohtaamo.registry.domain.NameMatch.similarity(name,
                    person ? client.firstName + " " + client.lastName : client.name);
            if (score >= fi.kohtaamo.registry.domain.NameMatch.CANDIDATE_THRESHOLD) {
                List<String> matchedOn = new ArrayList<>();
                if (normalisedEmail != null && client.emails.contains(normalisedEmail)) {
                    matchedOn.add("email");
                }
                if (normalisedPhone != null && client.phones.contains(normalisedPhone)) {
                    matchedOn.add("phone");
                }
                candidates.add(new Candidate(client, Math.round(score * 100) / 100.0, matchedOn));
                audit(client.id, caller, "SEARCH", purpose);
            }
        }
        candidates.sort(java.util.Comparator.comparingDouble(Candidate::score).reversed());
        return candidates;
    }

    public ClientView update(UUID id, int expectedVersion, NewClient request, Caller caller) {
        Client client = active(clients.lockById(id), id);
        requireVersion(client, expectedVersion);
        if (request.kind() != client.kind) {
            throw ProblemException.invalid("kind", "a client's kind does not change");
        }
        apply(request, client, false, caller);
        changes.changed(client);
        audit(client.id, caller, "UPDATE", "correction by registry administration");
        return view(client);
    }

    /**
     * Erases a client's personal data (the GDPR right to erasure): names, identifiers, contact
     * details, relations, stakeholder roles, exports and the sign-in link are removed here, and
     * {@code client.erased} tells every other service to remove or anonymise what it holds on the
     * client. The audit log keeps its entries (the client id only), as the law on processing
     * records requires.
     */
    public void erase(UUID id, String reason, Caller caller) {
        erase(find(id), ClientErasedV1.Cause.ADMINISTRATION, reason, caller);
    }

    void erase(Client client, ClientErasedV1.Cause cause, String reason, Caller caller) {
        client.erase(now());
        segments.clear(client.id);
        relations.deleteInvolving(client.id);
        roles.deleteOfClient(client.id);
        exports.deleteAllOf(client.id);
        Instant decided = now();
        erasureRequests.openOfClient(client.id).forEach(request -> request.approve(caller.subject(), reason, decided));
        audit(client.id, caller, "ERASE", reason);
        outbox.emit(ClientErasedV1.TYPE, client.id.toString(), new ClientErasedV1(client.id, cause, client.updatedAt));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<Client> ownRecord(String subject) {
        return clients.findByKeycloakSubject(subject);
    }

    /** A signed-in citizen's own record; 404 when no record is linked to them. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Client requireOwnRecord(String subject) {
        return ownRecord(subject).orElseThrow(() -> ProblemException.notFound("Client record of", "you"));
    }

    /** A citizen corrects their own contact details and preferences; identifiers and names stay. */
    public Client correctOwn(String subject, int expectedVersion, String preferredLanguage, List<String> preferredChannels,
                             List<String> emails, List<String> phones, List<fi.kohtaamo.registry.domain.Address> addresses,
                             String municipalityCode) {
        Client client = clients.lockByKeycloakSubject(subject)
                .orElseThrow(() -> ProblemException.notFound("Client record of", "you"));
        requireVersion(client, expectedVersion);
        client.preferredLanguage = preferredLanguage;
        client.preferredChannels = new ArrayList<>(preferredChannels);
        client.emails = normalisedEmails(emails);
        client.phones = normalisedPhones(phones);
        client.addresses = new ArrayList<>(addresses);
        client.municipalityCode = municipalityCode;
        changes.changed(client);
        return client;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<AuditEntry> readsOfOwnRecord(String subject) {
        Client client = requireOwnRecord(subject);
        List<UUID> ids = new ArrayList<>(clients.idsMergedInto(client.id));
        ids.add(client.id);
        return auditLog.accessesOf(ids);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    /**
     * The audit log for an auditor: their own organisation's staff's entries only; a
     * platform-auditor (a separate, explicit role) sees every organisation's.
     */
    public List<AuditEntry> auditLog(UUID clientId, String actor, Instant from, Instant to, Caller caller) {
        String organisation = null;
        if (!caller.roles().contains(PLATFORM_AUDITOR)) {
            organisation = caller.organisation();
            if (organisation == null) {
                throw ProblemException.forbidden("An auditor reads their own organisation's log; this token names none");
            }
        }
        return auditLog.log(clientId, actor, organisation, from, to, 1000);
    }

    private void apply(NewClient request, Client client, boolean registering, Caller caller) {
        if (request.keycloakSubject() != null && !request.keycloakSubject().equals(client.keycloakSubject)
                && !caller.hasRole(REGISTRY_ADMIN)) {
            // Linking a sign-in hands that citizen the record ("my data", export, their contacts):
            // only a registry admin does it, never the staff who also register clients.
            throw ProblemException.forbidden("Only a registry admin links a client to a sign-in (keycloakSubject)");
        }
        if (request.kind() == Client.Kind.PERSON) {
            if (request.identityCode() != null) {
                String code = IdentityCode.parse(request.identityCode())
                        .orElseThrow(() -> ProblemException.invalid("identityCode", "not a valid personal identity code"));
                String hash = vault.hash(code);
                Optional<Client> existing = clients.findByIdentityCodeHash(hash);
                if (existing.isPresent() && !existing.get().id.equals(client.id)) {
                    throw duplicate(existing.get(), "identityCode", caller);
                }
                client.identityCodeHash = hash;
                client.identityCodeEncrypted = vault.encrypt(code);
                client.birthDate = IdentityCode.birthDate(code);
            } else if (registering) {
                client.identityCodeHash = null;
            }
            client.firstName = request.firstName();
            client.lastName = request.lastName();
        } else {
            if (request.businessId() != null) {
                if (!BusinessId.isValid(request.businessId())) {
                    throw ProblemException.invalid("businessId", "not a valid business id (Y-tunnus)");
                }
                Optional<Client> existing = clients.findByBusinessId(request.businessId());
                if (existing.isPresent() && !existing.get().id.equals(client.id)) {
                    throw duplicate(existing.get(), "businessId", caller);
                }
                client.businessId = request.businessId();
            }
            client.name = request.name();
            client.organisationType = request.organisationType();
            client.industryCode = request.industryCode();
            client.sizeClass = request.sizeClass();
        }
        if (request.keycloakSubject() != null) {
            Optional<Client> linked = ownRecord(request.keycloakSubject());
            if (linked.isPresent() && !linked.get().id.equals(client.id)) {
                throw duplicate(linked.get(), "keycloakSubject", caller);
            }
            client.keycloakSubject = request.keycloakSubject();
        }
        client.preferredLanguage = request.preferredLanguage();
        client.preferredChannels = new ArrayList<>(request.preferredChannels());
        client.emails = normalisedEmails(request.emails());
        client.phones = normalisedPhones(request.phones());
        client.addresses = new ArrayList<>(request.addresses());
        client.municipalityCode = request.municipalityCode();
    }

    private static List<String> normalisedEmails(List<String> emails) {
        return new ArrayList<>(emails.stream().map(email -> email.strip().toLowerCase(Locale.ROOT)).toList());
    }

    private static List<String> normalisedPhones(List<String> phones) {
        return new ArrayList<>(phones.stream().map(fi.kohtaamo.registry.domain.NameMatch::normalisePhone).toList());
    }

    /**
     * A 409 for an identifier another client holds, audited. Only registry administration, which
     * may read any client, learns which client holds it ({@code existingId}); for other staff the
     * existing id would be a read without need to know.
     */
    private ProblemException duplicate(Client existing, String field, Caller caller) {
        refusedRegistrations.record(existing.id, caller, field);
        Problem problem = Problem.of(409, "duplicate-client", "Client already registered", "A client with this " + field + " exists")
                .withViolations(List.of(new Problem.Violation(field, "already registered")));
        return new ProblemException(caller.hasRole(REGISTRY_ADMIN) ? problem.with("existingId", existing.id) : problem);
    }

    /** A segment defined or changed: every active client whose rule segments change is updated. */
    public int defineSegment(String code, Integer expectedVersion, String nameFi, String nameSv, String nameEn,
                             fi.kohtaamo.registry.domain.SegmentRule rule, List<String> preferredChannels) {
        fi.kohtaamo.registry.domain.Segment segment = segments.define(code, expectedVersion, nameFi, nameSv, nameEn, rule,
                preferredChannels);
        outbox.emit(SegmentDefinedV1.TYPE, SegmentDefinedV1.subject(code),
                new SegmentDefinedV1(code, segment.preferredChannels, segment.version));
        List<fi.kohtaamo.registry.domain.Segment> definitions = segments.definitions();
        int changed = 0;
        for (Client client : clients.active()) {
            if (segments.recompute(client, definitions)) {
                changes.recomputed(client);
                changed++;
            }
        }
        return changed;
    }

    /**
     * A segment removed (its version named): its members' events say they left it, and
     * {@code segment-removed} tells the services that keep the definitions. Answers the number of clients changed.
     */
    public int removeSegment(String code, int expectedVersion) {
        Segments.RemovedSegment removed = segments.remove(code, expectedVersion);
        // The removal is a change of the definition: its event carries the version after the last one.
        outbox.emit(SegmentRemovedV1.TYPE, SegmentDefinedV1.subject(code), new SegmentRemovedV1(code, removed.version() + 1));
        int changed = 0;
        for (UUID member : removed.members()) {
            Client client = clients.findById(member);
            if (client != null) {
                changes.recomputed(client);
                changed++;
            }
        }
        return changed;
    }

    /** Manual segment tags, set by staff. */
    public List<String> tag(UUID id, String code, boolean add) {
        Client client = find(id);
        boolean changedTags = add ? segments.tag(client.id, code) : segments.untag(client.id, code);
        if (changedTags) {
            changes.changed(client);
        }
        return segments.of(client.id);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<fi.kohtaamo.registry.domain.Segment> segmentDefinitions() {
        return segments.definitions();
    }

    /** The channels the client's segments prefer (the web channel shows them first). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<String> segmentChannelsOf(UUID id) {
        return segments.preferredChannelsOf(id);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<String> segmentsOf(UUID id) {
        return segments.of(id);
    }

    /**
     * How many active clients a rule would take in today, for registry administration to see
     * before saving a definition. Counts only: no client is read out, so nothing is audited.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public long countMatching(fi.kohtaamo.registry.domain.SegmentRule rule) {
        java.time.LocalDate today = java.time.LocalDate.now(java.time.ZoneId.of("Europe/Helsinki"));
        return clients.active().stream().filter(client -> rule.matches(client, today)).count();
    }

    /** A change names the version it replaces: another is a 412 with the current version, to show it. */
    private static void requireVersion(Client client, int expectedVersion) {
        if (client.version != expectedVersion) {
            throw new ProblemException(Problem.of(412, "precondition-failed", "Precondition failed",
                    "The client is at version " + client.version + ", not " + expectedVersion).with("currentVersion", client.version));
        }
    }

    /**
     * An active client with its row locked until the transaction ends, at the version named (none
     * named: any version), so that a change decided on what was read never overwrites another.
     */
    Client lockAtVersion(UUID id, Integer expectedVersion) {
        Client client = active(clients.lockById(id), id);
        if (expectedVersion != null) {
            requireVersion(client, expectedVersion);
        }
        return client;
    }

    /** An active client; a merged one is a 410 naming the client it was merged into. */
    Client find(UUID id) {
        return active(clients.findByIdOptional(id), id);
    }

    private static Client active(Optional<Client> found, UUID id) {
        Client client = found.orElseThrow(() -> ProblemException.notFound("Client", id));
        if (client.status == Client.Status.MERGED) {
            throw new ProblemException(Problem.of(410, "client-merged", "Client merged",
                    "This client was merged into " + client.mergedInto).with("mergedInto", client.mergedInto));
        }
        if (client.status != Client.Status.ACTIVE) {
            throw ProblemException.notFound("Client", id);
        }
        return client;
    }

    private String identityCodeOf(Client client) {
        return client.identityCodeEncrypted == null ? null : vault.decrypt(client.identityCodeEncrypted);
    }

    static void audit(UUID clientId, Caller caller, String action, String purpose) {
        AuditEntry.record(clientId, caller, action, purpose);
    }

    private static Instant now() {
        return ClientChanges.now();
    }
}
