package fi.kohtaamo.routing.rest;

import fi.kohtaamo.caller.Callers;
import fi.kohtaamo.problem.RequestValues;
import fi.kohtaamo.routing.domain.ReplyTemplate;
import fi.kohtaamo.routing.service.ReplyTemplates;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * An organisation's reply templates: its staff read them, its supervisors keep them. The
 * placeholders {@code {client_name}}, {@code {tracking_code}}, {@code {service}} and {@code {agent}}
 * are filled for a contact by {@code GET /api/v1/contacts/{id}/reply-templates/{templateId}}.
 */
@Path("/api/v1/reply-templates")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Reply templates")
public class ReplyTemplateResource {

    private final ReplyTemplates templates;
    private final Callers callers;

    public ReplyTemplateResource(ReplyTemplates templates, Callers callers) {
        this.templates = templates;
        this.callers = callers;
    }

    /** A template's text per language; a language left out or blank has none. */
    public record Texts(@Size(max = 10000) String fi, @Size(max = 10000) String sv, @Size(max = 10000) String en) {
    }

    /** A template as a supervisor writes it: text in at least one language, only known placeholders. */
    public record ReplyTemplateRequest(@NotBlank @Size(max = 200) String name, @Valid @NotNull Texts texts) {
        ReplyTemplates.Draft draft() {
            return new ReplyTemplates.Draft(name, texts.fi(), texts.sv(), texts.en());
        }
    }

    public record ReplyTemplateView(UUID id, String name, Texts texts, int version, String updatedBy, Instant updatedAt) {
        static ReplyTemplateView of(ReplyTemplate template) {
            return new ReplyTemplateView(template.id, template.name, new Texts(template.textFi, template.textSv, template.textEn),
                    template.version, template.updatedBy, template.updatedAt);
        }
    }

    private static Response withTag(Response.ResponseBuilder builder, ReplyTemplate template) {
        return builder.tag(new EntityTag(String.valueOf(template.version))).entity(ReplyTemplateView.of(template)).build();
    }

    @GET
    @RolesAllowed({"agent", "expert", "supervisor"})
    @Operation(summary = "Your organisation's reply templates, by name")
    public List<ReplyTemplateView> list() {
        return templates.list(callers.current()).stream().map(ReplyTemplateView::of).toList();
    }

    @POST
    @RolesAllowed("supervisor")
    @Operation(summary = "Add a reply template (an unknown placeholder is refused, naming its language's field)")
    @APIResponse(responseCode = "201", description = "Added", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ReplyTemplateView.class)),
            headers = {@Header(name = "Location", description = "The template", schema = @Schema(type = SchemaType.STRING, format = "uri")),
                    @Header(name = "ETag", description = "The template's version, for If-Match", schema = @Schema(type = SchemaType.STRING))})
    @APIResponse(responseCode = "409", description = "Another template of your organisation has this name")
    public Response create(@Valid @NotNull ReplyTemplateRequest request, @Context UriInfo uri) {
        ReplyTemplate template = templates.create(callers.current(), request.draft());
        return withTag(Response.created(uri.getAbsolutePathBuilder().path(template.id.toString()).build()), template);
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({"agent", "expert", "supervisor"})
    @Operation(summary = "One of your organisation's reply templates (another organisation's: 404)")
    @APIResponse(responseCode = "200", description = "The template", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ReplyTemplateView.class)), headers = @Header(name = "ETag", description = "The template's version, for If-Match", schema = @Schema(type = SchemaType.STRING)))
    public Response get(@PathParam("id") UUID id) {
        return withTag(Response.ok(), templates.get(callers.current(), id));
    }

    @PUT
    @Path("/{id}")
    @RolesAllowed("supervisor")
    @Operation(summary = "Replace a reply template; send If-Match with the version you read (412 when it changed since, 428 without)")
    @APIResponse(responseCode = "200", description = "The template as it now is", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ReplyTemplateView.class)), headers = @Header(name = "ETag", description = "The template's version, for If-Match", schema = @Schema(type = SchemaType.STRING)))
    @APIResponse(responseCode = "409", description = "Another template of your organisation has this name")
    public Response update(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch,
                           @Valid @NotNull ReplyTemplateRequest request) {
        return withTag(Response.ok(), templates.update(callers.current(), id, RequestValues.requiredIfMatchVersion(ifMatch),
                request.draft()));
    }

    @DELETE
    @Path("/{id}")
    @RolesAllowed("supervisor")
    @Operation(summary = "Remove a reply template; send If-Match with the version you read")
    @APIResponse(responseCode = "204", description = "Removed")
    public Response delete(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch) {
        templates.delete(callers.current(), id, RequestValues.requiredIfMatchVersion(ifMatch));
        return Response.noContent().build();
    }
}
