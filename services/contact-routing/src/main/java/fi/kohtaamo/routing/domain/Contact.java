package fi.kohtaamo.routing.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import fi.kohtaamo.problem.Problem;
import fi.kohtaamo.problem.ProblemException;
import fi.kohtaamo.routing.calendar.ServiceLevelClock;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A client's contact (yhteydenotto) on any channel, from intake until it is resolved. Its life
 * ({@link ContactStatus}) changes only through the methods below, each of which refuses a change
 * its status does not allow with the problem the API answers (409 mostly), before it changes
 * anything: services find, lock and check the caller; the contact decides.
 */
@Entity
@Table(name = "contact")
public class Contact extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "tracking_code", nullable = false, unique = true)
    public String trackingCode;

    /** SHA-256 of the access secret; null when the client follows the contact signed in. */
    @Column(name = "access_secret_hash")
    public String accessSecretHash;

    @Column(name = "service_id")
    public UUID serviceId;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "queue_id")
    public Queue queue;

    @Column(nullable = false)
    public String organisation;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Channel channel;

    @Column(nullable = false)
    public String language;

    @Column(nullable = false)
    public String description;

    /** The HTML part of an e-mail contact, sanitised; null for other channels and plain-text mail. */
    @Column(name = "description_html")
    public String descriptionHtml;

    @Column(name = "contact_name")
    public String contactName;

    @Column(name = "contact_email")
    public String contactEmail;

    @Column(name = "contact_phone")
    public String contactPhone;

    @Column(name = "client_id")
    public UUID clientId;

    /** The token subject of whoever submitted it; null when anonymous. */
    @Column(name = "submitted_by")
    public String submittedBy;

    /**
     * The sign-in subject of a citizen who submitted it themself (not of staff or an agency system
     * submitting for someone): the registry links a client to it, and its events tell routing which.
     */
    @Column(name = "client_subject")
    public String clientSubject;

    /**
     * The agency system that submitted it (a client-credentials client, or an Open311 client as
     * {@code open311:<name>}) and that system's organisation; null for anyone else. Names a system,
     * not a person, so it stays when the personal data is removed.
     */
    @Column(name = "submitted_by_client")
    public String submittedByClient;

    @Column(name = "submitted_by_organisation")
    public String submittedByOrganisation;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ContactStatus status;

    @Column(name = "received_at", nullable = false)
    public Instant receivedAt;

    @Column(name = "idempotency_key")
    public String idempotencyKey;

    @Column(name = "idempotency_fingerprint")
    public String idempotencyFingerprint;

    @Column(name = "service_group")
    public String serviceGroup;

    /** Answers to the service's extra questions, checked against the catalogue's definitions. */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public Map<String, Object> attributes = new HashMap<>();

    /** The client's segments when the contact arrived (from the registry's events). */
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(nullable = false)
    public List<String> segments = new ArrayList<>();

    @Column(name = "municipality_code")
    public String municipalityCode;

    /** 1 most urgent ... 5 least. */
    @Column(nullable = false)
    public int priority = 3;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "required_skills", nullable = false)
    public Map<String, Integer> requiredSkills = new HashMap<>();

    @Column(name = "routed_by_rule")
    public UUID routedByRule;

    @Column(name = "routed_at")
    public Instant routedAt;

    /** The subject of the agent who holds the contact. */
    @Column(name = "assigned_to")
    public String assignedTo;

    @Column(name = "assigned_at")
    public Instant assignedAt;

    @Column(name = "first_response_at_risk")
    public Instant firstResponseAtRisk;

    @Column(name = "first_response_due")
    public Instant firstResponseDue;

    @Column(name = "resolution_at_risk")
    public Instant resolutionAtRisk;

    @Column(name = "resolution_due")
    public Instant resolutionDue;

    @Column(name = "first_responded_at")
    public Instant firstRespondedAt;

    /** Set while the service-level clock is paused for the client's answer. */
    @Column(name = "waiting_since")
    public Instant waitingSince;

    @Enumerated(EnumType.STRING)
    @Column(name = "sla_state", nullable = false)
    public SlaState slaState = SlaState.ON_TIME;

    @Column(name = "first_response_breached", nullable = false)
    public boolean firstResponseBreached;

    @Column(name = "resolution_breached", nullable = false)
    public boolean resolutionBreached;

    @Column(name = "resolved_at")
    public Instant resolvedAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "resolution_code")
    public ResolutionCode resolutionCode;

    /** Why it was resolved so, in words the client reads. */
    @Column(name = "resolution_justification")
    public String resolutionJustification;

    /** The sender agreed that the request is shown in Open311's public listing (never the resolution's justification). */
    @Column(name = "publicly_listed")
    public boolean publiclyListed;

    /** The satisfaction survey the client is invited to after resolution (from feedback), and until when. */
    @Column(name = "survey_url")
    public String surveyUrl;

    @Column(name = "survey_expires_at")
    public Instant surveyExpiresAt;

    @Column(name = "closed_at")
    public Instant closedAt;

    @Column(name = "updated_at")
    public Instant updatedAt;

    /** Push mode: the agent the contact is offered to, until when; agents who declined it. */
    @Column(name = "offered_to")
    public String offeredTo;

    @Column(name = "offer_expires_at")
    public Instant offerExpiresAt;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "declined_by", nullable = false)
    public List<String> declinedBy = new ArrayList<>();

    /** Where the matter is (Open311 requests): WGS84 coordinates, an address, or the address's id. */
    public BigDecimal latitude;

    public BigDecimal longitude;

    @Column(name = "address_string")
    public String addressString;

    @Column(name = "address_id")
    public String addressId;

    @Column(name = "media_url")
    public String mediaUrl;

    /** When the texts and the client's details were removed (retention or the registry's erasure); null while kept. */
    @Column(name = "personal_data_removed_at")
    public Instant personalDataRemovedAt;

    /** The mailbox a contact on channel EMAIL came from: its notices go out from that address. */
    @Column(name = "mailbox_id")
    public UUID mailboxId;

    /** The Message-ID of the client's latest e-mail on this contact: what staff's replies by e-mail answer (In-Reply-To). */
    @Column(name = "mail_message_id")
    public String mailMessageId;

    /** The References a reply by e-mail carries: the thread's Message-IDs ending with {@link #mailMessageId}, space-separated. */
    @Column(name = "mail_references")
    public String mailReferences;

    /** The subject of the client's first e-mail: replies go out under it, so that mail clients keep one thread. */
    @Column(name = "mail_subject")
    public String mailSubject;

    /** A call-back request's preferred times ({@link CallBack.Window#stored()}, in time order); null for other contacts. */
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "callback_windows")
    public List<String> callBackWindows;

    /** When a call-back's first chosen time starts: it is not handed to anyone before (null for other contacts). */
    @Column(name = "callback_from")
    public Instant callBackFrom;

    /** Labels staff and automation put on the contact (issue 26), in the order they were added. */
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(nullable = false)
    public List<String> tags = new ArrayList<>();

    @Version
    public int version;

    /** What the client (or staff on their behalf) submitted, already checked. */
    public record Submission(UUID serviceId, String serviceGroup, Channel channel, String language, String description,
                             Map<String, Object> attributes, String contactName, String contactEmail, String contactPhone,
                             UUID clientId, List<String> segments, String municipalityCode, String submittedBy,
                             String clientSubject, Place place, boolean publiclyListed) {
    }

    /** Records the agency system that submitted the contact (see {@link #submittedByClient}). */
    public void submittedBySystem(String clientId, String organisation) {
        submittedByClient = clientId;
        submittedByOrganisation = clientId == null ? null : organisation;
    }

    /** Where the matter is (Open311): coordinates, an address or an address id; any part may be absent. */
    public record Place(BigDecimal latitude, BigDecimal longitude, String address, String addressId, String mediaUrl) {
    }

    /** Where the routing rules put the contact and what it needs from the agent who takes it. */
    public record Routing(Queue queue, int priority, Map<String, Integer> requiredSkills, UUID rule) {
    }

    /**
     * The registry linked the citizen who submitted this contact signed in to a client: the
     * contact becomes that client's (export, erasure, merge). A client named at intake stays.
     */
    public boolean linkToClient(UUID client) {
        if (clientId != null || clientSubject == null) {
            return false;
        }
        clientId = client;
        return true;
    }

    /**
     * Staff say which client the contact concerns: one they found in the registry or registered
     * from the contact's details. The client's segments and municipality (from the registry's
     * events, when this service has heard of the client) become the contact's, as at intake; the
     * contact is not routed again. A closed contact is settled history and an anonymised one no
     * longer says whose it was: both refuse (409). Answers whether anything changed (naming the
     * client already linked changes nothing).
     */
    public boolean linkClient(UUID client, List<String> clientSegments, String clientMunicipality) {
        requireClientChangeable();
        if (client.equals(clientId)) {
            return false;
        }
        clientId = client;
        segments = new ArrayList<>(clientSegments);
        municipalityCode = clientMunicipality;
        return true;
    }

    /** A wrong link undone: the contact concerns no known client again. Answers whether there was a link. */
    public boolean unlinkClient() {
        requireClientChangeable();
        if (clientId == null) {
            return false;
        }
        clientId = null;
        segments = new ArrayList<>();
        municipalityCode = null;
        return true;
    }

    private void requireClientChangeable() {
        if (status == ContactStatus.CLOSED) {
            throw new ProblemException(Problem.of(409, "contact-closed", "Contact closed",
                    "A closed contact's client is no longer changed"));
        }
        if (personalDataRemovedAt != null) {
            throw ProblemException.conflict("This contact's personal data has been removed; it names no client any more");
        }
        if (clientSubject != null) {
            // A signed-in citizen sent it: they are its client, by their sign-in, not by anyone's choice.
            throw ProblemException.conflict("A signed-in citizen's own contact keeps them as its client");
        }
    }

    /** A new contact, queued where it was routed; the service-level deadlines are set after this. */
    public static Contact receive(String trackingCode, String accessSecretHash, Submission submission, Routing routing,
                                  Instant now) {
        Contact contact = new Contact();
        contact.id = UUID.randomUUID();
        contact.trackingCode = trackingCode;
        contact.accessSecretHash = accessSecretHash;
        contact.serviceId = submission.serviceId();
        contact.serviceGroup = submission.serviceGroup();
        contact.channel = submission.channel();
        contact.language = submission.language();
        contact.description = submission.description().strip();
        contact.attributes = new HashMap<>(submission.attributes());
        contact.contactName = submission.contactName();
        contact.contactEmail = submission.contactEmail();
        contact.contactPhone = submission.contactPhone();
        contact.clientId = submission.clientId();
        contact.segments = new ArrayList<>(submission.segments());
        contact.municipalityCode = submission.municipalityCode();
        contact.submittedBy = submission.submittedBy();
        contact.clientSubject = submission.clientSubject();
        contact.publiclyListed = submission.publiclyListed();
        Place place = submission.place();
        if (place != null) {
            contact.latitude = place.latitude();
            contact.longitude = place.longitude();
            contact.addressString = place.address();
            contact.addressId = place.addressId();
            contact.mediaUrl = place.mediaUrl();
        }
        contact.queue = routing.queue();
        contact.organisation = routing.queue().organisation;
        contact.priority = routing.priority();
        contact.requiredSkills = new HashMap<>(routing.requiredSkills());
        contact.routedByRule = routing.rule();
        contact.status = ContactStatus.QUEUED;
        contact.receivedAt = now;
        contact.routedAt = now;
        contact.updatedAt = now;
        return contact;
    }

    /** Remembers the Idempotency-Key it was created with, so that a repeat of the request finds it. */
    public void rememberIdempotencyKey(String key, String fingerprint) {
        idempotencyKey = key;
        idempotencyFingerprint = key == null ? null : fingerprint;
    }

    // ------------------------------------------------------------------ taking and offering

    /** Only a queued contact that nobody holds can be taken (also checked by {@link #assignTo}). */
    public void requireTakeable() {
        if (status != ContactStatus.QUEUED || assignedTo != null) {
            throw ProblemException.conflict("Contact " + trackingCode + " is " + status
                    + (assignedTo != null ? " and held by someone" : "") + "; only a queued contact can be taken");
        }
    }

    /** An agent takes the queued contact; an open offer of it ends. */
    public void assignTo(String agent, Instant now) {
        requireTakeable();
        offeredTo = null;
        offerExpiresAt = null;
        status = ContactStatus.ASSIGNED;
        assignedTo = agent;
        assignedAt = now;
    }

    /** The holder puts the contact back in its queue. */
    public void release() {
        if (status != ContactStatus.ASSIGNED) {
            throw ProblemException.conflict("Only an assigned contact can be released; this one is " + status);
        }
        status = ContactStatus.QUEUED;
        assignedTo = null;
        assignedAt = null;
    }

    /** Push mode offers the queued, unheld, unoffered contact to one agent until a moment. */
    public void offerTo(String agent, Instant until) {
        if (status != ContactStatus.QUEUED || assignedTo != null || offeredTo != null) {
            throw ProblemException.conflict("Contact " + trackingCode + " is " + status + "; only a waiting contact is offered");
        }
        offeredTo = agent;
        offerExpiresAt = until;
    }

    /** The contact is offered to this agent now (and still waits); otherwise 409 no-offer. */
    public void requireOfferedTo(String agent, Instant now) {
        if (!agent.equals(offeredTo) || status != ContactStatus.QUEUED || offerExpiresAt == null
                || !offerExpiresAt.isAfter(now)) {
            throw new ProblemException(Problem.of(409, "no-offer", "No offer",
                    "Contact " + trackingCode + " is not offered to you now"));
        }
    }

    /** An offer declined or expired: it goes to someone else next, never back to this agent. Returns the agent. */
    public String withdrawOffer() {
        if (offeredTo == null) {
            throw ProblemException.conflict("Contact " + trackingCode + " is not offered to anyone");
        }
        String agent = offeredTo;
        List<String> declined = new ArrayList<>(declinedBy);
        declined.add(agent);
        declinedBy = declined;
        offeredTo = null;
        offerExpiresAt = null;
        return agent;
    }

    // ------------------------------------------------------------------ handling

    /**
     * A reply the client reads; the first one meets the first-response target (and lifts an
     * at-risk flag that only that target raised). Returns whether it was the first response.
     */
    public boolean reply(Instant now) {
        requireStatus(ContactStatus.ASSIGNED);
        if (firstRespondedAt != null) {
            return false;
        }
        firstRespondedAt = now;
        if (slaState == SlaState.AT_RISK && (resolutionAtRisk == null || now.isBefore(resolutionAtRisk))) {
            slaState = SlaState.ON_TIME;
        }
        return true;
    }

    /** The agent asks the client for more: the service-level clock pauses until they answer. */
    public void requestInformation(Instant now) {
        requireStatus(ContactStatus.ASSIGNED);
        status = ContactStatus.WAITING_FOR_CLIENT;
        if (firstRespondedAt == null) {
            firstRespondedAt = now; // asking is answering: the client has heard from a person
        }
        pauseClock(now);
    }

    /** A new priority (1 most urgent .. 5) on a contact not yet closed; false when it already had it. */
    public boolean changePriority(int newPriority) {
        requireNotClosed();
        if (priority == newPriority) {
            return false;
        }
        priority = newPriority;
        return true;
    }

    /** A tag on a contact not yet closed; false when it already had it. */
    public boolean addTag(String tag) {
        requireNotClosed();
        if (tags.contains(tag)) {
            return false;
        }
        tags = new ArrayList<>(tags);
        tags.add(tag);
        return true;
    }

    private void requireNotClosed() {
        if (status == ContactStatus.CLOSED) {
            throw ProblemException.conflict("The contact is CLOSED");
        }
    }

    /** A closed contact takes no more messages from the client (409 contact-closed). */
    public void requireOpenToClient() {
        if (status == ContactStatus.CLOSED) {
            throw new ProblemException(Problem.of(409, "contact-closed", "Contact closed",
                    "This contact is closed; please send a new contact and mention " + trackingCode));
        }
    }

    /** The client answered the request for more: the clock runs again and the contact is worked again. */
    public void clientAnswered(ServiceLevelClock clock, Instant now) {
        requireStatus(ContactStatus.WAITING_FOR_CLIENT);
        resumeClock(clock, now);
        status = assignedTo != null ? ContactStatus.ASSIGNED : ContactStatus.QUEUED;
    }

    /** Only an open contact can be transferred (also checked by {@link #transferTo}). */
    public void requireTransferable() {
        if (!status.open()) {
            throw ProblemException.conflict("A " + status + " contact cannot be transferred");
        }
    }

    /**
     * Moves the open contact to another queue (when {@code target} is given) and hands it to an
     * expert, or, without one, puts it back to waiting in its queue. A contact waiting for the
     * client keeps waiting.
     */
    public void transferTo(Queue target, String expert, Instant now) {
        requireTransferable();
        if (target != null) {
            queue = target;
            organisation = target.organisation;
        }
        if (expert != null) {
            assignedTo = expert;
            assignedAt = now;
            if (status == ContactStatus.QUEUED) {
                status = ContactStatus.ASSIGNED;
            }
        } else {
            assignedTo = null;
            assignedAt = null;
            if (status == ContactStatus.ASSIGNED) {
                status = ContactStatus.QUEUED;
            }
        }
    }

    /** Resolved with a code and a justification the client reads; a paused clock is resumed first. */
    public void resolve(ResolutionCode code, String justification, ServiceLevelClock clock, Instant now) {
        if (status != ContactStatus.ASSIGNED && status != ContactStatus.WAITING_FOR_CLIENT) {
            throw ProblemException.conflict("Only an assigned contact can be resolved; this one is " + status);
        }
        resumeClock(clock, now);
        status = ContactStatus.RESOLVED;
        resolvedAt = now;
        resolutionCode = code;
        resolutionJustification = justification;
        if (firstRespondedAt == null) {
            firstRespondedAt = now; // the resolution reaches the client
        }
    }

    /**
     * A resolved contact is worked again, within the reopen period after its resolution: by its
     * holder when they still work, otherwise back in its queue.
     */
    public void reopen(Instant now, Duration reopenPeriod, boolean holderStillWorks) {
        if (status != ContactStatus.RESOLVED) {
            throw ProblemException.conflict("Only a resolved contact can be reopened; this one is " + status);
        }
        if (resolvedAt != null && now.isAfter(resolvedAt.plus(reopenPeriod))) {
            throw new ProblemException(Problem.of(409, "reopen-period-over", "Reopen period over",
                    "A contact can be reopened for " + reopenPeriod.toDays() + " days after its resolution"));
        }
        status = holderStillWorks && assignedTo != null ? ContactStatus.ASSIGNED : ContactStatus.QUEUED;
        if (status == ContactStatus.QUEUED) {
            assignedTo = null;
            assignedAt = null;
        }
        resolvedAt = null;
        resolutionCode = null;
    }

    /** A resolved contact is closed: by staff, or when its reopen period ends. */
    public void close(Instant now) {
        if (status != ContactStatus.RESOLVED) {
            throw ProblemException.conflict("Only a resolved contact can be closed; this one is " + status);
        }
        status = ContactStatus.CLOSED;
        closedAt = now;
    }

    /**
     * A contact of an earlier system, brought in with its own times: taken and answered at its
     * first response, resolved and closed when it was. It goes through the same transitions as a
     * live contact, so their refusals hold, and its deadlines (set at receipt) say whether it was
     * late. Times must already be in order (see {@code PastContact}).
     */
    public void replayHandling(String handler, Instant firstResponse, ResolutionCode code, Instant resolved,
                               Instant closed, ServiceLevelClock clock) {
        assignTo(handler, firstResponse);
        reply(firstResponse);
        if (firstResponseDue != null && firstResponse.isAfter(firstResponseDue)) {
            breachFirstResponse();
        }
        resolve(code, null, clock, resolved);
        if (resolutionDue != null && resolved.isAfter(resolutionDue)) {
            breachResolution();
        }
        close(closed);
    }

    // ------------------------------------------------------------------ call-back

    /**
     * The citizen asked to be called back at these times (checked, in time order). Calling before
     * the first window is no response, since they said they cannot take the call then; so the
     * first response falls due when the first window ends, and is at risk once the queue's
     * at-risk share of that window has passed, whatever the queue's first-response target says.
     */
    public void requestCallBack(List<CallBack.Window> windows, ZoneId zone, double atRiskShare) {
        if (windows.isEmpty()) {
            throw new IllegalArgumentException("a call-back needs a time");
        }
        callBackWindows = new ArrayList<>(windows.stream().map(CallBack.Window::stored).toList());
        CallBack.Window first = windows.get(0);
        Instant starts = first.startsAt(zone);
        callBackFrom = starts;
        firstResponseDue = first.endsAt(zone);
        firstResponseAtRisk = starts.plusSeconds(Math.round(Duration.between(starts, firstResponseDue).toSeconds() * atRiskShare));
        // A time chosen days ahead must not leave the matter overdue before anyone may call: the
        // resolution is due no earlier than the first chosen time ends.
        if (resolutionDue != null && resolutionDue.isBefore(firstResponseDue)) {
            resolutionDue = firstResponseDue;
            resolutionAtRisk = firstResponseAtRisk;
        }
    }

    public boolean isCallBack() {
        return callBackWindows != null;
    }

    public List<CallBack.Window> preferredWindows() {
        return callBackWindows == null ? List.of() : callBackWindows.stream().map(CallBack.Window::parse).toList();
    }

    /**
     * The agent called the citizen (whatever came of it); the first attempt is the first
     * response, as a reply is. Only a call-back's holder records attempts. Returns whether it was the first response.
     */
    public boolean callAttempted(Instant now) {
        if (!isCallBack()) {
            throw ProblemException.conflict("Contact " + trackingCode + " is no call-back request");
        }
        return reply(now);
    }

    // ------------------------------------------------------------------ e-mail thread

    /** At most this many Message-IDs in a reply's References (RFC 5322 lets a thread's oldest go). */
    static final int MAX_REFERENCES = 10;

    /**
     * The client's e-mail arrived on this contact: staff's next reply by e-mail answers it
     * (In-Reply-To its Message-ID, References the thread so far and it). The first message's
     * subject stays the thread's. A message without a Message-ID leaves the thread as it was.
     */
    public void clientMailed(String messageId, List<String> references, String subject) {
        if (mailSubject == null && subject != null && !subject.isBlank()) {
            mailSubject = subject;
        }
        if (messageId == null) {
            return;
        }
        LinkedHashSet<String> thread = new LinkedHashSet<>(references);
        thread.remove(messageId);
        thread.add(messageId);
        List<String> ids = List.copyOf(thread);
        mailMessageId = messageId;
        mailReferences = String.join(" ", ids.subList(Math.max(0, ids.size() - MAX_REFERENCES), ids.size()));
    }

    // ------------------------------------------------------------------ access secret

    /**
     * A new secret replaces a lost one; the old stops working. Only a contact followed with a
     * secret has one to replace: a signed-in citizen's and an Open311 request's have none, and
     * nor does a closed contact or one whose data was removed (nothing to follow).
     */
    public boolean replaceAccessSecret(String newHash) {
        if (accessSecretHash == null || status == ContactStatus.CLOSED || personalDataRemovedAt != null) {
            return false;
        }
        accessSecretHash = newHash;
        return true;
    }

    // ------------------------------------------------------------------ personal data

    /**
     * Removes what may identify the client or what they told: their name and contact details,
     * the description ({@code marker} in its place, the column is required), answers to extra
     * questions, where the matter is, the survey link and the justification written to them;
     * the sign-in subject goes too, so nobody follows the contact signed in any more. What the
     * agency's figures need stays: ids, service, queue, channel, language, status, priority,
     * every time and deadline, breaches, the resolution code and who worked it. Repeating it
     * changes nothing but the moment.
     */
    public void removePersonalData(String marker, Instant at) {
        contactName = null;
        contactEmail = null;
        contactPhone = null;
        description = marker;
        descriptionHtml = null;
        mailSubject = null;
        mailMessageId = null;
        mailReferences = null;
        submittedBy = null;
        clientSubject = null;
        attributes = new HashMap<>();
        latitude = null;
        longitude = null;
        addressString = null;
        addressId = null;
        mediaUrl = null;
        surveyUrl = null;
        surveyExpiresAt = null;
        if (resolutionJustification != null) {
            resolutionJustification = marker;
        }
        personalDataRemovedAt = at;
    }

    // ------------------------------------------------------------------ service-level clock

    /** The clock stops while the client is asked for more; a second pause keeps the first moment. */
    public void pauseClock(Instant at) {
        if (waitingSince == null) {
            waitingSince = at;
        }
    }

    /** The business time left at the pause is left again from now; nothing happens when not paused. */
    public void resumeClock(ServiceLevelClock clock, Instant at) {
        if (waitingSince == null) {
            return;
        }
        if (firstResponseDue != null) {
            ServiceLevelClock.Deadline moved = clock.resume(
                    new ServiceLevelClock.Deadline(firstResponseAtRisk, firstResponseDue), waitingSince, at);
            firstResponseAtRisk = moved.atRisk();
            firstResponseDue = moved.due();
        }
        if (resolutionDue != null) {
            ServiceLevelClock.Deadline moved = clock.resume(
                    new ServiceLevelClock.Deadline(resolutionAtRisk, resolutionDue), waitingSince, at);
            resolutionAtRisk = moved.atRisk();
            resolutionDue = moved.due();
        }
        waitingSince = null;
    }

    /** The first-response or resolution deadline is near; an ON_TIME contact becomes AT_RISK. */
    public void flagAtRisk() {
        if (slaState != SlaState.ON_TIME) {
            throw new IllegalStateException("contact " + trackingCode + " is already " + slaState);
        }
        slaState = SlaState.AT_RISK;
    }

    /** The first response came too late (once): the contact is BREACHED. */
    public void breachFirstResponse() {
        if (firstResponseBreached) {
            throw new IllegalStateException("contact " + trackingCode + " already breached its first-response target");
        }
        firstResponseBreached = true;
        slaState = SlaState.BREACHED;
    }

    /** The resolution came too late (once): the contact is BREACHED. */
    public void breachResolution() {
        if (resolutionBreached) {
            throw new IllegalStateException("contact " + trackingCode + " already breached its resolution target");
        }
        resolutionBreached = true;
        slaState = SlaState.BREACHED;
    }

    private void requireStatus(ContactStatus required) {
        if (status != required) {
            throw ProblemException.conflict("The contact is " + status + "; this needs it " + required);
        }
    }
}
