package fi.kohtaamo.registry.rest;

import fi.kohtaamo.caller.Callers;
import fi.kohtaamo.problem.RequestValues;
import fi.kohtaamo.registry.service.ClientRegistry;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

@Path("/api/v1/audit")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Audit")
@RolesAllowed({"auditor", "platform-auditor"})
public class AuditResource {

    private final ClientRegistry registry;
    private final Callers callers;

    public AuditResource(ClientRegistry registry, Callers callers) {
        this.registry = registry;
        this.callers = callers;
    }

    @GET
    @Operation(summary = "Reads and changes of personal data, newest first, by client and/or actor in [from, to) (default: 30 days)",
            description = "An auditor sees what their own organisation's staff did; a platform-auditor sees every organisation's.")
    public List<ClientResponses.AuditRecord> entries(@QueryParam("clientId") UUID clientId, @QueryParam("actor") String actor,
                                                     @QueryParam("from") String from, @QueryParam("to") String to) {
        Instant end = RequestValues.instant("to", to, Instant.now().plusSeconds(1));
        Instant start = RequestValues.instant("from", from, end.minus(Duration.ofDays(30)));
        return registry.auditLog(clientId, actor, start, end, callers.current()).stream().map(ClientResponses.AuditRecord::of).toList();
    }
}
