package fi.kohtaamo.registry.rest;

import fi.kohtaamo.caller.Callers;
import fi.kohtaamo.problem.RequestValues;
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
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
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

    /** {@code agency}, when given, must be the caller's own (the default). */
    public record RelationRequest(@NotNull UUID organisationId, @NotNull ClientRelation.Kind kind,
                                  @Size(max = 60) @Pattern(regexp = "[a-z0-9-]+", message = "an organisation code") String agency,
                                  LocalDate validFrom, LocalDate validUntil) {
    }

    /** A relation; {@code version} is what a removal names in If-Match. */
    public record RelationResponse(UUID id, UUID personId, String personName, UUID organisationId, String organisationName,
                                   String kind, String agency, LocalDate validFrom, LocalDate validUntil,
                                   @Schema(description = "The relation's version, for If-Match on its removal") int version) {
        static RelationResponse of(Relations.RelationView view) {
            ClientRelation r = view.relation();
            return new RelationResponse(r.id, r.personId, view.personName(), r.organisationId, view.organisationName(),
                    r.kind.name(), r.agency, r.validFrom, r.validUntil, r.version);
        }
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed("registry-admin")
    @Operation(summary = "Record that this person acts for an organisation, in your own agency's work (agency, when named, "
            + "must be it); the same person, organisation, kind and agency again is a 409 naming the relation (existingId)")
    @APIResponse(responseCode = "201", description = "Recorded",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = RelationResponse.class)),
            headers = {
                    @Header(name = HttpHeaders.LOCATION, description = "The relation", schema = @Schema(type = SchemaType.STRING, format = "uri")),
                    @Header(name = HttpHeaders.ETAG, description = "The relation's version, for If-Match", schema = @Schema(type = SchemaType.STRING))})
    @APIResponse(responseCode = "400", description = "A bad field, named in violations")
    @APIResponse(responseCode = "409", description = "Already recorded; existingId names the relation")
    public Response relate(@PathParam("id") UUID personId, @Valid @NotNull RelationRequest request, @Context UriInfo uri) {
        Relations.RelationView view = relations.relate(personId, request.organisationId(), request.kind(), request.agency(),
                request.validFrom(), request.validUntil(), callers.current());
        return Response.created(uri.getAbsolutePathBuilder().path(view.relation().id.toString()).build())
                .tag(new jakarta.ws.rs.core.EntityTag(String.valueOf(view.relation().version)))
                .entity(RelationResponse.of(view)).build();
    }

    @GET
    @RolesAllowed({"agent", "expert", "supervisor", "manager", "registry-admin"})
    @Operation(summary = "The client's relations from either side known to your own agency (registry administration's too), "
            + "each with its version; audited")
    public List<RelationResponse> list(@PathParam("id") UUID clientId,
                                       @QueryParam("purpose") @NotBlank @Size(min = 5, max = 200) String purpose) {
        return relations.relationsOf(clientId, purpose, callers.current()).stream().map(RelationResponse::of).toList();
    }

    /** A relation's validity period as changed; either end may be absent (open). */
    public record ValidityRequest(LocalDate validFrom, LocalDate validUntil) {
    }

    @PUT
    @Path("/{relationId}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed("registry-admin")
    @Operation(summary = "Change a relation's validity period at the version read: If-Match with the relation's version "
            + "is required (428 without, 412 with currentVersion when it changed, checked under a row lock); another agency's "
            + "relation, or one removed meanwhile, is a 404; validUntil before validFrom is a 400 naming validUntil")
    @APIResponse(responseCode = "200", description = "Changed; the new version also as ETag",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = RelationResponse.class)),
            headers = @Header(name = HttpHeaders.ETAG, description = "The relation's version, for If-Match", schema = @Schema(type = SchemaType.STRING)))
    @APIResponse(responseCode = "400", description = "A bad field, named in violations")
    @APIResponse(responseCode = "404", description = "No such relation of this client in your agency")
    @APIResponse(responseCode = "412", description = "The relation changed since it was read; currentVersion")
    @APIResponse(responseCode = "428", description = "No If-Match")
    public Response changeValidity(@PathParam("id") UUID clientId, @PathParam("relationId") UUID relationId,
                                   @Valid @NotNull ValidityRequest request, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        Relations.RelationView view = relations.changeValidity(clientId, relationId, RequestValues.requiredIfMatchVersion(ifMatch),
                request.validFrom(), request.validUntil(), callers.current());
        return Response.ok(RelationResponse.of(view))
                .tag(new jakarta.ws.rs.core.EntityTag(String.valueOf(view.relation().version))).build();
    }

    @DELETE
    @Path("/{relationId}")
    @RolesAllowed("registry-admin")
    @Operation(summary = "Remove a relation of your own agency at the version read: If-Match with the relation's version "
            + "(as listed) is required (428 without, 412 when the relation changed, checked under a row lock); another agency's "
            + "relation, or one removed meanwhile, is a 404")
    @APIResponse(responseCode = "204", description = "Removed")
    @APIResponse(responseCode = "404", description = "No such relation of this client in your agency")
    @APIResponse(responseCode = "412", description = "The relation changed since it was read; currentVersion")
    @APIResponse(responseCode = "428", description = "No If-Match")
    public Response unrelate(@PathParam("id") UUID clientId, @PathParam("relationId") UUID relationId,
                             @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        relations.unrelate(clientId, relationId, RequestValues.requiredIfMatchVersion(ifMatch), callers.current());
        return Response.noContent().build();
    }
}
