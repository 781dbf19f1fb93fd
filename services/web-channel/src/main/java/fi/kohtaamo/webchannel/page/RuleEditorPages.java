package fi.kohtaamo.webchannel.page;

import fi.kohtaamo.webchannel.client.CatalogueClient;
import fi.kohtaamo.webchannel.client.WorkClient;
import fi.kohtaamo.webchannel.i18n.Language;
import fi.kohtaamo.webchannel.i18n.RuleMessages;
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

import static fi.kohtaamo.webchannel.page.PageSupport.commaList;
import static fi.kohtaamo.webchannel.page.PageSupport.formValues;
import static fi.kohtaamo.webchannel.page.PageSupport.notFound;
import static fi.kohtaamo.webchannel.page.PageSupport.problem;
import static fi.kohtaamo.webchannel.page.PageSupport.redirect;
import static fi.kohtaamo.webchannel.page.PageSupport.staffPage;
import static fi.kohtaamo.webchannel.page.PageSupport.texts;
import static fi.kohtaamo.webchannel.page.PageSupport.uuidOrNull;

/**
 * The supervisor edits the organisation's routing rules: a new rule, a change, a deletion. A
 * change names the version it replaces (If-Match), so two supervisors never overwrite each other
 * unseen; contact routing validates the rule and keeps every version. The preferred-channel
 * condition (the contact came through a channel its client's segments prefer, or another one) is
 * a choice of three: no condition, yes, no. Conditions on answers to
 * extra questions and on agencies are kept as they are (set through the API). Who may open the
 * pages: {@link StaffPageGuard} (supervisors).
 */
@Path("/")
@Produces(MediaType.TEXT_HTML)
public class RuleEditorPages {

    static final List<String> CHANNELS = List.of("WEB", "EMAIL", "PHONE", "CHAT", "LETTER", "IN_PERSON", "API", "OPEN311");
    static final List<String> GROUPS = List.of("STRATEGIC_PLANNING", "ADVICE_AND_INFORMATION", "FINANCING_AND_PROMOTION",
            "PERMITS_AND_NOTIFICATIONS", "SUPERVISION_AND_INSPECTIONS", "INFRASTRUCTURE");
    private static final Logger LOG = Logger.getLogger(RuleEditorPages.class);

    private final WorkClient work;
    private final CatalogueClient catalogue;
    private final PageFrame frame;

    public RuleEditorPages(@RestClient WorkClient work, @RestClient CatalogueClient catalogue, PageFrame frame) {
        this.work = work;
        this.catalogue = catalogue;
        this.frame = frame;
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance rule(PageContext page, String id, Map<String, String> form, Map<String, List<String>> chosen,
                                            List<FeedbackPages.ServiceOption> services, List<WorkPages.QueueView> queues,
                                            List<String> groups, List<String> channels, String keptConditions,
                                            Map<String, String> errors);
    }

    @GET
    @Path("/supervise/rules/new")
    public Response newRule(@QueryParam("lang") String lang, @CookieParam(Language.COOKIE) String remembered,
                            @HeaderParam("Accept-Language") String accept, @Context UriInfo uri) {
        String language = Language.resolve(lang, remembered, accept);
        Map<String, String> form = new LinkedHashMap<>();
        form.put("enabled", "on");
        try {
            int last = work.rules().stream().mapToInt(WorkClient.Rule::position).max().orElse(0);
            form.put("position", String.valueOf(last + 10));
            return page(null, form, Map.of(), null, Map.of(), language, lang, uri, 200);
        } catch (WebApplicationException | ProcessingException e) {
            return unavailable(e, language, uri);
        }
    }

