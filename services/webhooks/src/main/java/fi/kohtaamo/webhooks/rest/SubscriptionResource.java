package fi.kohtaamo.webhooks.rest;

import fi.kohtaamo.caller.Callers;
import fi.kohtaamo.problem.RequestValues;
import fi.kohtaamo.webhooks.domain.Delivery;
import fi.kohtaamo.webhooks.domain.EventTypes;
import fi.kohtaamo.webhooks.domain.Subscription;
import fi.kohtaamo.webhooks.service.Subscriptions;
import io.quarkus.security.Authenticated;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.core.Context;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;
import java.util.UUID;

/**
 * Webhook subscriptions of the caller's organisation: for its agency systems (client credentials)
 * and its administrators (catalogue-admin). Another organisation's subscription is 404.
 */
@Path("/api/v1/webhooks")
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
@Tag(name = "Webhooks")
public class SubscriptionResource {

    private final Subscriptions subscriptions;
    private final Callers callers;

    public SubscriptionResource(Subscriptions subscriptions, Callers callers) {
        this.subscriptions = subscriptions;
        this.callers = callers;
    }

    @GET
    @Path("/event-types")
    @Operation(summary = "The event types a subscription may list")
    public List<String> eventTypes() {
        Subscriptions.managedOrganisation(callers.current());
        return EventTypes.NAMES;
    }

    @GET
    @Path("/subscriptions")
    @Operation(summary = "Your organisation's subscriptions (no secrets)")
    public List<WebhookResponses.SubscriptionResponse> list() {
        return subscriptions.list(callers.current()).stream().map(WebhookResponses.SubscriptionResponse::of).toList();
    }

