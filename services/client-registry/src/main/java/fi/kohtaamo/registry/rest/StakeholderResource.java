package fi.kohtaamo.registry.rest;

import fi.kohtaamo.caller.Callers;
import fi.kohtaamo.problem.ProblemException;
import fi.kohtaamo.registry.domain.StakeholderRole;
import fi.kohtaamo.registry.service.Relations;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;
import java.util.UUID;

/** An agency's stakeholders: the organisations holding a role towards it. */
@Path("/api/v1/stakeholders")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Stakeholder roles")
public class StakeholderResource {

    private final Relations relations;
    private final Callers callers;

    public StakeholderResource(Relations relations, Callers callers) {
        this.relations = relations;
        this.callers = callers;
    }

    public record StakeholderResponse(UUID clientId, String name, String businessId, String organisationType,
                                      List<StakeholderRole.Role> roles) {
    }

    @GET
    @RolesAllowed({"agent", "expert", "supervisor", "manager", "registry-admin"})
    @Operation(summary = "Your own agency's stakeholders (registry administration's too; another agency is a 403), optionally of one role")
    public List<StakeholderResponse> stakeholders(@QueryParam("agency") String agency, @QueryParam("role") String role) {
        StakeholderRole.Role parsed = null;
        if (role != null) {
            try {
                parsed = StakeholderRole.Role.valueOf(role);
            } catch (IllegalArgumentException e) {
                throw ProblemException.invalid("role", "one of " + List.of(StakeholderRole.Role.values()));
            }
        }
        return relations.stakeholders(agency, parsed, callers.current()).stream()
                .map(s -> new StakeholderResponse(s.clientId(), s.name(), s.businessId(), s.organisationType(), s.roles()))
                .toList();
    }
}
