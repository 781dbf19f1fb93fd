package fi.kohtaamo.registry.rest;

import fi.kohtaamo.caller.Callers;
import fi.kohtaamo.problem.ProblemException;
import fi.kohtaamo.registry.domain.ErasureRequest;
import fi.kohtaamo.registry.service.ErasureRequests;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;
import java.util.UUID;

/** Citizens' erasure requests, decided by registry administration. */
@Path("/api/v1/erasure-requests")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "GDPR")
@RolesAllowed("registry-admin")
public class ErasureRequestResource {

    private final ErasureRequests requests;
    private final Callers callers;

    public ErasureRequestResource(ErasureRequests requests, Callers callers) {
        this.requests = requests;
        this.callers = callers;
    }

    @GET
    @Operation(summary = "Erasure requests with a status (REQUESTED by default), oldest first")
    public List<ExportResponses.ErasureRequestResponse> list(@QueryParam("status") @DefaultValue("REQUESTED") String status) {
        ErasureRequest.Status parsed;
        try {
            parsed = ErasureRequest.Status.valueOf(status);
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalid("status", "one of " + List.of(ErasureRequest.Status.values()));
        }
        return requests.withStatus(parsed).stream().map(ExportResponses.ErasureRequestResponse::of).toList();
    }

    public record Decision(@NotNull Boolean approve, @NotBlank @Size(min = 5, max = 500) @NoNul String reason) {
    }

    @POST
    @Path("/{id}/decision")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Approve (the client is erased at once, and every service told) or reject with a reason")
    public ExportResponses.ErasureRequestResponse decide(@PathParam("id") UUID id, @Valid @NotNull Decision decision) {
        return ExportResponses.ErasureRequestResponse.of(
                requests.decide(id, decision.approve(), decision.reason(), callers.current()));
    }
}
