package fi.kohtaamo.routing.rest;

import fi.kohtaamo.caller.Callers;
import fi.kohtaamo.problem.RequestValues;
import fi.kohtaamo.routing.automation.AutomationAction;
import fi.kohtaamo.routing.automation.Macros;
import fi.kohtaamo.routing.domain.Macro;
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
import jakarta.ws.rs.core.HttpHeaders;
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

/** An organisation's macros: supervisors keep them, staff list them (applying one: {@link ContactMacroResource}). */
@Path("/api/v1/macros")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Macros")
public class MacroResource {

    private final Macros macros;
    private final Callers callers;

    public MacroResource(Macros macros, Callers callers) {
        this.macros = macros;
        this.callers = callers;
    }

    public record MacroRequest(@NotBlank @Size(max = 200) String name,
                               @NotNull @Size(min = 1, max = 10) List<@Valid @NotNull AutomationAction> actions) {
        Macros.Draft draft() {
            return new Macros.Draft(name, actions);
        }
    }

    public record MacroView(UUID id, String name, List<AutomationAction> actions, int version, String updatedBy,
                            Instant updatedAt) {
        static MacroView of(Macro macro) {
            return new MacroView(macro.id, macro.name, macro.actions, macro.version, macro.updatedBy, macro.updatedAt);
        }
    }

    @GET
    @RolesAllowed({"supervisor", "agent", "expert"})
    @Operation(summary = "Your organisation's macros, by name")
    public List<MacroView> list() {
        return macros.list(callers.current()).stream().map(MacroView::of).toList();
    }

    @POST
    @RolesAllowed("supervisor")
    @Operation(summary = "Add a macro: a named set of actions staff apply to a contact in one go")
    @APIResponse(responseCode = "201", description = "Added",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = MacroView.class)),
            headers = {
                    @Header(name = HttpHeaders.LOCATION, description = "The macro", schema = @Schema(type = SchemaType.STRING, format = "uri")),
                    @Header(name = HttpHeaders.ETAG, description = "The macro's version, for If-Match", schema = @Schema(type = SchemaType.STRING))})
    public Response create(@Valid @NotNull MacroRequest request, @Context UriInfo uri) {
        Macro macro = macros.create(callers.current(), request.draft());
        return Response.created(uri.getAbsolutePathBuilder().path(macro.id.toString()).build())
                .tag(new EntityTag(String.valueOf(macro.version))).entity(MacroView.of(macro)).build();
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({"supervisor", "agent", "expert"})
    @Operation(summary = "A macro of your organisation; ETag = version")
    @APIResponse(responseCode = "200", description = "The macro",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = MacroView.class)),
            headers = @Header(name = HttpHeaders.ETAG, description = "The macro's version, for If-Match", schema = @Schema(type = SchemaType.STRING)))
    public Response get(@PathParam("id") UUID id) {
        Macro macro = macros.get(callers.current(), id);
        return Response.ok(MacroView.of(macro)).tag(new EntityTag(String.valueOf(macro.version))).build();
    }

    @PUT
    @Path("/{id}")
    @RolesAllowed("supervisor")
    @Operation(summary = "Replace a macro; send If-Match with the version you read (412 when it changed since, 428 without)")
    @APIResponse(responseCode = "200", description = "The macro as replaced",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = MacroView.class)),
            headers = @Header(name = HttpHeaders.ETAG, description = "The macro's new version", schema = @Schema(type = SchemaType.STRING)))
    public Response update(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch,
                           @Valid @NotNull MacroRequest request) {
        Macro macro = macros.update(callers.current(), id, RequestValues.requiredIfMatchVersion(ifMatch), request.draft());
        return Response.ok(MacroView.of(macro)).tag(new EntityTag(String.valueOf(macro.version))).build();
    }

    @DELETE
    @Path("/{id}")
    @RolesAllowed("supervisor")
    @Operation(summary = "Delete a macro (If-Match)")
    @APIResponse(responseCode = "204", description = "Deleted")
    public Response delete(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch) {
        macros.delete(callers.current(), id, RequestValues.requiredIfMatchVersion(ifMatch));
        return Response.noContent().build();
    }
}
