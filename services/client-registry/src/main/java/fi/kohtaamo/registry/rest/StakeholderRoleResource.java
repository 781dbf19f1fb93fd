package fi.kohtaamo.registry.rest;

import fi.kohtaamo.caller.Callers;
import fi.kohtaamo.problem.ProblemException;
import fi.kohtaamo.registry.domain.StakeholderRole;
import fi.kohtaamo.registry.service.Relations;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
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
    @Operation(summary = "The roles the organisation holds; staff see those towards their own agency")
    public List<RoleResponse> roles(@PathParam("id") UUID clientId) {
        return relations.rolesOf(clientId, callers.current()).stream().map(RoleResponse::of).toList();
    }

    @PUT
    @Path("/{agency}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed("registry-admin")
    @Operation(summary = "Set the roles the organisation holds towards one agency (an empty list removes them)")
    public List<RoleResponse> setRoles(@PathParam("id") UUID clientId, @PathParam("agency") String agency,
                                       @Valid @NotNull RolesRequest request) {
        if (!agency.matches("[a-z0-9-]{2,60}")) {
            throw ProblemException.invalid("agency", "an organisation code");
        }
        Set<StakeholderRole.Role> roles = request.roles().isEmpty() ? EnumSet.noneOf(StakeholderRole.Role.class)
                : EnumSet.copyOf(request.roles());
        return relations.setRoles(clientId, agency, roles, callers.current()).stream().map(RoleResponse::of).toList();
    }
}
