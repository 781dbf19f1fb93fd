package fi.kohtaamo.webchannel.client;

import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.rest.client.annotation.RegisterClientHeaders;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * The webhooks service's API (issue 26) for the organisation's administrators: subscriptions, their
 * delivery log, redelivery and test events. Who may do what, and which organisation's subscriptions
 * are seen, is the service's decision by the token passed on (role catalogue-admin, the token's org).
 */
@RegisterRestClient(configKey = "webhooks")
@RegisterClientHeaders
@Path("/api/v1/webhooks")
public interface WebhookClient {

    @GET
    @Path("/event-types")
    List<String> eventTypes();

    @GET
    @Path("/subscriptions")
    List<Subscription> subscriptions();

    @POST
    @Path("/subscriptions")
    WithSecret create(Draft draft);

    @GET
    @Path("/subscriptions/{id}")
    Subscription subscription(@PathParam("id") UUID id);

    @PUT
    @Path("/subscriptions/{id}")
    Subscription update(@PathParam("id") UUID id, Draft draft, @HeaderParam("If-Match") String ifMatch);

    @DELETE
    @Path("/subscriptions/{id}")
    void delete(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch);

    @POST
    @Path("/subscriptions/{id}/secret")
    WithSecret rotateSecret(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch);

    @GET
    @Path("/subscriptions/{id}/deliveries")
    List<Delivery> deliveries(@PathParam("id") UUID id, @QueryParam("status") String status, @QueryParam("limit") int limit);

    @POST
    @Path("/subscriptions/{id}/deliveries/{deliveryId}/redelivery")
    Delivery redeliver(@PathParam("id") UUID id, @PathParam("deliveryId") UUID deliveryId);

    @POST
    @Path("/subscriptions/{id}/test-events")
    Delivery sendTest(@PathParam("id") UUID id);

    /** What an administrator sets. */
    record Draft(String url, String description, List<String> eventTypes, Boolean active) {
    }

    /** A subscription as the service shows it: never its secret. */
    record Subscription(UUID id, String organisation, String url, String description, List<String> eventTypes, boolean active,
                        String endedReason, Instant previousSecretUntil, Instant createdAt, Instant updatedAt, int version) {
    }

    /** A subscription just made or rotated, with its secret: shown this once. */
    record WithSecret(Subscription subscription, String secret) {
    }

    record Attempt(Instant attemptedAt, Integer statusCode, long durationMs, String error) {
    }

    record Delivery(UUID id, UUID eventId, String eventType, String status, int attempts, Integer lastStatusCode,
                    String lastError, Instant createdAt, Instant nextAttemptAt, Instant deliveredAt, Instant parkedAt,
                    List<Attempt> attemptLog) {
    }
}
