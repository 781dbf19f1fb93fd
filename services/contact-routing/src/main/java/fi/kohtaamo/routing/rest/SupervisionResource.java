package fi.kohtaamo.routing.rest;

import fi.kohtaamo.caller.Callers;
import fi.kohtaamo.routing.domain.Queue;
import fi.kohtaamo.routing.service.Supervision;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** The supervisor's live picture of the queues their organisation sees. */
@Path("/api/v1/supervision")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Supervision")
@RolesAllowed("supervisor")
public class SupervisionResource {

    private final Supervision supervision;
    private final Callers callers;

    public SupervisionResource(Supervision supervision, Callers callers) {
        this.supervision = supervision;
        this.callers = callers;
    }

    public record QueueFigures(UUID id, String code, String tier, String organisation, long queued, long assigned,
                               long waitingForClient, Instant oldestQueuedSince, long atRisk, long breached,
                               long agentsAvailable, long agentsMembers) {
        static QueueFigures of(Supervision.QueueFigures figures) {
            Queue queue = figures.queue();
            return new QueueFigures(queue.id, queue.code, queue.tier.name(), queue.organisation, figures.queued(),
                    figures.assigned(), figures.waitingForClient(), figures.oldestQueuedSince(), figures.atRisk(),
                    figures.breached(), figures.agentsAvailable(), figures.agentsMembers());
        }
    }

    @GET
    @Path("/queues")
    @Operation(summary = "Per queue: open contacts by status, the oldest waiting, at risk and breached, agents available")
    public List<QueueFigures> queues() {
        return supervision.queues(callers.current()).stream().map(QueueFigures::of).toList();
    }
}
