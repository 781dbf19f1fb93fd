package fi.kohtaamo.webchannel.page;

import fi.kohtaamo.webchannel.client.AutomationClient;
import fi.kohtaamo.webchannel.client.ReplyTemplateClient;
import fi.kohtaamo.webchannel.i18n.AutomationMessages;
import fi.kohtaamo.webchannel.i18n.Language;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.logging.Logger;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static fi.kohtaamo.webchannel.page.PageSupport.WHEN;
import static fi.kohtaamo.webchannel.page.PageSupport.commaList;
import static fi.kohtaamo.webchannel.page.PageSupport.formValues;
import static fi.kohtaamo.webchannel.page.PageSupport.notFound;
import static fi.kohtaamo.webchannel.page.PageSupport.problem;
import static fi.kohtaamo.webchannel.page.PageSupport.redirect;
import static fi.kohtaamo.webchannel.page.PageSupport.staffPage;
import static fi.kohtaamo.webchannel.page.PageSupport.text;
import static fi.kohtaamo.webchannel.page.PageSupport.texts;
import static fi.kohtaamo.webchannel.page.PageSupport.uuidOrNull;

/**
 * The supervisor's automation rules (issue 26): the list, a new rule, a change naming the version
 * it replaces (If-Match from a hidden field), a deletion, and the simulator (which rules an event
 * on a contact like this would run, what they would do, and why). Contact routing checks the rule
 * against the organisation's queues, templates and people and keeps every version. Services and
 * languages set through the API are kept as they are. Who may open the pages: {@link StaffPageGuard}.
 */
@Path("/supervise/automation")
@Produces(MediaType.TEXT_HTML)
public class AutomationPages {

    static final List<String> TRIGGERS = List.of("RECEIVED", "MESSAGE_ADDED", "WAITING_FOR_CLIENT", "TRANSFERRED",
            "RESOLVED", "REOPENED", "SLA_AT_RISK", "SLA_BREACHED");
    static final List<String> CONDITION_FIELDS = List.of("keywords", "segments", "tags", "priorities", "waitedMinutes");
    static final List<String> SAMPLE_FIELDS = List.of("tags", "waitedMinutes");
    static final List<String> PRIORITIES = List.of("1", "2", "3", "4", "5");
    private static final Logger LOG = Logger.getLogger(AutomationPages.class);

    private final AutomationClient automation;
    private final ReplyTemplateClient templates;
    private final PageFrame frame;

    public AutomationPages(@RestClient AutomationClient automation, @RestClient ReplyTemplateClient templates, PageFrame frame) {
        this.automation = automation;
        this.templates = templates;
        this.frame = frame;
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance rules(PageContext page, List<RuleRow> rows, String notice);

        static native TemplateInstance rule(PageContext page, String id, Map<String, String> form, List<String> triggers,
                                            List<String> chosenTriggers, List<String> channels, List<String> chosenChannels,
                                            List<ActionRows.Row> actions, List<String> actionTypes,
                                            List<TemplateOption> templates, List<String> conditionFields,
                                            Map<String, String> errors);

        static native TemplateInstance simulate(PageContext page, Map<String, String> form, List<String> triggers,
                                                List<String> channels, List<String> priorities, List<String> sampleFields,
                                                AutomationClient.Simulation result, Map<String, String> errors);
    }

    /** A rule in the list: its name, whether it is on, the events it runs on, the number of actions, who changed it when. */
    public record RuleRow(String id, String name, boolean enabled, List<String> triggers, int actions, String updatedBy,
                          String updatedAt) {
    }

    /** A reply template an action may send. */
    public record TemplateOption(String id, String name) {
    }

    @GET
    public Response list(@QueryParam("notice") String notice, @QueryParam("lang") String lang,
                         @CookieParam(Language.COOKIE) String remembered, @HeaderParam("Accept-Language") String accept,
                         @Context UriInfo uri) {
        String language = Language.resolve(lang, remembered, accept);
        String noticeText = notice != null && notice.matches("automation_(created|saved|deleted)")
                ? text(AutomationMessages.class, "notice_" + notice, language) : null;
        try {
            List<RuleRow> rows = automation.rules().stream().map(r -> new RuleRow(r.id().toString(), r.name(), r.enabled(),
                    r.triggers() == null ? List.of() : r.triggers(), r.actions() == null ? 0 : r.actions().size(), r.updatedBy(),
                    r.updatedAt() == null ? "" : WHEN.format(r.updatedAt()))).toList();
            return staffPage(Templates.rules(frame.context(language, uri), rows, noticeText), language, lang, 200);
        } catch (WebApplicationException | ProcessingException e) {
            return unavailable(e, language, uri);
        }
    }

