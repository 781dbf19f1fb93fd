package fi.kohtaamo.webhooks.rest;

import fi.kohtaamo.webhooks.domain.Delivery;
import fi.kohtaamo.webhooks.domain.DeliveryAttempt;
import fi.kohtaamo.webhooks.domain.Subscription;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** What the API answers. A secret is shown once: when made (created or rotated). */
public final class WebhookResponses {

    private WebhookResponses() {
    }

    public record SubscriptionResponse(UUID id, String organisation, String url, String description, List<String> eventTypes,
                                       boolean active,
                                       @Schema(description = "GONE: the receiver answered 410; null while active") String endedReason,
                                       @Schema(description = "Until when the previous secret still signs beside the current one")
                                       Instant previousSecretUntil,
                                       @Schema(description = "The client id of the agency system that created it; null when an administrator did")
                                       String createdByClient,
                                       Instant createdAt, Instant updatedAt, int version) {

        static SubscriptionResponse of(Subscription subscription) {
            return new SubscriptionResponse(subscription.id, subscription.organisation, subscription.url, subscription.description,
                    subscription.eventTypes, subscription.active, subscription.endedReason,
                    subscription.signingSecrets(Instant.now()).size() > 1 ? subscription.previousSecretUntil : null,
                    subscription.createdByClient, subscription.createdAt, subscription.updatedAt, subscription.version);
        }
    }

    /** A subscription with its new secret, for the receiver's configuration; never shown again. */
    public record SubscriptionWithSecret(SubscriptionResponse subscription,
                                         @Schema(description = "whsec_ and the base64 key: verifies webhook-signature (Standard Webhooks)")
                                         String secret) {

        static SubscriptionWithSecret of(Subscription subscription) {
            return new SubscriptionWithSecret(SubscriptionResponse.of(subscription), subscription.secret);
        }
    }

    public record AttemptResponse(Instant attemptedAt,
                                  @Schema(description = "The receiver's HTTP status; null when there was no answer") Integer statusCode,
                                  long durationMs, String error) {

        static AttemptResponse of(DeliveryAttempt attempt) {
            return new AttemptResponse(attempt.attemptedAt, attempt.statusCode, attempt.durationMs, attempt.error);
        }
    }

    public record DeliveryResponse(UUID id, @Schema(description = "The CloudEvent id: the receiver's idempotency key") UUID eventId,
                                   String eventType, Delivery.Status status, int attempts, Integer lastStatusCode, String lastError,
                                   Instant createdAt, Instant nextAttemptAt, Instant deliveredAt, Instant parkedAt,
                                   List<AttemptResponse> attemptLog) {

        static DeliveryResponse of(Delivery delivery, List<DeliveryAttempt> attempts) {
            return new DeliveryResponse(delivery.id, delivery.eventId, delivery.eventType, delivery.status, delivery.attempts,
                    delivery.lastStatusCode, delivery.lastError, delivery.createdAt,
                    delivery.status == Delivery.Status.PENDING ? delivery.nextAttemptAt : null, delivery.deliveredAt,
                    delivery.parkedAt, attempts.stream().map(AttemptResponse::of).toList());
        }
    }
}
