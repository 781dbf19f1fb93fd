package fi.kohtaamo.routing.rest;

import fi.kohtaamo.routing.service.ContactIntake;
import fi.kohtaamo.routing.service.ContactTracking;
import jakarta.annotation.security.PermitAll;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.core.Context;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/contacts")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Contacts")
public class ContactResource {

    private final ContactIntake intake;
    private final ContactTracking tracking;
    private final Callers callers;

    public ContactResource(ContactIntake intake, ContactTracking tracking, Callers callers) {
        this.intake = intake;
        this.tracking = tracking;
        this.callers = callers;
    }

    @POST
    @PermitAll
    @Operation(summary = "Submit a contact, anonymously or signed in",
            description = "Answers 201 with a tracking code, and an access secret unless a signed-in citizen submits "
                    + "for themselves. Signed-in callers may send an Idempotency-Key: a retry with the same key and "
                    + "body returns the first contact; the same key with another body is a 422.")
    public Response submit(@Valid @NotNull ContactRequest request,
                           @Parameter(description = "Makes a retried POST safe (signed-in callers)")
                           @HeaderParam("Idempotency-Key") @Size(max = 200) String idempotencyKey,
                           @Context UriInfo uri) {
        ContactIntake.Received received = intake.receive(request.toNewContact(), callers.current(), idempotencyKey);
        return Response.status(received.replayed() ? Response.Status.OK : Response.Status.CREATED)
                .location(uri.getBaseUriBuilder().path("api/v1/contacts").path(received.contact().id.toString()).build())
                .entity(ContactResponses.Created.of(received.contact(), received.accessSecret()))
                .build();
    }

    public record TrackingRequest(@NotBlank String trackingCode, @NotBlank String accessSecret) {
    }

    @POST
    @Path("/lookup")
    @PermitAll
    @Operation(summary = "Follow a contact with its tracking code and access secret",
            description = "A POST so that the secret stays out of URLs and access logs.")
    public ContactResponses.Tracked lookup(@Valid @NotNull TrackingRequest request) {
        return ContactResponses.Tracked.of(tracking.find(request.trackingCode(), request.accessSecret()));
    }
}