    @GET
    @Path("/new")
    public Response newRule(@QueryParam("lang") String lang, @CookieParam(Language.COOKIE) String remembered,
                            @HeaderParam("Accept-Language") String accept, @Context UriInfo uri) {
        String language = Language.resolve(lang, remembered, accept);
        Map<String, String> form = new LinkedHashMap<>();
        form.put("enabled", "on");
        return page(null, form, List.of(), List.of(), Map.of(), language, lang, uri, 200);
    }

    @GET
    @Path("/{id}")
    public Response edit(@PathParam("id") String id, @QueryParam("lang") String lang,
                         @CookieParam(Language.COOKIE) String remembered, @HeaderParam("Accept-Language") String accept,
                         @Context UriInfo uri) {
        String language = Language.resolve(lang, remembered, accept);
        UUID ruleId = uuidOrNull(id);
        if (ruleId == null) {
            return notFound(frame.context(language, uri), language);
        }
        try {
            AutomationClient.Rule rule = automation.rule(ruleId);
            Map<String, String> form = new LinkedHashMap<>();
            form.put("name", rule.name());
            if (rule.enabled()) {
                form.put("enabled", "on");
            }
            AutomationClient.Conditions c = rule.conditions();
            if (c != null) {
                form.put("keywords", String.join(", ", orEmpty(c.keywords())));
                form.put("segments", String.join(", ", orEmpty(c.segments())));
                form.put("tags", String.join(", ", orEmpty(c.tags())));
                form.put("priorities", String.join(", ", orEmpty(c.priorities()).stream().map(String::valueOf).toList()));
                form.put("waitedMinutes", c.waitedMinutes() == null ? "" : String.valueOf(c.waitedMinutes()));
            }
            ActionRows.fill(rule.actions(), form);
            form.put("version", String.valueOf(rule.version()));
            return page(id, form, orEmpty(rule.triggers()), c == null ? List.of() : orEmpty(c.channels()), Map.of(), language,
                    lang, uri, 200);
        } catch (WebApplicationException e) {
            return refusedAsMissing(e, language, uri);
        } catch (ProcessingException e) {
            return unavailable(e, language, uri);
        }
    }

    @POST
    @Path("/new")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response create(MultivaluedMap<String, String> form, @CookieParam(Language.COOKIE) String remembered,
                           @HeaderParam("Accept-Language") String accept, @Context UriInfo uri) {
        return save(null, form, Language.resolve(null, remembered, accept), uri);
    }

    @POST
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response update(@PathParam("id") String id, MultivaluedMap<String, String> form,
                           @CookieParam(Language.COOKIE) String remembered, @HeaderParam("Accept-Language") String accept,
                           @Context UriInfo uri) {
        String language = Language.resolve(null, remembered, accept);
        if (uuidOrNull(id) == null) {
            return notFound(frame.context(language, uri), language);
        }
        return save(id, form, language, uri);
    }

    @POST
    @Path("/{id}/delete")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response delete(@PathParam("id") String id, MultivaluedMap<String, String> form,
                           @CookieParam(Language.COOKIE) String remembered, @HeaderParam("Accept-Language") String accept,
                           @Context UriInfo uri) {
        String language = Language.resolve(null, remembered, accept);
        UUID ruleId = uuidOrNull(id);
        String version = single(form, "version");
        if (ruleId == null || !version.matches("\\d{1,9}")) {
            return notFound(frame.context(language, uri), language);
        }
        try {
            automation.deleteRule(ruleId, "\"" + version + "\"");
            return redirect("/supervise/automation?notice=automation_deleted");
        } catch (WebApplicationException e) {
            if (e.getResponse().getStatus() == 412) {
                return redisplay(id, form, Map.of("form", "error_automation_conflict"), language, uri, 409);
            }
            return refusedAsMissing(e, language, uri);
        } catch (ProcessingException e) {
            return unavailable(e, language, uri);
        }
    }

