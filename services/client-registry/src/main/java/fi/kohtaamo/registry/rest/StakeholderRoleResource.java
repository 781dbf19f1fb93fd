package fi.kohtaamo.registry.rest;

import fi.kohtaamo.caller.Callers;
import fi.kohtaamo.problem.ProblemException;
import fi.kohtaamo.problem.RequestValues;
import fi.kohtaamo.registry.domain.StakeholderRole;
import fi.kohtaamo.registry.service.Relations;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;

/** The roles an organisation holds towards the agencies: client, partner, service producer, steering body. */
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Stakeholder roles")
@Path("/api/v1/clients/{id}/stakeholder-roles")
public class StakeholderRoleResource {

    private final Relations relations;
    private final Callers callers;

    public StakeholderRoleResource(Relations relations, Callers callers) {
        this.relations = relations;
        this.callers = callers;
    }

    public record RoleResponse(String agency, String role, LocalDate since) {
        static RoleResponse of(StakeholderRole role) {
            return new RoleResponse(role.agency, role.role.name(), role.since);
        }
    }

    public record RolesRequest(@NotNull @Size(max = 4) Set<StakeholderRole.@NotNull Role> roles) {
    }

    @GET
    @RolesAllowed({"agent", "expert", "supervisor", "manager", "registry-admin"})
    @Operation(summary = "The roles the organisation holds towards your own agency (registry administration's too), "
            + "with the set's version as ETag (\"0\" when never set)")
    @APIResponse(responseCode = "200", description = "The roles towards your agency",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.ARRAY, implementation = RoleResponse.class)),
            headers = @Header(name = HttpHeaders.ETAG, description = "The version of the roles towards your agency, for If-Match",
                    schema = @Schema(type = SchemaType.STRING)))
    public Response roles(@PathParam("id") UUID clientId) {
        return answer(relations.rolesOf(clientId, callers.current()));
    }

    @PUT
    @Path("/{agency}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed("registry-admin")
    @Operation(summary = "Set the roles the organisation holds towards your own agency (an empty list removes them) at the "
            + "version read: If-Match with the ETag of the roles read is required (428 without, 412 stale with currentVersion, "
            + "checked under a row lock); another agency is a 404")
    @APIResponse(responseCode = "200", description = "The roles as set",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.ARRAY, implementation = RoleResponse.class)),
            headers = @Header(name = HttpHeaders.ETAG, description = "The roles' new version", schema = @Schema(type = SchemaType.STRING)))
    @APIResponse(responseCode = "404", description = "No such client, or another agency's roles")
    @APIResponse(responseCode = "412", description = "The roles changed since they were read; currentVersion")
    @APIResponse(responseCode = "428", description = "No If-Match")
    public Response setRoles(@PathParam("id") UUID clientId, @PathParam("agency") String agency,
                             @Valid @NotNull RolesRequest request, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        if (!agency.matches("[a-z0-9-]{2,60}")) {
            throw ProblemException.invalid("agency", "an organisation code");
        }
        int version = RequestValues.requiredIfMatchVersion(ifMatch);
        Set<StakeholderRole.Role> roles = request.roles().isEmpty() ? EnumSet.noneOf(StakeholderRole.Role.class)
                : EnumSet.copyOf(request.roles());
        return answer(relations.setRoles(clientId, agency, version, roles, callers.current()));
    }

    private static Response answer(Relations.RoleSet set) {
        return Response.ok(set.roles().stream().map(RoleResponse::of).toList())
                .tag(new EntityTag(String.valueOf(set.version()))).build();
    }
}
