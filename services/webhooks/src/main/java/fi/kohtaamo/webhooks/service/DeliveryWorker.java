package fi.kohtaamo.webhooks.service;

import fi.kohtaamo.outbox.Backoff;
import fi.kohtaamo.webhooks.domain.Delivery;
import fi.kohtaamo.webhooks.domain.DeliveryAttempt;
import fi.kohtaamo.webhooks.domain.Subscription;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import io.quarkus.runtime.ShutdownEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.LockModeType;
import org.jboss.logging.Logger;

import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Sends due deliveries. Each pass claims up to {@code batch-size} of them with
 * {@code for update skip locked} (so replicas never take the same one) by moving their next attempt
 * a lease ahead, commits, sends them in parallel outside any transaction, and records each answer in
 * a transaction of its own. A delivery is due when no earlier delivery of its subscription and
 * ordering key (the contact) is still pending: order per contact holds across retries and replicas.
 * <ul>
 *   <li>2xx: delivered.</li>
 *   <li>410: the receiver is gone; the subscription ends and the delivery is parked.</li>
 *   <li>anything else (another status, a redirect, a timeout, a refused target): retried after
 *   {@code first-backoff} doubling to {@code max-backoff}, and parked once {@code retry-for} has
 *   passed since the delivery was first due.</li>
 * </ul>
 */
@ApplicationScoped
public class DeliveryWorker {

    private static final Logger LOG = Logger.getLogger(DeliveryWorker.class);
    private static final String CLAIM = """
            update delivery set next_attempt_at = ?
             where id in (select d.id from delivery d join subscription s on s.id = d.subscription_id
                           where d.status = 'PENDING' and s.active and d.next_attempt_at <= ?
                             and not exists (select 1 from delivery e
                                              where e.subscription_id = d.subscription_id and e.ordering_key = d.ordering_key
                                                and e.status = 'PENDING' and e.seq < d.seq)
                           order by d.seq limit ? for update of d skip locked)
            returning id""";

    private final WebhooksConfig config;
    private final TargetPolicy targets;
    private final StatusOnlyPost poster;

    public DeliveryWorker(WebhooksConfig config, TargetPolicy targets) {
        this.config = config;
        this.targets = targets;
        this.poster = new StatusOnlyPost((javax.net.ssl.SSLSocketFactory) javax.net.ssl.SSLSocketFactory.getDefault());
    }

    private volatile boolean stopping;

    void onStop(@Observes ShutdownEvent event) {
        stopping = true;
    }

