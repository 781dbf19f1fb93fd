package fi.kohtaamo.webhooks.service;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import fi.kohtaamo.outbox.CloudEvent;
import fi.kohtaamo.outbox.Inbox;
import fi.kohtaamo.webhooks.domain.Delivery;
import fi.kohtaamo.webhooks.domain.EventTypes;
import fi.kohtaamo.webhooks.domain.Payloads;
import fi.kohtaamo.webhooks.domain.Subscription;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Turns a platform event into one pending delivery per active subscription of the event's
 * organisation that lists its type, and for a contact an agency system of another organisation
 * submitted, also per such subscription of that organisation (issue 26, "the contacts it submitted":
 * by organisation, as a subscription belongs to one; with {@link Payloads}' narrower data), never
 * any third organisation's. In the consumer's transaction with its inbox record: an event
 * read twice makes its deliveries once. The delivery keeps the event's id (the receiver's
 * idempotency key), type, source, subject and time; its data is {@link Payloads}' projection.
 * Nothing is sent here, so a slow receiver never holds up the consumer.
 */
@ApplicationScoped
public class Fanout {

    private static final Logger LOG = Logger.getLogger(Fanout.class);

    private final Inbox inbox;
    private final ObjectMapper mapper;
    private final WebhooksConfig config;
    private final WantedTypes wanted;

    public Fanout(Inbox inbox, ObjectMapper mapper, WebhooksConfig config, WantedTypes wanted) {
        this.inbox = inbox;
        this.mapper = mapper;
        this.config = config;
        this.wanted = wanted;
    }

    /** In the receiver's transaction. */
    public void apply(String consumer, CloudEvent event) {
        if (EventTypes.AUTOMATION_WEBHOOK.equals(event.type())) {
            if (inbox.firstDelivery(consumer, event)) {
                automationWebhook(event);
            }
            return;
        }
        Optional<String> name = EventTypes.nameOf(event.type());
        if (name.isEmpty()) {
            return;
        }
        Payloads.Projection projection = Payloads.project(mapper, name.get(), event.data(), config.apiBaseUrl());
        if (projection.organisation() == null || !wanted.mayWant(projection.organisation(), name.get())
                && (projection.submitter() == null || !wanted.mayWant(projection.submitter(), name.get()))) {
            return; // nobody subscribed: nothing to apply, so nothing to apply twice either
        }
        if (!inbox.firstDelivery(consumer, event)) {
            return;
        }
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        deliver(name.get(), event, projection.organisation(), projection.orderingKey(), projection.data(), now);
        if (projection.submitter() != null) {
            deliver(name.get(), event, projection.submitter(), projection.orderingKey(), projection.submitterData(), now);
        }
    }

    /**
     * An automation rule's or macro's "call a webhook": to the subscription it names, only when that
     * is the contact's organisation's and active (routing cannot check it); otherwise logged by ids
     * and ignored. The subscription need not list the type: its organisation's rule chose it.
     */
    private void automationWebhook(CloudEvent event) {
        String organisation = event.data().path("organisation").asText(null);
        String named = event.data().path("details").path("subscriptionId").asText("");
        UUID id;
        try {
            id = UUID.fromString(named);
        } catch (IllegalArgumentException notAnId) {
            LOG.warnf("automation webhook event %s names no subscription id; ignored", event.id());
            return;
        }
        Subscription subscription = Subscription.findById(id);
        if (subscription == null || !subscription.organisation.equals(organisation) || !subscription.active) {
            LOG.warnf("automation webhook event %s names subscription %s, which is %s; ignored", event.id(), id,
                    subscription == null || !subscription.organisation.equals(organisation) ? "not the contact's organisation's"
                            : "not active");
            return;
        }
        CloudEvent delivered = new CloudEvent(event.id(), event.source(), event.type(), event.subject(), event.time(),
                Payloads.automationWebhook(mapper, event.data(), config.apiBaseUrl()));
        Delivery.pending(subscription.id, event.id(), event.type(), event.data().path("contactId").asText(),
                delivered.toJson(mapper), Instant.now().truncatedTo(ChronoUnit.MICROS)).persist();
    }

    private void deliver(String name, CloudEvent event, String organisation, String orderingKey, ObjectNode data, Instant now) {
        List<Subscription> subscriptions = Subscription.list("organisation = ?1 and active = true", organisation);
        for (Subscription subscription : subscriptions) {
            if (subscription.wants(name)) {
                CloudEvent delivered = new CloudEvent(event.id(), event.source(), event.type(), event.subject(), event.time(), data);
                Delivery.pending(subscription.id, event.id(), event.type(), orderingKey, delivered.toJson(mapper), now).persist();
            }
        }
    }
}
