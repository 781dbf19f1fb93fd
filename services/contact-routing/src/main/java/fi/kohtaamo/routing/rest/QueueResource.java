package fi.kohtaamo.routing.rest;

import fi.kohtaamo.caller.Callers;
import fi.kohtaamo.routing.domain.Queue;
import fi.kohtaamo.routing.domain.Tier;
import fi.kohtaamo.routing.service.QueueQueries;
import fi.kohtaamo.routing.service.QueueSettings;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.core.EntityTag;
import fi.kohtaamo.problem.RequestValues;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;
import java.util.Set;
import java.util.UUID;

@Path("/api/v1/queues")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Queues")
@RolesAllowed({"agent", "expert", "supervisor"})
public class QueueResource {

    private final QueueQueries queries;
    private final QueueSettings settings;
    private final Callers callers;

    public QueueResource(QueueQueries queries, QueueSettings settings, Callers callers) {
        this.settings = settings;
        this.queries = queries;
        this.callers = callers;
    }

    @GET
    @Operation(summary = "The caller's organisation's queues, and those shared with it, with waiting counts and how many of the waiting are at risk or breached")
    public List<ContactResponses.QueueSummary> list() {
        return queries.visibleQueues(callers.current()).stream().map(ContactResponses.QueueSummary::of).toList();
    }

    @GET
    @Path("/{id}/contacts")
    @Operation(summary = "Contacts in a queue, oldest first")
    public List<ContactResponses.QueuedContact> contacts(@PathParam("id") UUID id,
                                                         @QueryParam("limit") @DefaultValue("50") @Min(1) @Max(500) int limit) {
        return queries.contactsIn(id, callers.current(), limit).stream().map(ContactResponses.QueuedContact::of).toList();
    }

    public record QueueRequest(@Pattern(regexp = "[a-z0-9][a-z0-9-]{1,62}", message = "lower-case letters, digits and dashes") String code,
                               @NotBlank @Size(max = 200) String nameFi, @NotBlank @Size(max = 200) String nameSv,
                               @NotBlank @Size(max = 200) String nameEn, @NotNull Tier tier, UUID calendarId,
                               UUID slaPolicyId, @Size(max = 50) Set<@NotBlank @Size(max = 100) String> sharedWith,
                               UUID responsibilityArea) {
        QueueSettings.Settings settings() {
            return new QueueSettings.Settings(code, nameFi, nameSv, nameEn, tier, calendarId, slaPolicyId, sharedWith,
                    responsibilityArea);
        }
    }

    @POST
    @RolesAllowed("supervisor")
    @Operation(summary = "Create a queue of your organisation: names, tier, calendar, service-level policy, shares, responsibility area")
    @APIResponse(responseCode = "201", description = "Created",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ContactResponses.QueueSummary.class)),
            headers = @Header(name = HttpHeaders.LOCATION, description = "The queue", schema = @Schema(type = SchemaType.STRING, format = "uri")))
    public Response create(@Valid @NotNull QueueRequest request, @Context UriInfo uri) {
        if (request.code() == null) {
            throw fi.kohtaamo.problem.ProblemException.invalid("code", "is required");
        }
        Queue queue = settings.create(callers.current(), request.settings());
        return Response.created(uri.getAbsolutePathBuilder().path(queue.id.toString()).build())
                .entity(ContactResponses.QueueSummary.of(new QueueQueries.QueueView(queue))).build();
    }

    @PUT
    @Path("/{id}")
    @RolesAllowed("supervisor")
    @Operation(summary = "Change a queue of your organisation (its code stays; If-Match required)")
    @APIResponse(responseCode = "200", description = "The queue as changed",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ContactResponses.QueueSummary.class)),
            headers = @Header(name = HttpHeaders.ETAG, description = "The queue's new version", schema = @Schema(type = SchemaType.STRING)))
    public Response update(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch,
                           @Valid @NotNull QueueRequest request) {
        Queue queue = settings.update(callers.current(), id, RequestValues.requiredIfMatchVersion(ifMatch), request.settings());
        return Response.ok(ContactResponses.QueueSummary.of(new QueueQueries.QueueView(queue)))
                .tag(new EntityTag(String.valueOf(queue.version))).build();
    }
}
