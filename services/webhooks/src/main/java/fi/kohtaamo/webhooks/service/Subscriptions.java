package fi.kohtaamo.webhooks.service;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import fi.kohtaamo.caller.Caller;
import fi.kohtaamo.outbox.CloudEvent;
import fi.kohtaamo.problem.Problem;
import fi.kohtaamo.problem.ProblemException;
import fi.kohtaamo.webhooks.domain.Delivery;
import fi.kohtaamo.webhooks.domain.DeliveryAttempt;
import fi.kohtaamo.webhooks.domain.EventTypes;
import fi.kohtaamo.webhooks.domain.Subscription;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.UUID;

/**
 * The agency's subscriptions and their delivery log. Who may: an agency system of the organisation
 * (client credentials with an {@code org}) and the organisation's administrators (role
 * {@code catalogue-admin}); another organisation's subscription is 404. Every change names the version
 * read (If-Match: 428 without, 412 when stale), checked under a row lock.
 */
@ApplicationScoped
public class Subscriptions {

    public static final String ADMIN_ROLE = "catalogue-admin";

    private final TargetPolicy targets;
    private final WebhooksConfig config;
    private final ObjectMapper mapper;

    public Subscriptions(TargetPolicy targets, WebhooksConfig config, ObjectMapper mapper) {
        this.targets = targets;
        this.config = config;
        this.mapper = mapper;
    }

    /** What a subscription is set to; its secret is made by the service. */
    public record Settings(String url, String description, List<String> eventTypes, boolean active) {
    }

    /** The organisation the caller may manage subscriptions for: 403 otherwise. */
    public static String managedOrganisation(Caller caller) {
        if (!(caller.serviceAccount() || caller.hasRole(ADMIN_ROLE))) {
            throw ProblemException.forbidden("Only the organisation's systems and administrators manage its webhooks");
        }
        return caller.requireOrganisation();
    }

    @Transactional
    public List<Subscription> list(Caller caller) {
        return Subscription.list("organisation", Sort.by("createdAt").and("id"), managedOrganisation(caller));
    }

    @Transactional
    public Subscription read(UUID id, Caller caller) {
        return owned(Subscription.findById(id), id, caller);
    }

    @Transactional
    public Subscription create(Settings settings, Caller caller) {
        String organisation = managedOrganisation(caller);
        Subscription subscription = new Subscription();
        subscription.id = UUID.randomUUID();
        subscription.organisation = organisation;
        subscription.secret = Signatures.newSecret();
        subscription.createdBy = caller.displayName();
        subscription.createdByClient = caller.clientId();
        subscription.createdAt = now();
        subscription.version = 0;
        apply(subscription, settings);
        subscription.persist();
        return subscription;
    }

    @Transactional
    public Subscription update(UUID id, Integer expectedVersion, Settings settings, Caller caller) {
        Subscription subscription = lockedAt(id, expectedVersion, caller);
        apply(subscription, settings);
        return subscription;
    }

    @Transactional
    public void delete(UUID id, Integer expectedVersion, Caller caller) {
        lockedAt(id, expectedVersion, caller).delete();
    }

    /** A new secret; the previous one keeps signing beside it for the overlap. */
    @Transactional
    public Subscription rotateSecret(UUID id, Integer expectedVersion, Caller caller) {
        Subscription subscription = lockedAt(id, expectedVersion, caller);
        subscription.previousSecret = subscription.secret;
        subscription.previousSecretUntil = now().plus(config.secretOverlap());
        subscription.secret = Signatures.newSecret();
        subscription.version++;
        subscription.updatedAt = now();
        return subscription;
    }

    /** The subscription's deliveries, newest first, optionally of one status. */
    @Transactional
    public List<Delivery> deliveries(UUID id, Delivery.Status status, int limit, Caller caller) {
        read(id, caller);
        var query = status == null
                ? Delivery.<Delivery>find("subscriptionId", Sort.descending("seq"), id)
                : Delivery.<Delivery>find("subscriptionId = ?1 and status = ?2", Sort.descending("seq"), id, status);
        return query.page(0, limit).list();
    }

