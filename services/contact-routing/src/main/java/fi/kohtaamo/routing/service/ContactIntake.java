package fi.kohtaamo.routing.service;

import fi.kohtaamo.routing.automation.Automation;
import fi.kohtaamo.routing.automation.Trigger;
import fi.kohtaamo.caller.Caller;
import fi.kohtaamo.outbox.Outbox;
import fi.kohtaamo.problem.Problem;
import fi.kohtaamo.problem.ProblemException;
import fi.kohtaamo.routing.domain.AccessSecret;
import fi.kohtaamo.routing.domain.CallBack;
import fi.kohtaamo.routing.domain.Channel;
import fi.kohtaamo.routing.domain.Contact;
import fi.kohtaamo.routing.domain.KnownService;
import fi.kohtaamo.routing.domain.ContactEntry;
import fi.kohtaamo.routing.domain.KnownClient;
import fi.kohtaamo.routing.rules.RoutingFacts;
import fi.kohtaamo.routing.event.ContactReceivedV1;
import fi.kohtaamo.routing.repository.ContactRepository;
import fi.kohtaamo.routing.repository.KnownClientRepository;
import fi.kohtaamo.routing.repository.KnownServiceRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.hibernate.Session;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Intake: a contact from any channel is checked (the service's extra questions against the
 * catalogue's definitions), routed by the rules, given its service-level deadlines, placed in a
 * queue and announced, all in one transaction.
 */
@ApplicationScoped
public class ContactIntake {

    private final Automation automation;

    public static final String CONTACT_RECEIVED = "fi.kohtaamo.contact.received.v1";

    private final ContactRepository contacts;
    private final KnownServiceRepository services;
    private final Router router;
    private final ServiceLevels serviceLevels;
    private final ContactHistory history;
    private final Outbox outbox;
    private final KnownClientRepository knownClients;
    private final ClientNotices notices;
    private final StaffNotices staffNotices;
    private final KnownSegments knownSegments;

    public ContactIntake(ContactRepository contacts, KnownServiceRepository services, Router router,
                         ServiceLevels serviceLevels, ContactHistory history, Outbox outbox,
                         KnownClientRepository knownClients, ClientNotices notices, StaffNotices staffNotices,
                         KnownSegments knownSegments, Automation automation) {
        this.knownSegments = knownSegments;
        this.automation = automation;
        this.notices = notices;
        this.staffNotices = staffNotices;
        this.contacts = contacts;
        this.services = services;
        this.router = router;
        this.serviceLevels = serviceLevels;
        this.history = history;
        this.outbox = outbox;
        this.knownClients = knownClients;
    }

    /** The stored contact, and the access secret when one was issued (shown once, never stored). */
    public record Received(Contact contact, String accessSecret, boolean replayed) {
    }

    @Transactional
    public Received receive(NewContact request, Caller caller, String idempotencyKey) {
        return receive(request, caller, idempotencyKey, null);
    }

    /**
     * As above, for a contact whose organisation is known without a service (a mailbox's): with
     * no service named, that organisation's rules route it, and {@code home} takes it when none matches.
     */
    @Transactional
    public Received receive(NewContact request, Caller caller, String idempotencyKey, Router.Home home) {
        // What intake reads (the service, queue, calendar, policy, rules, agents, settings) it never
        // changes: loaded read-only, Hibernate keeps no snapshot of it and skips it at each of the
        // transaction's flushes (each query flushes), which had cost more CPU than the rest of intake
        // (docs/performance.md). What it creates (the contact, its history, notices) stays writable.
        Session session = contacts.getEntityManager().unwrap(Session.class);
        boolean readOnly = session.isDefaultReadOnly();
        session.setDefaultReadOnly(true);
        try {
            return receiveReading(request, caller, idempotencyKey, home);
        } finally {
            session.setDefaultReadOnly(readOnly);
        }
    }

    private Received receiveReading(NewContact request, Caller caller, String idempotencyKey, Router.Home home) {
        String key = caller.isAnonymous() ? null : idempotencyKey;
        if (key != null) {
            Optional<Contact> earlier = contacts.findByIdempotencyKey(caller.subject(), key);
            if (earlier.isPresent()) {
                if (!earlier.get().idempotencyFingerprint.equals(request.fingerprint())) {
                    throw new ProblemException(Problem.of(422, "idempotency-key-reused", "Idempotency-Key reused",
                            "This Idempotency-Key was used for a different request"));
                }
                return new Received(earlier.get(), null, true);
            }
        }

        Channel channel = request.callBack() != null ? CallBacks.channelFor(request.channel()) : channelFor(request.channel(), caller);
        KnownService service = serviceFor(request.serviceId());
        Map<String, Object> answers = AttributeAnswers.check(service == null ? List.of() : service.attributes,
                request.attributes());
        if (request.clientId() != null) {
            requireMayNameClient(caller, service == null ? caller.organisation() : service.organisation);
        }
        // A citizen submitting signed in is the client the registry links to their sign-in subject.
        String clientSubject = RoutingRoles.isClientThemself(caller) ? caller.subject() : null;
        KnownClient client = request.clientId() != null ? knownClients.findById(request.clientId())
                : clientSubject == null ? null : knownClients.findBySignInSubject(clientSubject).orElse(null);
        UUID clientId = request.clientId() != null ? request.clientId() : client == null ? null : client.clientId;
        List<String> segments = client == null ? List.of() : client.segments;
        String municipality = client == null ? null : client.municipalityCode;
        RoutingFacts facts = new RoutingFacts(request.serviceId(), service == null ? null : service.group,
                service == null ? null : service.organisation, channel.name(), request.language(), segments,
                municipality, request.description(), answers, knownSegments.preferredChannelsOf(segments));
        Router.Routed routed = router.route(facts, service, home);
        if (request.clientId() != null) {
            requireMayNameClient(caller, routed.queue().organisation);
        }

        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        List<CallBack.Window> callBack = request.callBack() == null ? null
                : CallBack.check(request.callBack(), ServiceLevels.calendarOf(routed.queue()), now, "callback.windows");
        NewContact.Location location = request.location();
        Contact.Submission submission = new Contact.Submission(request.serviceId(),
                service == null ? null : service.group, channel, request.language(), request.description(), answers,
                request.contactName(), request.contactEmail(), request.contactPhone(), clientId, segments,
                municipality, caller.subject(), clientSubject, location == null ? null : new Contact.Place(location.latitude(),
                location.longitude(), location.address(), location.addressId(), location.mediaUrl()),
                request.publiclyListed());
        Contact.Routing routing = new Contact.Routing(routed.queue(), routed.decision().priority(),
                routed.decision().requiredSkills(),
                routed.decision().decidedBy() == null ? null : routed.decision().decidedBy().id());
        // A signed-in citizen follows it signed in; an Open311 client through GET requests.
        String secret = RoutingRoles.isClientThemself(caller) || RoutingRoles.isOpen311(caller) ? null : AccessSecret.generate();
        Contact contact = Contact.receive(contacts.newTrackingCode(), secret == null ? null : AccessSecret.hash(secret),
                submission, routing, now);
        contact.rememberIdempotencyKey(key, request.fingerprint());
        contact.submittedBySystem(RoutingRoles.submittingSystem(caller), caller.organisation());
        serviceLevels.start(contact, service, now);
        if (callBack != null) {
            contact.requestCallBack(callBack, ServiceLevels.calendarOf(routed.queue()).zone(),
                    ServiceLevels.atRiskShareOf(routed.queue()));
        }
        contacts.persist(contact);

        outbox.emit(CONTACT_RECEIVED, contact.id.toString(), ContactReceivedV1.of(contact));
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("queue", routed.queue().code);
        details.put("rule", contact.routedByRule);
        details.put("reason", routed.reason());
        details.put("requiredSkills", contact.requiredSkills);
        if (callBack != null) {
            details.put("callBack", true); // the times are on the contact; the number never goes into an event
        }
        ContactEntry routedEntry = history.recordAndAnnounce(contact, ContactEntry.Kind.RECEIVED,
                RoutingRoles.worksQueues(caller) ? ContactHistory.Actor.staff(caller) : ContactHistory.Actor.CLIENT, true, null,
                details, ContactHistory.ROUTED, now);
        staffNotices.received(contact, routedEntry);
        if (!RoutingRoles.isMailbox(caller)) { // a mailbox's contact gets its receipt once its thread is known (InboundMail)
            notices.receipt(contact, null);
        }
        automation.after(contact, Trigger.RECEIVED);
        return new Received(contact, secret, false);
    }

    private Channel channelFor(Channel requested, Caller caller) {
        Channel channel = requested != null ? requested
                : RoutingRoles.isOpen311(caller) ? Channel.OPEN311 : caller.serviceAccount() ? Channel.API : Channel.WEB;
        if (channel == Channel.EMAIL && RoutingRoles.isMailbox(caller)) {
            return channel;
        }
        if (channel.loggedByStaff() && !RoutingRoles.worksQueues(caller)) {
            throw ProblemException.invalid("channel", "only customer-service staff log contacts on channel " + channel);
        }
        if (channel == Channel.API && (!caller.serviceAccount() || RoutingRoles.isOpen311(caller))) {
            throw ProblemException.invalid("channel", "channel API is for agency systems signed in with client credentials");
        }
        if (channel == Channel.OPEN311 && !RoutingRoles.isOpen311(caller)) {
            throw ProblemException.invalid("channel", "Open311 requests are submitted through /open311/v2/requests");
        }
        return channel;
    }

    private KnownService serviceFor(UUID serviceId) {
        if (serviceId == null) {
            return null;
        }
        KnownService service = services.findByIdOptional(serviceId)
                .orElseThrow(() -> ProblemException.invalid("serviceId", "no such service in the catalogue"));
        if (!service.acceptsContacts()) {
            throw ProblemException.invalid("serviceId", "the service is not published");
        }
        return service;
    }

    /**
     * Who the client is may be said only by the receiving organisation's staff and agency systems:
     * anyone else could attach another person's registry record to their contact, and the agent
     * would answer with that person's data.
     */
    static void requireMayNameClient(Caller caller, String receivingOrganisation) {
        boolean trusted = RoutingRoles.worksQueues(caller) || caller.serviceAccount();
        if (!trusted || !caller.belongsTo(receivingOrganisation)) {
            throw ProblemException.invalid("clientId", "only the receiving organisation's staff and agency systems name the client");
        }
    }
}
