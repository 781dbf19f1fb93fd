package fi.kohtaamo.routing.rest;

import fi.kohtaamo.caller.Callers;
import fi.kohtaamo.problem.RequestValues;
import fi.kohtaamo.routing.domain.Queue;
import fi.kohtaamo.routing.service.Supervision;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
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

    /** One agent's figures; the shares are null where there is nothing to divide. */
    public record AgentFigures(String subject, String username, long resolved, double averageHandlingMinutes,
                               Double firstContactResolution, Double serviceLevelAttainment) {
        static AgentFigures of(Supervision.AgentFigures figures) {
            var handled = figures.handled();
            return new AgentFigures(figures.agent().subject, figures.agent().username, handled.resolved(),
                    Math.round(handled.averageHandlingSeconds() / 6.0) / 10.0,
                    share(handled.firstContact(), handled.resolved()), share(handled.onTime(), handled.withServiceLevel()));
        }

        private static Double share(long part, long whole) {
            return whole == 0 ? null : Math.round(1000.0 * part / whole) / 1000.0;
        }
    }

    @GET
    @Path("/agents")
    @Operation(summary = "Per agent of your organisation: contacts resolved in a period, average handling time, "
            + "first-contact resolution and service-level attainment",
            description = "from and to are days (Europe/Helsinki), inclusive, at most 366 days apart; by default the last "
                    + "30 days. Handling time runs from the last assignment to the resolution; a first-contact resolution "
                    + "was never transferred, released or reopened; attainment counts contacts with a service level "
                    + "that met both the first-response and the resolution target.")
    public List<AgentFigures> agents(
            @QueryParam("from") @Parameter(schema = @Schema(type = SchemaType.STRING, format = "date")) String from,
            @QueryParam("to") @Parameter(schema = @Schema(type = SchemaType.STRING, format = "date")) String to) {
        java.time.LocalDate today = java.time.LocalDate.now(java.time.ZoneId.of("Europe/Helsinki"));
        java.time.LocalDate last = java.util.Objects.requireNonNullElse(RequestValues.date("to", to), today);
        java.time.LocalDate first = java.util.Objects.requireNonNullElse(RequestValues.date("from", from), last.minusDays(29));
        return supervision.agentFigures(callers.current(), first, last).stream().map(AgentFigures::of).toList();
    }
}