    private Response save(String id, MultivaluedMap<String, String> form, String language, UriInfo uri) {
        Map<String, String> errors = new LinkedHashMap<>();
        String name = single(form, "name");
        if (name.isEmpty() || name.length() > 200 || name.indexOf('\0') >= 0) {
            errors.put("name", "error_automation_name");
        }
        List<String> triggers = chosen(form, "trigger", TRIGGERS);
        if (triggers.isEmpty()) {
            errors.put("trigger", "error_automation_triggers");
        }
        List<String> channels = chosen(form, "channel", RuleEditorPages.CHANNELS);
        List<String> keywords = list(form, "keywords", 100, errors);
        List<String> segments = list(form, "segments", 100, errors);
        List<String> tags = list(form, "tags", 50, errors);
        List<Integer> priorities = new ArrayList<>();
        for (String value : commaList(single(form, "priorities"))) {
            if (!value.matches("[1-5]")) {
                errors.put("priorities", "error_automation_priorities");
                break;
            }
            priorities.add(Integer.valueOf(value));
        }
        Integer waited = null;
        String waitedText = single(form, "waitedMinutes");
        if (!waitedText.isEmpty()) {
            waited = waitedText.matches("\\d{1,6}") && Integer.parseInt(waitedText) >= 1 && Integer.parseInt(waitedText) <= 525_600
                    ? Integer.valueOf(waitedText) : null;
            if (waited == null) {
                errors.put("waitedMinutes", "error_automation_waited");
            }
        }
        List<AutomationClient.Action> actions = ActionRows.read(form, errors);
        String version = single(form, "version");
        if (id != null && !version.matches("\\d{1,9}")) {
            errors.put("form", "error_generic");
        }
        if (!errors.isEmpty()) {
            return redisplay(id, form, errors, language, uri, 400);
        }
        try {
            // Conditions this form does not show (services, languages) stay as they are.
            AutomationClient.Conditions before = id == null ? null : automation.rule(UUID.fromString(id)).conditions();
            AutomationClient.Conditions conditions = new AutomationClient.Conditions(
                    before == null ? List.of() : orEmpty(before.services()), channels,
                    before == null ? List.of() : orEmpty(before.languages()), segments, keywords, priorities, tags, waited);
            AutomationClient.RuleDraft draft = new AutomationClient.RuleDraft(name, form.containsKey("enabled"), triggers,
                    conditions, actions);
            if (id == null) {
                automation.createRule(draft);
                return redirect("/supervise/automation?notice=automation_created");
            }
            automation.updateRule(UUID.fromString(id), draft, "\"" + version + "\"");
            return redirect("/supervise/automation?notice=automation_saved");
        } catch (WebApplicationException e) {
            int status = e.getResponse().getStatus();
            if (status == 412) {
                return redisplay(id, form, Map.of("form", "error_automation_conflict"), language, uri, 409);
            }
            if (status == 400) {
                return redisplay(id, form, Map.of(fieldOf(e), "error_automation_refused"), language, uri, 400);
            }
            return refusedAsMissing(e, language, uri);
        } catch (ProcessingException e) {
            return unavailable(e, language, uri);
        }
    }

    @GET
    @Path("/simulate")
    public Response simulateForm(@QueryParam("lang") String lang, @CookieParam(Language.COOKIE) String remembered,
                                 @HeaderParam("Accept-Language") String accept, @Context UriInfo uri) {
        String language = Language.resolve(lang, remembered, accept);
        Map<String, String> form = new LinkedHashMap<>();
        form.put("event", "RECEIVED");
        form.put("channel", "WEB");
        form.put("priority", "3");
        return staffPage(Templates.simulate(frame.context(language, uri), form, TRIGGERS, RuleEditorPages.CHANNELS, PRIORITIES, SAMPLE_FIELDS, null,
                Map.of()), language, lang, 200);
    }

    @POST
    @Path("/simulate")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response simulate(MultivaluedMap<String, String> form, @CookieParam(Language.COOKIE) String remembered,
                             @HeaderParam("Accept-Language") String accept, @Context UriInfo uri) {
        String language = Language.resolve(null, remembered, accept);
        Map<String, String> errors = new LinkedHashMap<>();
        String event = single(form, "event");
        if (!TRIGGERS.contains(event)) {
            errors.put("event", "error_automation_event");
        }
        String channel = single(form, "channel");
        if (!channel.isEmpty() && !RuleEditorPages.CHANNELS.contains(channel)) {
            errors.put("channel", "error_generic");
        }
        String description = single(form, "description");
        if (description.length() > 5000 || description.indexOf('\0') >= 0) {
            errors.put("description", "error_automation_description");
        }
        String priority = single(form, "priority");
        if (!priority.matches("[1-5]")) {
            errors.put("priority", "error_automation_priorities");
        }
        List<String> tags = list(form, "tags", 50, errors);
        String waitedText = single(form, "waitedMinutes");
        if (!waitedText.isEmpty() && !waitedText.matches("\\d{1,6}")) {
            errors.put("waitedMinutes", "error_automation_waited");
        }
        Map<String, String> values = formValues(form);
        if (!errors.isEmpty()) {
            return staffPage(Templates.simulate(frame.context(language, uri), values, TRIGGERS, RuleEditorPages.CHANNELS, PRIORITIES, SAMPLE_FIELDS, null,
                    texts(AutomationMessages.class, errors, language)), language, null, 400);
        }
        try {
            AutomationClient.Simulation result = automation.simulate(new AutomationClient.SimulationRequest(event, null,
                    channel.isEmpty() ? null : channel, language, description, Integer.valueOf(priority), tags,
                    waitedText.isEmpty() ? null : Integer.valueOf(waitedText)));
            return staffPage(Templates.simulate(frame.context(language, uri), values, TRIGGERS, RuleEditorPages.CHANNELS, PRIORITIES, SAMPLE_FIELDS, result,
                    Map.of()), language, null, 200);
        } catch (WebApplicationException e) {
            if (e.getResponse().getStatus() == 400) {
                return staffPage(Templates.simulate(frame.context(language, uri), values, TRIGGERS, RuleEditorPages.CHANNELS, PRIORITIES, SAMPLE_FIELDS, null,
                        texts(AutomationMessages.class, Map.of("form", "error_automation_refused"), language)), language, null, 400);
            }
            return unavailable(e, language, uri);
        } catch (ProcessingException e) {
            return unavailable(e, language, uri);
        }
    }