    @POST
    @Path("/subscriptions")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Subscribe to event types of your organisation; the answer shows the signing secret, once")
    @APIResponse(responseCode = "201", description = "The subscription and its secret",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = WebhookResponses.SubscriptionWithSecret.class)),
            headers = @Header(name = HttpHeaders.ETAG, description = "The subscription's version, for If-Match", schema = @Schema(type = SchemaType.STRING)))
    public Response create(@Valid @NotNull SubscriptionRequest request, @Context UriInfo uri) {
        Subscription subscription = subscriptions.create(request.settings(), callers.current());
        return Response.created(uri.getAbsolutePathBuilder().path(subscription.id.toString()).build())
                .entity(WebhookResponses.SubscriptionWithSecret.of(subscription)).tag(etag(subscription)).build();
    }

    @GET
    @Path("/subscriptions/{id}")
    @Operation(summary = "A subscription (no secret)")
    @APIResponse(responseCode = "200", description = "The subscription",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = WebhookResponses.SubscriptionResponse.class)),
            headers = @Header(name = HttpHeaders.ETAG, description = "The subscription's version, for If-Match", schema = @Schema(type = SchemaType.STRING)))
    public Response read(@PathParam("id") UUID id) {
        Subscription subscription = subscriptions.read(id, callers.current());
        return Response.ok(WebhookResponses.SubscriptionResponse.of(subscription)).tag(etag(subscription)).build();
    }

    @PUT
    @Path("/subscriptions/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Change a subscription; If-Match with the version read is required (428 without, 412 when stale)")
    @APIResponse(responseCode = "200", description = "The subscription as changed",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = WebhookResponses.SubscriptionResponse.class)),
            headers = @Header(name = HttpHeaders.ETAG, description = "The subscription's new version", schema = @Schema(type = SchemaType.STRING)))
    @APIResponse(responseCode = "428", description = "No If-Match")
    @APIResponse(responseCode = "412", description = "The subscription changed since it was read")
    public Response update(@PathParam("id") UUID id, @Valid @NotNull SubscriptionRequest request,
                           @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        Subscription subscription = subscriptions.update(id, RequestValues.ifMatchVersion(ifMatch), request.settings(), callers.current());
        return Response.ok(WebhookResponses.SubscriptionResponse.of(subscription)).tag(etag(subscription)).build();
    }

    @DELETE
    @Path("/subscriptions/{id}")
    @Operation(summary = "End a subscription and forget its deliveries; If-Match required (428 without, 412 when stale)")
    @APIResponse(responseCode = "204", description = "Deleted")
    @APIResponse(responseCode = "428", description = "No If-Match")
    @APIResponse(responseCode = "412", description = "The subscription changed since it was read")
    public Response delete(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        subscriptions.delete(id, RequestValues.ifMatchVersion(ifMatch), callers.current());
        return Response.noContent().build();
    }

    @POST
    @Path("/subscriptions/{id}/secret")
    @Operation(summary = "Rotate the signing secret: the answer shows the new one, once; the previous one keeps signing beside it "
            + "for the overlap (previousSecretUntil). If-Match required (428 without, 412 when stale)")
    @APIResponse(responseCode = "200", description = "The subscription and its new secret",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = WebhookResponses.SubscriptionWithSecret.class)),
            headers = @Header(name = HttpHeaders.ETAG, description = "The subscription's new version", schema = @Schema(type = SchemaType.STRING)))
    @APIResponse(responseCode = "428", description = "No If-Match")
    @APIResponse(responseCode = "412", description = "The subscription changed since it was read")
    public Response rotateSecret(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        Subscription subscription = subscriptions.rotateSecret(id, RequestValues.ifMatchVersion(ifMatch), callers.current());
        return Response.ok(WebhookResponses.SubscriptionWithSecret.of(subscription)).tag(etag(subscription)).build();
    }

    @GET
    @Path("/subscriptions/{id}/deliveries")
    @Operation(summary = "The delivery log, newest first: each delivery's state and every attempt with the receiver's status code and time")
    public List<WebhookResponses.DeliveryResponse> deliveries(@PathParam("id") UUID id,
                                                              @QueryParam("status") Delivery.Status status,
                                                              @QueryParam("limit") @DefaultValue("50") @Min(1) @Max(500) int limit) {
        return subscriptions.deliveries(id, status, limit, callers.current()).stream()
                .map(delivery -> WebhookResponses.DeliveryResponse.of(delivery, subscriptions.attempts(delivery.id))).toList();
    }

    @GET
    @Path("/subscriptions/{id}/deliveries/{deliveryId}")
    @Operation(summary = "One delivery and its attempts")
    public WebhookResponses.DeliveryResponse delivery(@PathParam("id") UUID id, @PathParam("deliveryId") UUID deliveryId) {
        Delivery delivery = subscriptions.delivery(id, deliveryId, callers.current());
        return WebhookResponses.DeliveryResponse.of(delivery, subscriptions.attempts(delivery.id));
    }

    @POST
    @Path("/subscriptions/{id}/deliveries/{deliveryId}/redelivery")
    @Operation(summary = "Send a delivery again (delivered, parked or waiting): the same event id, a new retry window from now")
    @APIResponse(responseCode = "202", description = "Queued for delivery",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = WebhookResponses.DeliveryResponse.class)))
    public Response redeliver(@PathParam("id") UUID id, @PathParam("deliveryId") UUID deliveryId) {
        Delivery delivery = subscriptions.redeliver(id, deliveryId, callers.current());
        return Response.accepted(WebhookResponses.DeliveryResponse.of(delivery, subscriptions.attempts(delivery.id))).build();
    }

    @POST
    @Path("/subscriptions/{id}/test-events")
    @Operation(summary = "Send a test event (type fi.kohtaamo.webhooks.test.v1) to the subscription's receiver")
    @APIResponse(responseCode = "202", description = "Queued for delivery",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = WebhookResponses.DeliveryResponse.class)))
    public Response sendTest(@PathParam("id") UUID id) {
        Delivery delivery = subscriptions.sendTest(id, callers.current());
        return Response.accepted(WebhookResponses.DeliveryResponse.of(delivery, List.of())).build();
    }

    private static EntityTag etag(Subscription subscription) {
        return new EntityTag(String.valueOf(subscription.version));
    }
}
