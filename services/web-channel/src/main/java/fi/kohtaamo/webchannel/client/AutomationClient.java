package fi.kohtaamo.webchannel.client;

import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import org.eclipse.microprofile.rest.client.annotation.RegisterClientHeaders;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Contact routing's automation rules and macros (issue 26): the supervisor's rules and their
 * simulator, the organisation's macros, and a macro applied to a contact. Who may do what is
 * routing's decision, by the token passed on.
 */
@RegisterRestClient(configKey = "contact-routing")
@RegisterClientHeaders
@Path("/api/v1")
public interface AutomationClient {

    @GET
    @Path("/automation-rules")
    List<Rule> rules();

    @GET
    @Path("/automation-rules/{id}")
    Rule rule(@PathParam("id") UUID id);

    @POST
    @Path("/automation-rules")
    Rule createRule(RuleDraft draft);

    @PUT
    @Path("/automation-rules/{id}")
    Rule updateRule(@PathParam("id") UUID id, RuleDraft draft, @HeaderParam("If-Match") String ifMatch);

    @DELETE
    @Path("/automation-rules/{id}")
    void deleteRule(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch);

    @POST
    @Path("/automation-rules/simulate")
    Simulation simulate(SimulationRequest request);

    @GET
    @Path("/macros")
    List<Macro> macros();

    @GET
    @Path("/macros/{id}")
    Macro macro(@PathParam("id") UUID id);

    @POST
    @Path("/macros")
    Macro createMacro(MacroDraft draft);

    @PUT
    @Path("/macros/{id}")
    Macro updateMacro(@PathParam("id") UUID id, MacroDraft draft, @HeaderParam("If-Match") String ifMatch);

    @DELETE
    @Path("/macros/{id}")
    void deleteMacro(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch);

    /** The macro's actions on a contact the caller holds, at the contact's version they saw. */
    @POST
    @Path("/contacts/{id}/macros/{macroId}")
    WorkClient.StaffContact applyMacro(@PathParam("id") UUID contactId, @PathParam("macroId") UUID macroId,
                                       @HeaderParam("If-Match") String ifMatch);

    /** One action; which field it uses depends on the type. */
    record Action(String type, Integer priority, String tag, String queue, UUID templateId, String person,
                  UUID subscriptionId) {
    }

    record Conditions(List<UUID> services, List<String> channels, List<String> languages, List<String> segments,
                      List<String> keywords, List<Integer> priorities, List<String> tags, Integer waitedMinutes) {
    }

    record Rule(UUID id, String name, boolean enabled, List<String> triggers, Conditions conditions, List<Action> actions,
                int version, String updatedBy, Instant updatedAt) {
    }

    record RuleDraft(String name, boolean enabled, List<String> triggers, Conditions conditions, List<Action> actions) {
    }

    record SimulationRequest(String event, UUID contactId, String channel, String language, String description,
                             Integer priority, List<String> tags, Integer waitedMinutes) {
    }

    record Check(String condition, boolean held) {
    }

    record SimulatedRule(UUID ruleId, String name, int version, boolean enabled, boolean wouldRun, List<Check> checks,
                         List<String> actions, String reason) {
    }

    record Simulation(String event, List<SimulatedRule> rules) {
    }

    record Macro(UUID id, String name, List<Action> actions, int version, String updatedBy, Instant updatedAt) {
    }

    record MacroDraft(String name, List<Action> actions) {
    }
}
