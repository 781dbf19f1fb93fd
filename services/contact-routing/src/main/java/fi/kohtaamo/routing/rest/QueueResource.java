package fi.kohtaamo.routing.rest;

import fi.kohtaamo.routing.service.QueueQueries;
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
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;
import java.util.UUID;

@Path("/api/v1/queues")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Queues")
@RolesAllowed({"agent", "expert", "supervisor"})
public class QueueResource {

    private final QueueQueries queries;
    private final Callers callers;

    public QueueResource(QueueQueries queries, Callers callers) {
        this.queries = queries;
        this.callers = callers;
    }

    @GET
    @Operation(summary = "The caller's organisation's queues, and those shared with it, with waiting counts")
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
}