    @Transactional
    public Delivery delivery(UUID id, UUID deliveryId, Caller caller) {
        read(id, caller);
        Delivery delivery = Delivery.findById(deliveryId);
        if (delivery == null || !delivery.subscriptionId.equals(id)) {
            throw ProblemException.notFound("Delivery", deliveryId);
        }
        return delivery;
    }

    @Transactional
    public List<DeliveryAttempt> attempts(UUID deliveryId) {
        return DeliveryAttempt.list("deliveryId", Sort.by("id"), deliveryId);
    }

    /** Sends a delivery again, whatever became of it: a new retry window from now; same event id. */
    @Transactional
    public Delivery redeliver(UUID id, UUID deliveryId, Caller caller) {
        Delivery delivery = delivery(id, deliveryId, caller);
        Delivery.getEntityManager().lock(delivery, LockModeType.PESSIMISTIC_WRITE);
        Instant now = now();
        delivery.status = Delivery.Status.PENDING;
        delivery.attempts = 0;
        delivery.nextAttemptAt = now;
        delivery.retryFrom = now;
        delivery.parkedAt = null;
        delivery.deliveredAt = null;
        return delivery;
    }

    /** A test event, delivered like any other (its own ordering key, so nothing waits for it). */
    @Transactional
    public Delivery sendTest(UUID id, Caller caller) {
        Subscription subscription = read(id, caller);
        ObjectNode data = mapper.createObjectNode().put("subscriptionId", subscription.id.toString())
                .put("organisation", subscription.organisation);
        CloudEvent event = CloudEvent.create("/kohtaamo/webhooks", EventTypes.TEST, subscription.id.toString(), data);
        Delivery delivery = Delivery.pending(subscription.id, event.id(), EventTypes.TEST, "test:" + event.id(),
                event.toJson(mapper), now());
        delivery.persist();
        return delivery;
    }

    private Subscription lockedAt(UUID id, Integer expectedVersion, Caller caller) {
        if (expectedVersion == null) {
            throw new ProblemException(Problem.of(428, "precondition-required", "Precondition required",
                    "Send If-Match with the ETag of the subscription you read"));
        }
        Subscription subscription = owned(Subscription.findById(id, LockModeType.PESSIMISTIC_WRITE), id, caller);
        if (subscription.version != expectedVersion) {
            throw new ProblemException(Problem.of(412, "precondition-failed", "Precondition failed",
                    "The subscription is at version " + subscription.version + ", not " + expectedVersion)
                    .with("currentVersion", subscription.version));
        }
        return subscription;
    }

    private static Subscription owned(Subscription subscription, UUID id, Caller caller) {
        String organisation = managedOrganisation(caller);
        if (subscription == null || !subscription.organisation.equals(organisation)) {
            throw ProblemException.notFound("Subscription", id);
        }
        return subscription;
    }

    private void apply(Subscription subscription, Settings settings) {
        targets.refusal(settings.url()).ifPresent(reason -> {
            throw ProblemException.invalid("url", reason);
        });
        for (int i = 0; i < settings.eventTypes().size(); i++) {
            if (!EventTypes.NAMES.contains(settings.eventTypes().get(i))) {
                throw ProblemException.invalid("eventTypes[" + i + "]", "must be one of " + EventTypes.NAMES);
            }
        }
        List<String> types = new ArrayList<>(new LinkedHashSet<>(settings.eventTypes()));
        boolean reactivated = settings.active() && !subscription.active;
        subscription.url = settings.url();
        subscription.description = settings.description();
        subscription.eventTypes = types;
        subscription.active = settings.active();
        if (reactivated) {
            subscription.endedReason = null;
        }
        subscription.version++;
        subscription.updatedAt = now();
    }

    private static Instant now() {
        return Instant.now().atOffset(ZoneOffset.UTC).toInstant().truncatedTo(ChronoUnit.MICROS);
    }
}
