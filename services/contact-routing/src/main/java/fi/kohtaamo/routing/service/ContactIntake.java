package fi.kohtaamo.routing.service;

import fi.kohtaamo.outbox.Outbox;
import fi.kohtaamo.problem.Problem;
import fi.kohtaamo.problem.ProblemException;
import fi.kohtaamo.routing.config.RoutingConfig;
import fi.kohtaamo.routing.domain.AccessSecret;
import fi.kohtaamo.routing.domain.Channel;
import fi.kohtaamo.routing.domain.Contact;
import fi.kohtaamo.routing.domain.ContactStatus;
import fi.kohtaamo.routing.domain.KnownService;
import fi.kohtaamo.routing.domain.Queue;
import fi.kohtaamo.routing.domain.TrackingCode;
import fi.kohtaamo.routing.event.ContactReceivedV1;
import fi.kohtaamo.routing.repository.ContactRepository;
import fi.kohtaamo.routing.repository.KnownServiceRepository;
import fi.kohtaamo.routing.repository.QueueRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.UUID;

/** Intake: a contact from any channel is checked, placed in a queue and announced. */
@ApplicationScoped
public class ContactIntake {

    public static final String CONTACT_RECEIVED = "fi.kohtaamo.contact.received.v1";

    private final ContactRepository contacts;
    private final QueueRepository queues;
    private final KnownServiceRepository services;
    private final Outbox outbox;
    private final RoutingConfig config;

    public ContactIntake(ContactRepository contacts, QueueRepository queues, KnownServiceRepository services,
                         Outbox outbox, RoutingConfig config) {
        this.contacts = contacts;
        this.queues = queues;
        this.services = services;
        this.outbox = outbox;
        this.config = config;
    }

    /** The stored contact, and the access secret when one was issued (shown once, never stored). */
    public record Received(Contact contact, String accessSecret, boolean replayed) {
    }

    @Transactional
    public Received receive(NewContact request, Caller caller, String idempotencyKey) {
        String key = caller.anonymous() ? null : idempotencyKey;
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

        Channel channel = channelFor(request.channel(), caller);
        Queue queue = queueFor(request.serviceId());

        Contact contact = new Contact();
        contact.id = UUID.randomUUID();
        contact.trackingCode = newTrackingCode();
        contact.serviceId = request.serviceId();
        contact.queue = queue;
        contact.organisation = queue.organisation;
        contact.channel = channel;
        contact.language = request.language();
        contact.description = request.description().strip();
        contact.contactName = request.contactName();
        contact.contactEmail = request.contactEmail();
        contact.contactPhone = request.contactPhone();
        contact.clientId = request.clientId();
        contact.submittedBy = caller.subject();
        contact.status = ContactStatus.RECEIVED;
        contact.receivedAt = Instant.now().truncatedTo(ChronoUnit.MICROS);
        contact.idempotencyKey = key;
        contact.idempotencyFingerprint = key == null ? null : request.fingerprint();
        String secret = caller.isClientThemself() ? null : AccessSecret.generate();
        contact.accessSecretHash = secret == null ? null : AccessSecret.hash(secret);
        contacts.persist(contact);

        outbox.emit(CONTACT_RECEIVED, contact.id.toString(), ContactReceivedV1.of(contact));
        return new Received(contact, secret, false);
    }

    private Channel channelFor(Channel requested, Caller caller) {
        Channel channel = requested != null ? requested : caller.serviceAccount() ? Channel.API : Channel.WEB;
        if (channel.loggedByStaff() && !caller.worksQueues()) {
            throw ProblemException.invalid("channel", "only customer-service staff log contacts on channel " + channel);
        }
        if (channel == Channel.API && !caller.serviceAccount()) {
            throw ProblemException.invalid("channel", "channel API is for agency systems signed in with client credentials");
        }
        if (channel == Channel.OPEN311) {
            throw ProblemException.invalid("channel", "Open311 requests are submitted through /open311/v2/requests");
        }
        return channel;
    }

    private Queue queueFor(UUID serviceId) {
        if (serviceId == null) {
            return triageQueue();
        }
        KnownService service = services.findByIdOptional(serviceId)
                .orElseThrow(() -> ProblemException.invalid("serviceId", "no such service in the catalogue"));
        if (!service.acceptsContacts()) {
            throw ProblemException.invalid("serviceId", "the service is not published");
        }
        return queues.findByCode(service.defaultQueue).orElseGet(this::triageQueue);
    }

    private Queue triageQueue() {
        return queues.findByCode(config.triageQueue())
                .orElseThrow(() -> new IllegalStateException("triage queue " + config.triageQueue() + " missing"));
    }

    private String newTrackingCode() {
        for (int attempt = 0; attempt < 5; attempt++) {
            String code = TrackingCode.generate();
            if (!contacts.trackingCodeTaken(code)) {
                return code;
            }
        }
        throw new IllegalStateException("no free tracking code after five attempts");
    }
}
