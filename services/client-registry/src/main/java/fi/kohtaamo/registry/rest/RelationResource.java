package fi.kohtaamo.registry.rest;

import fi.kohtaamo.caller.Callers;
import fi.kohtaamo.registry.domain.ClientRelation;
import fi.kohtaamo.registry.service.Relations;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
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

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** Who acts for whom: a person's organisations, or an organisation's people, per agency. */
@Path("/api/v1/clients/{id}/relations")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Relations")
public class RelationResource {

    private final Relations relations;
    private final Callers callers;

    public RelationResource(Relations relations, Callers callers) {
        this.relations = relations;
        this.callers = callers;
    }

    public record RelationRequest(@NotNull UUID organisationId, @NotNull ClientRelation.Kind kind,
                                  @Size(max = 60) @Pattern(regexp = "[a-z0-9-]+", message = "an organisation code") String agency,
                                  LocalDate validFrom, LocalDate validUntil) {
    }

    public record RelationResponse(UUID id, UUID personId, String personName, UUID organisationId, String organisationName,
                                   String kind, String agency, LocalDate validFrom, LocalDate validUntil) {
        static RelationResponse of(Relations.RelationView view) {
            ClientRelation r = view.relation();
            return new RelationResponse(r.id, r.personId, view.personName(), r.organisationId, view.organisationName(),
                    r.kind.name(), r.agency, r.validFrom, r.validUntil);
        }
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed("registry-admin")
    @Operation(summary = "Record that this person acts for an organisation, in one agency's work (default: your own)")
    @APIResponse(responseCode = "201", description = "Recorded",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = RelationResponse.class)),
            headers = @Header(name = HttpHeaders.LOCATION, description = "The relation", schema = @Schema(type = SchemaType.STRING, format = "uri")))
    public Response relate(@PathParam("id") UUID personId, @Valid @NotNull RelationRequest request, @Context UriInfo uri) {
        Relations.RelationView view = relations.relate(personId, request.organisationId(), request.kind(), request.agency(),
                request.validFrom(), request.validUntil(), callers.current());
        return Response.created(uri.getAbsolutePathBuilder().path(view.relation().id.toString()).build())
                .entity(RelationResponse.of(view)).build();
    }

    @GET
    @RolesAllowed({"agent", "expert", "supervisor", "manager", "registry-admin"})
    @Operation(summary = "The client's relations from either side; staff see their own agency's, registry administration all; audited")
    public List<RelationResponse> list(@PathParam("id") UUID clientId,
                                       @QueryParam("purpose") @NotBlank @Size(min = 5, max = 200) String purpose) {
        return relations.relationsOf(clientId, purpose, callers.current()).stream().map(RelationResponse::of).toList();
    }

    @DELETE
    @Path("/{relationId}")
    @RolesAllowed("registry-admin")
    @Operation(summary = "Remove a relation")
    @APIResponse(responseCode = "204", description = "Removed")
    public Response unrelate(@PathParam("id") UUID clientId, @PathParam("relationId") UUID relationId) {
        relations.unrelate(clientId, relationId, callers.current());
        return Response.noContent().build();
    }
}