    @GET
    @Path("/supervise/rules/{id}")
    public Response edit(@PathParam("id") String id, @QueryParam("lang") String lang,
                         @CookieParam(Language.COOKIE) String remembered, @HeaderParam("Accept-Language") String accept,
                         @Context UriInfo uri) {
        String language = Language.resolve(lang, remembered, accept);
        UUID ruleId = uuidOrNull(id);
        if (ruleId == null) {
            return notFound(frame.context(language, uri), language);
        }
        try {
            WorkClient.EditableRule rule = work.rule(ruleId);
            return page(id, formOf(rule), chosenOf(rule.conditions()), kept(rule.conditions()), Map.of(), language, lang, uri, 200);
        } catch (WebApplicationException e) {
            return e.getResponse().getStatus() == 404 || e.getResponse().getStatus() == 403
                    ? notFound(frame.context(language, uri), language) : unavailable(e, language, uri);
        } catch (ProcessingException e) {
            return unavailable(e, language, uri);
        }
    }

    @POST
    @Path("/supervise/rules/new")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response create(MultivaluedMap<String, String> form, @CookieParam(Language.COOKIE) String remembered,
                           @HeaderParam("Accept-Language") String accept, @Context UriInfo uri) {
        return save(null, form, Language.resolve(null, remembered, accept), uri);
    }

