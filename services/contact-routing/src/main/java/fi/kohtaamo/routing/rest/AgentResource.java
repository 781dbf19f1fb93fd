package fi.kohtaamo.routing.rest;

import fi.kohtaamo.caller.Callers;
import fi.kohtaamo.routing.domain.Agent;
import fi.kohtaamo.routing.domain.Presence;
import fi.kohtaamo.routing.service.Agents;
import fi.kohtaamo.routing.service.Offers;
import fi.kohtaamo.routing.service.Supervision;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import fi.kohtaamo.problem.RequestValues;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/** Agents: one's own presence, and what supervisors set on their organisation's agents. */
@Path("/api/v1/agents")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Agents")
public class AgentResource {

    private final Agents agents;
    private final Supervision supervision;
    private final Callers callers;
    private final Offers offers;

    public AgentResource(Agents agents, Supervision supervision, Callers callers, Offers offers) {
        this.offers = offers;
        this.agents = agents;
        this.supervision = supervision;
        this.callers = callers;
    }

    public record AgentView(String subject, String username, String organisation, boolean expert, String presence,
                            int capacity, List<String> languages, Map<String, Integer> skills, Set<UUID> queueIds,
                            boolean pushOffers, Long assigned, Long waitingForClient, int version) {
        static AgentView of(Agent agent) {
            return new AgentView(agent.subject, agent.username, agent.organisation, agent.expert, agent.presence.name(),
                    agent.capacity, agent.languages.stream().sorted().toList(), agent.skills, agent.queueIds, agent.pushOffers,
                    null, null, agent.version);
        }

        static AgentView of(Supervision.AgentLoad load) {
            Agent agent = load.agent();
            return new AgentView(agent.subject, agent.username, agent.organisation, agent.expert, agent.presence.name(),
                    agent.capacity, agent.languages.stream().sorted().toList(), agent.skills, agent.queueIds,
                    agent.pushOffers, load.assigned(), load.waitingForClient(), agent.version);
        }
    }

    @GET
    @Path("/me")
    @RolesAllowed({"agent", "expert", "supervisor"})
    @Operation(summary = "Your agent record (created on first sight from your token)")
    public AgentView me() {
        return AgentView.of(agents.me(callers.current()));
    }

    public record PresenceChange(@NotNull Presence presence) {
    }

    @PUT
    @Path("/me/presence")
    @RolesAllowed({"agent", "expert", "supervisor"})
    @Operation(summary = "Set your presence: AVAILABLE, AWAY or OFFLINE")
    public AgentView presence(@Valid @NotNull PresenceChange change) {
        return AgentView.of(agents.setPresence(callers.current(), change.presence()));
    }

    /** An expert a contact can be handed to. */
    public record ExpertView(String subject, String username, String presence, Map<String, Integer> skills,
                             List<String> languages) {
    }

    @GET
    @Path("/experts")
    @RolesAllowed({"agent", "expert", "supervisor"})
    @Operation(summary = "Your organisation's experts who are not offline: whom a contact can be handed to")
    public List<ExpertView> experts() {
        return agents.reachableExperts(callers.current()).stream()
                .map(a -> new ExpertView(a.subject, a.username, a.presence.name(), Map.copyOf(a.skills),
                        a.languages.stream().sorted().toList()))
                .toList();
    }

    @GET
    @Path("/me/offers")
    @RolesAllowed({"agent", "expert", "supervisor"})
    @Operation(summary = "Contacts offered to you in push mode, each until its offer expires")
    public List<ContactResponses.Offer> offers() {
        return offers.offeredTo(callers.current()).stream().map(ContactResponses.Offer::of).toList();
    }

    @GET
    @RolesAllowed("supervisor")
    @Operation(summary = "Your organisation's agents with their load")
    public List<AgentView> list() {
        return supervision.agents(callers.current()).stream().map(AgentView::of).toList();
    }

    public record Settings(@Size(max = 50) Map<@NotBlank @Size(max = 50) String, @NotNull @Min(1) @Max(5) Integer> skills,
                           @Size(min = 1, max = 3) List<@NotNull @Pattern(regexp = "fi|sv|en", message = "must be fi, sv or en") String> languages,
                           @Min(1) @Max(50) Integer capacity,
                           @Size(max = 100) Set<@NotNull UUID> queueIds,
                           Boolean pushOffers) {
    }

    @PUT
    @Path("/{subject}")
    @RolesAllowed("supervisor")
    @Operation(summary = "Set an agent's skills (levels 1-5), languages, capacity and queues; omitted fields stay (If-Match required)")
    @APIResponse(responseCode = "200", description = "The agent as changed",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AgentView.class)),
            headers = @Header(name = HttpHeaders.ETAG, description = "The agent's new version", schema = @Schema(type = SchemaType.STRING)))
    public Response update(@PathParam("subject") String subject, @HeaderParam("If-Match") String ifMatch,
                           @Valid @NotNull Settings settings) {
        Agent agent = agents.update(callers.current(), subject, RequestValues.requiredIfMatchVersion(ifMatch),
                new Agents.Settings(settings.skills(), settings.languages(), settings.capacity(), settings.queueIds(),
                        settings.pushOffers()));
        return Response.ok(AgentView.of(agent)).tag(new EntityTag(String.valueOf(agent.version))).build();
    }
}