    @Scheduled(every = "${kohtaamo.webhooks.deliver-every}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            identity = "webhook-deliveries")
    void pass() {
        while (!stopping && deliverDue() == config.batchSize()) {
            // a full batch: more may be due
        }
    }

    /**
     * One pass: claims, reads what to send, sends and records; answers how many were claimed. Three
     * transactions for the whole batch (claim, read, record), not two for each delivery: at 100
     * contacts a second those per-delivery transactions took most of the service's CPU and its
     * pool's connections, and the event consumer waited behind them (docs/performance.md).
     */
    public int deliverDue() {
        List<UUID> claimed = QuarkusTransaction.requiringNew().call(this::claim);
        if (claimed.isEmpty()) {
            return 0;
        }
        Map<UUID, Target> targets = QuarkusTransaction.requiringNew().call(() -> targets(claimed));
        List<Outcome> outcomes = java.util.Collections.synchronizedList(new ArrayList<>());
        try (ExecutorService sending = Executors.newVirtualThreadPerTaskExecutor()) {
            List<Future<?>> sent = new ArrayList<>();
            targets.forEach((id, target) -> sent.add(sending.submit(() -> outcomes.add(send(id, target)))));
            for (Future<?> future : sent) {
                try {
                    future.get();
                } catch (Exception e) {
                    LOG.warnf("webhook delivery failed unexpectedly: %s", e.toString());
                }
            }
        }
        if (!outcomes.isEmpty()) {
            QuarkusTransaction.requiringNew().run(() -> record(outcomes));
        }
        return claimed.size();
    }

    /** The claimed deliveries with their subscriptions' URLs and secrets, in one read. */
    private Map<UUID, Target> targets(List<UUID> ids) {
        List<Delivery> deliveries = Delivery.list("id in ?1", ids);
        Map<UUID, Subscription> subscriptions = new java.util.HashMap<>();
        Subscription.<Subscription>list("id in ?1", deliveries.stream().map(delivery -> delivery.subscriptionId).distinct().toList())
                .forEach(subscription -> subscriptions.put(subscription.id, subscription));
        Instant now = Instant.now();
        Map<UUID, Target> targets = new LinkedHashMap<>();
        for (Delivery delivery : deliveries) {
            Subscription subscription = subscriptions.get(delivery.subscriptionId);
            if (subscription != null) {
                targets.put(delivery.id, new Target(subscription.url, delivery.eventId.toString(), delivery.payload,
                        subscription.signingSecrets(now)));
            }
        }
        return targets;
    }

    /** What one attempt gave. */
    private record Outcome(UUID id, Instant attemptedAt, Integer status, int durationMs, String error) {
    }

    private List<UUID> claim() {
        Instant now = Instant.now();
        @SuppressWarnings("unchecked")
        List<UUID> ids = Delivery.getEntityManager().createNativeQuery(CLAIM, UUID.class)
                .setParameter(1, Timestamp.from(now.plus(config.lease())))
                .setParameter(2, Timestamp.from(now))
                .setParameter(3, config.batchSize())
                .getResultList();
        return ids;
    }

    private Outcome send(UUID id, Target target) {
        Instant started = Instant.now();
        Integer status = null;
        String error = null;
        TargetPolicy.Checked checked = targets.check(target.url());
        if (checked.refusal() != null) {
            error = "target refused: " + checked.refusal();
        } else {
            try {
                long timestamp = started.getEpochSecond();
                Map<String, String> headers = new LinkedHashMap<>();
                headers.put("Content-Type", "application/cloudevents+json; charset=utf-8");
                headers.put("webhook-id", target.eventId());
                headers.put("webhook-timestamp", Long.toString(timestamp));
                headers.put("webhook-signature", Signatures.header(target.secrets(), target.eventId(), timestamp, target.body()));
                // To the address just checked, never looked up again (DNS rebinding); only the status
                // line is read, within the request timeout, so a receiver that kept sending a body
                // (or trickled it) cannot hold the pass, and with it every other organisation's.
                status = poster.post(checked, headers, target.body().getBytes(StandardCharsets.UTF_8), config.requestTimeout());
            } catch (Exception e) {
                error = e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
            }
        }
        int durationMs = (int) Math.min(Integer.MAX_VALUE, java.time.Duration.between(started, Instant.now()).toMillis());
        return new Outcome(id, started, status, durationMs, error);
    }

    /** The batch's answers, in one transaction: each delivery locked (in id order, as every writer locks them), its attempt kept. */
    private void record(List<Outcome> outcomes) {
        Map<UUID, Delivery> locked = new java.util.HashMap<>();
        Delivery.<Delivery>find("id in ?1 order by id", outcomes.stream().map(Outcome::id).toList())
                .withLock(LockModeType.PESSIMISTIC_WRITE).list().forEach(delivery -> locked.put(delivery.id, delivery));
        for (Outcome outcome : outcomes) {
            Delivery delivery = locked.get(outcome.id());
            if (delivery != null) {
                record(delivery, outcome.attemptedAt(), outcome.status(), outcome.durationMs(), outcome.error());
            }
        }
    }

    private void record(Delivery delivery, Instant attemptedAt, Integer status, int durationMs, String error) {
        DeliveryAttempt attempt = new DeliveryAttempt();
        attempt.deliveryId = delivery.id;
        attempt.attemptedAt = attemptedAt.truncatedTo(ChronoUnit.MICROS);
        attempt.statusCode = status;
        attempt.durationMs = durationMs;
        attempt.error = error == null ? null : truncate(error);
        attempt.persist();
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        delivery.attempts++;
        delivery.lastStatusCode = status;
        delivery.lastError = attempt.error;
        if (status != null && status >= 200 && status < 300) {
            delivery.status = Delivery.Status.DELIVERED;
            delivery.deliveredAt = now;
            delivery.lastError = null;
        } else if (status != null && status == 410) {
            delivery.status = Delivery.Status.PARKED;
            delivery.parkedAt = now;
            delivery.lastError = "the receiver answered 410 Gone: the subscription ended";
            Subscription subscription = Subscription.findById(delivery.subscriptionId, LockModeType.PESSIMISTIC_WRITE);
            if (subscription != null && subscription.active) {
                subscription.active = false;
                subscription.endedReason = "GONE";
                subscription.version++;
                subscription.updatedAt = now;
                LOG.infof("webhook subscription %s ended: its receiver answered 410", subscription.id);
            }
        } else if (!now.isBefore(delivery.retryFrom.plus(config.retryFor()))) {
            delivery.status = Delivery.Status.PARKED;
            delivery.parkedAt = now;
            LOG.warnf("webhook delivery %s parked after %d attempts", delivery.id, delivery.attempts);
        } else {
            delivery.nextAttemptAt = now.plus(Backoff.after(delivery.attempts, config.firstBackoff(), config.maxBackoff()));
        }
    }

    private static String truncate(String text) {
        return text.length() > 500 ? text.substring(0, 500) : text;
    }

    private record Target(String url, String eventId, String body, List<String> secrets) {
    }
}
