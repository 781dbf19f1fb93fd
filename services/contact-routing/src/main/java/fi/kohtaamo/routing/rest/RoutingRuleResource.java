package fi.kohtaamo.routing.rest;

import fi.kohtaamo.caller.Callers;
import fi.kohtaamo.problem.RequestValues;
import fi.kohtaamo.routing.domain.RoutingRule;
import fi.kohtaamo.routing.domain.RoutingRuleVersion;
import fi.kohtaamo.routing.rules.RuleConditions;
import fi.kohtaamo.routing.service.Router;
import fi.kohtaamo.routing.service.RoutingRules;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
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
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityTag;
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

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** An organisation's ordered routing rules, versioned, and the simulator. */
@Path("/api/v1/routing-rules")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Routing rules")
@RolesAllowed("supervisor")
public class RoutingRuleResource {

    private final RoutingRules rules;
    private final Callers callers;

    public RoutingRuleResource(RoutingRules rules, Callers callers) {
        this.rules = rules;
        this.callers = callers;
    }

    public record RuleRequest(@NotNull @Min(0) @Max(100_000) Integer position,
                              @NotBlank @Size(max = 200) String name,
                              Boolean enabled,
                              @Valid RuleConditions conditions,
                              @NotBlank @Size(max = 100) String targetQueue,
                              @Size(max = 20) Map<@NotBlank String, @NotNull @Min(1) @Max(5) Integer> requiredSkills,
                              @Min(1) @Max(5) Integer priority) {
        RoutingRules.Draft draft() {
            return new RoutingRules.Draft(position, name, enabled == null || enabled, conditions, targetQueue,
                    requiredSkills, priority);
        }
    }

    public record RuleView(UUID id, int position, String name, boolean enabled, RuleConditions conditions,
                           String targetQueue, Map<String, Integer> requiredSkills, Integer priority, int version,
                           String updatedBy, Instant updatedAt) {
        static RuleView of(RoutingRule rule) {
            return new RuleView(rule.id, rule.position, rule.name, rule.enabled, rule.conditions, rule.targetQueue,
                    rule.requiredSkills, rule.priority, rule.version, rule.updatedBy, rule.updatedAt);
        }
    }

    @GET
    @Operation(summary = "Your organisation's rules in the order they are tried")
    public List<RuleView> list() {
        return rules.list(callers.current()).stream().map(RuleView::of).toList();
    }

    @POST
    @Operation(summary = "Add a rule; the first matching enabled rule (lowest position) decides")
    @APIResponse(responseCode = "201", description = "Added",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = RuleView.class)),
            headers = {
                    @Header(name = HttpHeaders.LOCATION, description = "The rule", schema = @Schema(type = SchemaType.STRING, format = "uri")),
                    @Header(name = HttpHeaders.ETAG, description = "The rule's version, for If-Match", schema = @Schema(type = SchemaType.STRING))})
    public Response create(@Valid @NotNull RuleRequest request, @Context UriInfo uri) {
        RoutingRule rule = rules.create(callers.current(), request.draft());
        return Response.created(uri.getAbsolutePathBuilder().path(rule.id.toString()).build())
                .tag(new EntityTag(String.valueOf(rule.version))).entity(RuleView.of(rule)).build();
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "A rule of your organisation; ETag = version")
    @APIResponse(responseCode = "200", description = "The rule",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = RuleView.class)),
            headers = @Header(name = HttpHeaders.ETAG, description = "The rule's version, for If-Match", schema = @Schema(type = SchemaType.STRING)))
    public Response get(@PathParam("id") UUID id) {
        RoutingRule rule = rules.get(callers.current(), id);
        return Response.ok(RuleView.of(rule)).tag(new EntityTag(String.valueOf(rule.version))).build();
    }

    @PUT
    @Path("/{id}")
    @Operation(summary = "Replace a rule; send If-Match with the version you read (412 when it changed since)")
    @APIResponse(responseCode = "200", description = "The rule as replaced",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = RuleView.class)),
            headers = @Header(name = HttpHeaders.ETAG, description = "The rule's new version", schema = @Schema(type = SchemaType.STRING)))
    public Response update(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch,
                           @Valid @NotNull RuleRequest request) {
        RoutingRule rule = rules.update(callers.current(), id, RequestValues.requiredIfMatchVersion(ifMatch), request.draft());
        return Response.ok(RuleView.of(rule)).tag(new EntityTag(String.valueOf(rule.version))).build();
    }

    @DELETE
    @Path("/{id}")
    @Operation(summary = "Delete a rule; its versions are kept")
    @APIResponse(responseCode = "204", description = "Deleted")
    public Response delete(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch) {
        rules.delete(callers.current(), id, RequestValues.requiredIfMatchVersion(ifMatch));
        return Response.noContent().build();
    }

    public record VersionView(int version, String change, Map<String, Object> rule, String changedBy, Instant changedAt) {
        static VersionView of(RoutingRuleVersion version) {
            return new VersionView(version.key.version, version.change, version.snapshot, version.changedBy, version.changedAt);
        }
    }

    @GET
    @Path("/{id}/versions")
    @Operation(summary = "Every version of a rule, the first first")
    public List<VersionView> versions(@PathParam("id") UUID id) {
        return rules.versions(callers.current(), id).stream().map(VersionView::of).toList();
    }

    public record SimulationRequest(UUID serviceId,
                                    @Pattern(regexp = "WEB|EMAIL|PHONE|CHAT|LETTER|IN_PERSON|API|OPEN311",
                                            message = "must be a channel") String channel,
                                    @NotNull @Pattern(regexp = "fi|sv|en", message = "must be fi, sv or en") String language,
                                    List<String> segments, @Size(max = 20) String municipality,
                                    @Size(max = 5000) String description, Map<String, Object> attributes) {
    }

    /**
     * {@code preferredChannels}: the channels the sample's segments prefer (the registry's definitions
     * as routing last heard them); {@code viaPreferredChannel}: whether the sample's channel is one of
     * them (null when they prefer none), what a rule's {@code preferredChannel} condition reads.
     */
    public record SimulationResult(String queue, UUID queueId, String tier, int priority,
                                   Map<String, Integer> requiredSkills, UUID ruleId, String ruleName, Integer ruleVersion,
                                   String reason, List<String> preferredChannels, Boolean viaPreferredChannel) {
    }

    @POST
    @Path("/simulate")
    @RolesAllowed({"supervisor", "agent", "expert"})
    @Operation(summary = "Which queue a contact like this would reach, and which rule decided it")
    public SimulationResult simulate(@Valid @NotNull SimulationRequest request) {
        RoutingRules.Simulation simulation = rules.simulate(callers.current(), new RoutingRules.Sample(request.serviceId(),
                request.channel(), request.language(), request.segments(), request.municipality(),
                request.description(), request.attributes()));
        Router.Routed routed = simulation.routed();
        var rule = routed.decision().decidedBy();
        return new SimulationResult(routed.queue().code, routed.queue().id, routed.queue().tier.name(),
                routed.decision().priority(), routed.decision().requiredSkills(), rule == null ? null : rule.id(),
                rule == null ? null : rule.name(), rule == null ? null : rule.version(), routed.reason(),
                simulation.preferredChannels(), simulation.viaPreferredChannel());
    }
}