    private Response redisplay(String id, MultivaluedMap<String, String> form, Map<String, String> errors, String language,
                               UriInfo uri, int status) {
        return page(id, formValues(form), form.getOrDefault("trigger", List.of()), form.getOrDefault("channel", List.of()),
                errors, language, null, uri, status);
    }

    private Response page(String id, Map<String, String> form, List<String> chosenTriggers, List<String> chosenChannels,
                          Map<String, String> errors, String language, String explicit, UriInfo uri, int status) {
        try {
            return staffPage(Templates.rule(frame.context(language, uri), id, form, TRIGGERS, chosenTriggers,
                    RuleEditorPages.CHANNELS, chosenChannels, ActionRows.rows(form), ActionRows.TYPES, templateOptions(templates), CONDITION_FIELDS,
                    texts(AutomationMessages.class, errors, language)), language, explicit, status);
        } catch (WebApplicationException | ProcessingException e) {
            return unavailable(e, language, uri);
        }
    }

    static List<TemplateOption> templateOptions(ReplyTemplateClient templates) {
        return templates.list().stream().map(t -> new TemplateOption(t.id().toString(), t.name())).toList();
    }

    /** A comma-separated list of at most 20 values of at most {@code max} characters each; an error under the field otherwise. */
    private static List<String> list(MultivaluedMap<String, String> form, String field, int max, Map<String, String> errors) {
        List<String> values = commaList(single(form, field));
        if (values.size() > 20 || values.stream().anyMatch(v -> v.length() > max || v.indexOf('\0') >= 0)) {
            errors.put(field, "error_automation_list");
        }
        return values;
    }

    /** The form field a refusal from contact routing names. */
    private static String fieldOf(WebApplicationException e) {
        String field = problem(e).path("violations").path(0).path("field").asText("");
        String action = ActionRows.fieldOf(field);
        if (action != null) {
            return action;
        }
        if (field.startsWith("conditions.")) {
            String condition = field.substring("conditions.".length()).replaceAll("\\[.*", "");
            return switch (condition) {
                case "channels" -> "channel";
                case "keywords", "segments", "tags", "priorities", "waitedMinutes" -> condition;
                default -> "form";
            };
        }
        return switch (field) {
            case "name" -> "name";
            case "triggers" -> "trigger";
            default -> field.startsWith("triggers") ? "trigger" : "form";
        };
    }

    private static List<String> chosen(MultivaluedMap<String, String> form, String key, List<String> allowed) {
        return form.getOrDefault(key, List.of()).stream().filter(allowed::contains).distinct().toList();
    }

    private static String single(MultivaluedMap<String, String> form, String key) {
        String value = form.getFirst(key);
        return value == null ? "" : value.strip();
    }

    private static <T> List<T> orEmpty(List<T> list) {
        return list == null ? List.of() : list;
    }

    private Response refusedAsMissing(WebApplicationException e, String language, UriInfo uri) {
        int status = e.getResponse().getStatus();
        return status == 404 || status == 403 ? notFound(frame.context(language, uri), language) : unavailable(e, language, uri);
    }

    private Response unavailable(RuntimeException e, String language, UriInfo uri) {
        LOG.warnf("contact routing: %s", e.getMessage());
        return PageSupport.unavailable(frame.context(language, uri), language);
    }
}
