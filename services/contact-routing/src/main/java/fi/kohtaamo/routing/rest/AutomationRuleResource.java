package fi.kohtaamo.routing.rest;

import fi.kohtaamo.caller.Callers;
import fi.kohtaamo.problem.RequestValues;
import fi.kohtaamo.routing.automation.AutomationAction;
import fi.kohtaamo.routing.automation.AutomationConditions;
import fi.kohtaamo.routing.automation.AutomationRules;
import fi.kohtaamo.routing.automation.Trigger;
import fi.kohtaamo.routing.domain.AutomationRule;
import fi.kohtaamo.routing.domain.AutomationRuleVersion;
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

/** An organisation's automation rules (run on contact events after intake), versioned, and their simulator. */
@Path("/api/v1/automation-rules")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Automation rules")
@RolesAllowed("supervisor")
public class AutomationRuleResource {

    private final AutomationRules rules;
    private final Callers callers;

    public AutomationRuleResource(AutomationRules rules, Callers callers) {
        this.rules = rules;
        this.callers = callers;
    }

    public record RuleRequest(@NotBlank @Size(max = 200) String name,
                              Boolean enabled,
                              @NotNull @Size(min = 1, max = 8) List<@NotNull Trigger> triggers,
                              @Valid AutomationConditions conditions,
                              @NotNull @Size(min = 1, max = 10) List<@Valid @NotNull AutomationAction> actions) {
        AutomationRules.Draft draft() {
            return new AutomationRules.Draft(name, enabled == null || enabled, triggers, conditions, actions);
        }
    }

    public record RuleView(UUID id, String name, boolean enabled, List<Trigger> triggers, AutomationConditions conditions,
                           List<AutomationAction> actions, int version, String updatedBy, Instant updatedAt) {
        static RuleView of(AutomationRule rule) {
            return new RuleView(rule.id, rule.name, rule.enabled, rule.triggers, rule.conditions, rule.actions, rule.version,
                    rule.updatedBy, rule.updatedAt);
        }
    }

    @GET
    @Operation(summary = "Your organisation's automation rules, by name (the order they run in)")
    public List<RuleView> list() {
        return rules.list(callers.current()).stream().map(RuleView::of).toList();
    }

    @POST
    @Operation(summary = "Add an automation rule: on the events it names, when its conditions hold, its actions are done")
    @APIResponse(responseCode = "201", description = "Added",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = RuleView.class)),
            headers = {
                    @Header(name = HttpHeaders.LOCATION, description = "The rule", schema = @Schema(type = SchemaType.STRING, format = "uri")),
                    @Header(name = HttpHeaders.ETAG, description = "The rule's version, for If-Match", schema = @Schema(type = SchemaType.STRING))})
    public Response create(@Valid @NotNull RuleRequest request, @Context UriInfo uri) {
        AutomationRule rule = rules.create(callers.current(), request.draft());
        return Response.created(uri.getAbsolutePathBuilder().path(rule.id.toString()).build())
                .tag(new EntityTag(String.valueOf(rule.version))).entity(RuleView.of(rule)).build();
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "An automation rule of your organisation; ETag = version")
    @APIResponse(responseCode = "200", description = "The rule",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = RuleView.class)),
            headers = @Header(name = HttpHeaders.ETAG, description = "The rule's version, for If-Match", schema = @Schema(type = SchemaType.STRING)))
    public Response get(@PathParam("id") UUID id) {
        AutomationRule rule = rules.get(callers.current(), id);
        return Response.ok(RuleView.of(rule)).tag(new EntityTag(String.valueOf(rule.version))).build();
    }

    @PUT
    @Path("/{id}")
    @Operation(summary = "Replace an automation rule; send If-Match with the version you read (412 when it changed since, 428 without)")
    @APIResponse(responseCode = "200", description = "The rule as replaced",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = RuleView.class)),
            headers = @Header(name = HttpHeaders.ETAG, description = "The rule's new version", schema = @Schema(type = SchemaType.STRING)))
    public Response update(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch,
                           @Valid @NotNull RuleRequest request) {
        AutomationRule rule = rules.update(callers.current(), id, RequestValues.requiredIfMatchVersion(ifMatch), request.draft());
        return Response.ok(RuleView.of(rule)).tag(new EntityTag(String.valueOf(rule.version))).build();
    }

    @DELETE
    @Path("/{id}")
    @Operation(summary = "Delete an automation rule (If-Match); its versions are kept")
    @APIResponse(responseCode = "204", description = "Deleted")
    public Response delete(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch) {
        rules.delete(callers.current(), id, RequestValues.requiredIfMatchVersion(ifMatch));
        return Response.noContent().build();
    }

    public record VersionView(int version, String change, Map<String, Object> rule, String changedBy, Instant changedAt) {
        static VersionView of(AutomationRuleVersion version) {
            return new VersionView(version.key.version, version.change, version.snapshot, version.changedBy, version.changedAt);
        }
    }

    @GET
    @Path("/{id}/versions")
    @Operation(summary = "Every version of an automation rule, the first first")
    public List<VersionView> versions(@PathParam("id") UUID id) {
        return rules.versions(callers.current(), id).stream().map(VersionView::of).toList();
    }

    /** An event on a contact: a real one you see ({@code contactId}), else the one described by the other fields. */
    public record SimulationRequest(@NotNull Trigger event, UUID contactId, UUID serviceId,
                                    @Pattern(regexp = "WEB|EMAIL|PHONE|CHAT|LETTER|IN_PERSON|API|OPEN311",
                                            message = "must be a channel") String channel,
                                    @Pattern(regexp = "fi|sv|en", message = "must be fi, sv or en") String language,
                                    @Size(max = 50) List<@NotBlank @Size(max = 100) String> segments,
                                    @Size(max = 5000) String description,
                                    @Min(1) @Max(5) Integer priority,
                                    @Size(max = 20) List<@NotBlank @Size(max = 50) String> tags,
                                    @Min(0) @Max(525_600) Integer waitedMinutes) {
    }

    public record SimulatedRule(UUID ruleId, String name, int version, boolean enabled, boolean wouldRun,
                                List<AutomationConditions.Check> checks, List<String> actions, String reason) {
    }

    public record SimulationResult(Trigger event, List<SimulatedRule> rules) {
    }

    @POST
    @Path("/simulate")
    @Operation(summary = "Which of your rules an event on a contact like this would run, what they would do, and why")
    public SimulationResult simulate(@Valid @NotNull SimulationRequest request) {
        List<AutomationRules.Outcome> outcomes = rules.simulate(callers.current(), request.event(), request.contactId(),
                new AutomationRules.Sample(request.serviceId(), request.channel(), request.language(), request.segments(),
                        request.description(), request.priority(), request.tags(), request.waitedMinutes()));
        return new SimulationResult(request.event(), outcomes.stream().map(outcome -> new SimulatedRule(outcome.rule().id,
                outcome.rule().name, outcome.rule().version, outcome.rule().enabled, outcome.wouldRun(), outcome.checks(),
                outcome.actions(), outcome.reason())).toList());
    }
}