    @POST
    @Path("/supervise/rules/{id}")
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
    @Path("/supervise/rules/{id}/delete")
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
            work.deleteRule(ruleId, "\"" + version + "\"");
            return redirect("/supervise/rules?notice=rule_deleted");
        } catch (WebApplicationException e) {
            int status = e.getResponse().getStatus();
            if (status == 412) {
                return redisplay(id, form, Map.of("form", "error_rule_conflict"), language, uri, 409);
            }
            return status == 404 || status == 403 ? notFound(frame.context(language, uri), language)
                    : unavailable(e, language, uri);
        } catch (ProcessingException e) {
            return unavailable(e, language, uri);
        }
    }

    private Response save(String id, MultivaluedMap<String, String> form, String language, UriInfo uri) {
        Map<String, String> errors = new LinkedHashMap<>();
        String name = single(form, "name");
        if (name.isEmpty() || name.length() > 200) {
            errors.put("name", "error_rule_name");
        }
        Integer position = integer(single(form, "position"), 0, 100_000);
        if (position == null) {
            errors.put("position", "error_rule_position");
        }
        String targetQueue = single(form, "targetQueue");
        if (targetQueue.isEmpty()) {
            errors.put("targetQueue", "error_queue");
        }
        Integer priority = null;
        if (!single(form, "priority").isEmpty()) {
            priority = integer(single(form, "priority"), 1, 5);
            if (priority == null) {
                errors.put("priority", "error_rule_priority");
            }
        }
        Map<String, Integer> skills = skills(single(form, "skills"));
        if (skills == null) {
            errors.put("skills", "error_rule_skills");
        }
        List<UUID> services = new ArrayList<>();
        for (String value : form.getOrDefault("serviceId", List.of())) {
            UUID service = uuidOrNull(value);
            if (service == null) {
                errors.put("serviceId", "error_service");
            } else {
                services.add(service);
            }
        }
        List<String> groups = chosen(form, "serviceGroup", GROUPS);
        List<String> channels = chosen(form, "channel", CHANNELS);
        List<String> languages = chosen(form, "language", Language.SUPPORTED);
        List<String> keywords = commaList(single(form, "keywords"));
        if (keywords.stream().anyMatch(k -> k.length() > 100) || keywords.size() > 50) {
            errors.put("keywords", "error_rule_keywords");
        }
        String preferred = single(form, "preferredChannel");
        if (!preferred.isEmpty() && !preferred.equals("true") && !preferred.equals("false")) {
            errors.put("preferredChannel", "error_rule_preferred_channel");
        }
        Boolean preferredChannel = preferred.isEmpty() ? null : Boolean.valueOf(preferred);
        String version = single(form, "version");
        if (id != null && !version.matches("\\d{1,9}")) {
            errors.put("form", "error_generic");
        }
        if (!errors.isEmpty()) {
            return redisplay(id, form, errors, language, uri, 400);
        }
        try {
            // Conditions this form does not show (answers to extra questions, agencies) stay as they are.
            WorkClient.Conditions before = id == null ? null : work.rule(UUID.fromString(id)).conditions();
            WorkClient.Conditions conditions = new WorkClient.Conditions(services, groups, channels, languages,
                    commaList(single(form, "segments")), before == null ? List.of() : before.organisations(),
                    commaList(single(form, "municipalities")), keywords, before == null ? Map.of() : before.attributes(),
                    preferredChannel);
            WorkClient.RuleDraft draft = new WorkClient.RuleDraft(position, name, form.containsKey("enabled"), conditions,
                    targetQueue, skills, priority);
            if (id == null) {
                work.createRule(draft);
                return redirect("/supervise/rules?notice=rule_created");
            }
            work.updateRule(UUID.fromString(id), draft, "\"" + version + "\"");
            return redirect("/supervise/rules?notice=rule_saved");
        } catch (WebApplicationException e) {
            int status = e.getResponse().getStatus();
            if (status == 412) {
                return redisplay(id, form, Map.of("form", "error_rule_conflict"), language, uri, 409);
            }
            if (status == 400) {
                return redisplay(id, form, Map.of(fieldOf(e), "error_rule_refused"), language, uri, 400);
            }
            return status == 404 || status == 403 ? notFound(frame.context(language, uri), language)
                    : unavailable(e, language, uri);
        } catch (ProcessingException e) {
            return unavailable(e, language, uri);
        }
    }

    /** The form again as the supervisor filled it, with the errors beside the fields. */
    private Response redisplay(String id, MultivaluedMap<String, String> form, Map<String, String> errors, String language,
                               UriInfo uri, int status) {
        Map<String, String> values = formValues(form);
        Map<String, List<String>> chosen = new LinkedHashMap<>();
        for (String key : List.of("serviceId", "serviceGroup", "channel", "language")) {
            chosen.put(key, form.getOrDefault(key, List.of()));
        }
        String keptConditions = null;
        if (id != null) {
            try {
                keptConditions = kept(work.rule(UUID.fromString(id)).conditions());
            } catch (WebApplicationException | ProcessingException e) {
                LOG.debugf("rule not read again: %s", e.getMessage());
            }
        }
        return page(id, values, chosen, keptConditions, errors, language, null, uri, status);
    }

    private Response page(String id, Map<String, String> form, Map<String, List<String>> chosen, String keptConditions,
                          Map<String, String> errors, String language, String explicit, UriInfo uri, int status) {
        try {
            List<WorkPages.QueueView> queues = work.queues().stream().map(q -> WorkPages.QueueView.of(q, language)).toList();
            List<String> selectedServices = chosen.getOrDefault("serviceId", List.of());
            List<FeedbackPages.ServiceOption> services = FeedbackPages.serviceOptions(catalogue, language, null).stream()
                    .map(o -> new FeedbackPages.ServiceOption(o.id(), o.name(), selectedServices.contains(o.id()))).toList();
            Map<String, List<String>> all = new LinkedHashMap<>(chosen);
            for (String key : List.of("serviceId", "serviceGroup", "channel", "language")) {
                all.putIfAbsent(key, List.of());
            }
            return staffPage(Templates.rule(frame.context(language, uri), id, form, all, services, queues, GROUPS, CHANNELS,
                    keptConditions, texts(RuleMessages.class, errors, language)), language, explicit, status);
        } catch (WebApplicationException | ProcessingException e) {
            return unavailable(e, language, uri);
        }
    }

    private static Map<String, String> formOf(WorkClient.EditableRule rule) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("name", rule.name());
        form.put("position", String.valueOf(rule.position()));
        if (rule.enabled()) {
            form.put("enabled", "on");
        }
        form.put("targetQueue", rule.targetQueue());
        form.put("priority", rule.priority() == null ? "" : String.valueOf(rule.priority()));
        form.put("skills", rule.requiredSkills() == null ? "" : String.join(", ", rule.requiredSkills().entrySet().stream()
                .map(e -> e.getKey() + "=" + e.getValue()).sorted().toList()));
        WorkClient.Conditions c = rule.conditions();
        if (c != null) {
            form.put("segments", String.join(", ", orEmpty(c.segments())));
            form.put("municipalities", String.join(", ", orEmpty(c.municipalities())));
            form.put("keywords", String.join(", ", orEmpty(c.keywords())));
            form.put("preferredChannel", c.preferredChannel() == null ? "" : c.preferredChannel().toString());
        }
        form.put("version", String.valueOf(rule.version()));
        return form;
    }

    private static Map<String, List<String>> chosenOf(WorkClient.Conditions c) {
        Map<String, List<String>> chosen = new LinkedHashMap<>();
        if (c == null) {
            return chosen;
        }
        chosen.put("serviceId", orEmpty(c.services()).stream().map(UUID::toString).toList());
        chosen.put("serviceGroup", orEmpty(c.serviceGroups()));
        chosen.put("channel", orEmpty(c.channels()));
        chosen.put("language", orEmpty(c.languages()));
        return chosen;
    }

    /** The conditions this form keeps without showing them for editing, in words; null when none. */
    private static String kept(WorkClient.Conditions c) {
        if (c == null) {
            return null;
        }
        List<String> parts = new ArrayList<>();
        if (c.attributes() != null) {
            c.attributes().forEach((code, answers) -> parts.add(code + " = " + String.join(" | ", answers)));
        }
        if (c.organisations() != null && !c.organisations().isEmpty()) {
            parts.add(String.join(", ", c.organisations()));
        }
        return parts.isEmpty() ? null : String.join("; ", parts);
    }

    /** "permits=3, roads=2" as skills and levels; null when it cannot be read. */
    static Map<String, Integer> skills(String text) {
        Map<String, Integer> skills = new LinkedHashMap<>();
        for (String part : commaList(text)) {
            String[] pair = part.split("=", 2);
            Integer level = pair.length == 2 ? integer(pair[1].strip(), 1, 5) : null;
            if (level == null || pair[0].isBlank() || pair[0].strip().length() > 50) {
                return null;
            }
            skills.put(pair[0].strip(), level);
        }
        return skills.size() > 20 ? null : skills;
    }


    private static List<String> chosen(MultivaluedMap<String, String> form, String key, List<String> allowed) {
        return form.getOrDefault(key, List.of()).stream().filter(allowed::contains).distinct().toList();
    }

    private static String single(MultivaluedMap<String, String> form, String key) {
        String value = form.getFirst(key);
        return value == null ? "" : value.strip();
    }

    private static Integer integer(String text, int min, int max) {
        try {
            int value = Integer.parseInt(text);
            return value < min || value > max ? null : value;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static <T> List<T> orEmpty(List<T> list) {
        return list == null ? List.of() : list;
    }

    /** The form field a refusal from contact routing names (conditions.channels → channel, and so on). */
    private static String fieldOf(WebApplicationException e) {
        String field = problem(e).path("violations").path(0).path("field").asText("");
        if (field.startsWith("requiredSkills")) {
            return "skills";
        }
        return switch (field) {
            case "conditions.channels" -> "channel";
            case "conditions.languages" -> "language";
            case "conditions.keywords" -> "keywords";
            case "conditions.preferredChannel" -> "preferredChannel";
            case "serviceId", "conditions.services" -> "serviceId";
            case "targetQueue", "name", "position", "priority" -> field;
            default -> "form";
        };
    }

    private Response unavailable(RuntimeException e, String language, UriInfo uri) {
        LOG.warnf("contact routing: %s", e.getMessage());
        return PageSupport.unavailable(frame.context(language, uri), language);
    }
}
