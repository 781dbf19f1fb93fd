package fi.kohtaamo.webchannel.page;

import fi.kohtaamo.webchannel.client.SetupClient;
import fi.kohtaamo.webchannel.i18n.Language;
import fi.kohtaamo.webchannel.i18n.SetupMessages;
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

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static fi.kohtaamo.webchannel.page.PageSupport.formValues;
import static fi.kohtaamo.webchannel.page.PageSupport.notFound;
import static fi.kohtaamo.webchannel.page.PageSupport.redirect;
import static fi.kohtaamo.webchannel.page.PageSupport.staffPage;
import static fi.kohtaamo.webchannel.page.PageSupport.texts;
import static fi.kohtaamo.webchannel.page.PageSupport.uuidOrNull;
import static fi.kohtaamo.webchannel.page.SetupSupport.Option;
import static fi.kohtaamo.webchannel.page.SetupSupport.ifMatch;
import static fi.kohtaamo.webchannel.page.SetupSupport.single;
import static fi.kohtaamo.webchannel.page.SetupSupport.unfit;

/**
 * The supervisor's service-level policies: targets per priority (first response and resolution in
 * business minutes; a priority left empty has none), the share of a target after which a contact is
 * at risk (as a percentage), whether a breach raises the priority, and the overflow queue a contact
 * nobody took moves to. A list, a new one, a change naming its version.
 */
@Path("/supervise/policies")
@Produces(MediaType.TEXT_HTML)
public class SetupPolicyPages {

    private static final List<Integer> PRIORITIES = List.of(1, 2, 3, 4, 5);

    private final SetupClient setup;
    private final PageFrame frame;

    public SetupPolicyPages(@RestClient SetupClient setup, PageFrame frame) {
        this.setup = setup;
        this.frame = frame;
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance policies(PageContext page, List<Row> rows, String notice);

        static native TemplateInstance policy(PageContext page, String id, Map<String, String> form, Map<String, String> errors,
                                              List<Integer> priorities, List<Option> queues);
    }

    /** A policy as listed: the at-risk share as a percentage, the targets as "1: 30 / 240". */
    public record Row(String id, String name, String atRisk, boolean raisePriority, String overflowQueue, List<String> targets) {
    }

    @GET
    public Response list(@QueryParam("notice") String notice, @QueryParam("lang") String lang,
                         @CookieParam(Language.COOKIE) String remembered, @HeaderParam("Accept-Language") String accept,
                         @Context UriInfo uri) {
        String language = Language.resolve(lang, remembered, accept);
        try {
            List<Row> rows = setup.policies().stream().map(p -> new Row(p.id().toString(), p.name(), percent(p.atRiskShare()) + " %",
                    p.raisePriority(), p.overflowQueue() == null ? "–" : p.overflowQueue(),
                    p.targets().stream().map(t -> t.priority() + ": " + t.firstResponseMinutes() + " / " + t.resolutionMinutes()).toList()))
                    .toList();
            return staffPage(Templates.policies(frame.context(language, uri), rows,
                    SetupSupport.notice(notice, "policy_(created|saved)", language)), language, lang, 200);
        } catch (WebApplicationException | ProcessingException e) {
            return SetupSupport.unavailable(e, frame, language, uri);
        }
    }

    @GET
    @Path("/new")
    public Response newPolicy(@QueryParam("lang") String lang, @CookieParam(Language.COOKIE) String remembered,
                              @HeaderParam("Accept-Language") String accept, @Context UriInfo uri) {
        String language = Language.resolve(lang, remembered, accept);
        return page(null, Map.of("atRisk", "75", "raisePriority", "true"), Map.of(), language, lang, uri, 200);
    }

    @GET
    @Path("/{id}")
    public Response edit(@PathParam("id") String id, @QueryParam("lang") String lang,
                         @CookieParam(Language.COOKIE) String remembered, @HeaderParam("Accept-Language") String accept,
                         @Context UriInfo uri) {
        return current(id, Map.of(), Language.resolve(lang, remembered, accept), lang, uri, 200);
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

    private Response current(String id, Map<String, String> errors, String language, String explicit, UriInfo uri, int status) {
        UUID policyId = uuidOrNull(id);
        if (policyId == null) {
            return notFound(frame.context(language, uri), language);
        }
        try {
            SetupClient.Policy policy = setup.policy(policyId);
            Map<String, String> form = new LinkedHashMap<>();
            form.put("name", policy.name());
            form.put("atRisk", percent(policy.atRiskShare()));
            form.put("raisePriority", String.valueOf(policy.raisePriority()));
            form.put("overflowQueue", policy.overflowQueue() == null ? "" : policy.overflowQueue());
            form.put("version", String.valueOf(policy.version()));
            for (SetupClient.Target target : policy.targets()) {
                form.put("t" + target.priority() + "-first", String.valueOf(target.firstResponseMinutes()));
                form.put("t" + target.priority() + "-resolution", String.valueOf(target.resolutionMinutes()));
            }
            return page(id, form, errors, language, explicit, uri, status);
        } catch (WebApplicationException e) {
            return SetupSupport.missingOrUnavailable(e, frame, language, uri);
        } catch (ProcessingException e) {
            return SetupSupport.unavailable(e, frame, language, uri);
        }
    }

    private Response save(String id, MultivaluedMap<String, String> posted, String language, UriInfo uri) {
        Map<String, String> form = formValues(posted);
        Map<String, String> errors = new LinkedHashMap<>();
        String name = single(posted, "name");
        if (name.isEmpty() || unfit(name, 200)) {
            errors.put("name", "error_policy_name");
        }
        String atRisk = single(posted, "atRisk");
        Integer percent = number(atRisk, 5, 100);
        if (percent == null) {
            errors.put("atRisk", "error_policy_at_risk");
        }
        String overflow = single(posted, "overflowQueue");
        if (unfit(overflow, 100)) {
            errors.put("overflowQueue", "error_setup_choose");
        }
        List<SetupClient.Target> targets = new ArrayList<>();
        List<String> targetFields = new ArrayList<>();
        for (int priority : PRIORITIES) {
            String first = single(posted, "t" + priority + "-first");
            String resolution = single(posted, "t" + priority + "-resolution");
            if (first.isEmpty() && resolution.isEmpty()) {
                continue;
            }
            Integer firstMinutes = number(first, 1, 100_000);
            Integer resolutionMinutes = number(resolution, 1, 1_000_000);
            if (firstMinutes == null) {
                errors.put("t" + priority + "-first", "error_policy_minutes");
            }
            if (resolutionMinutes == null) {
                errors.put("t" + priority + "-resolution", "error_policy_minutes");
            } else if (firstMinutes != null && resolutionMinutes < firstMinutes) {
                errors.put("t" + priority + "-resolution", "error_policy_order");
            }
            if (firstMinutes != null && resolutionMinutes != null) {
                targets.add(new SetupClient.Target(priority, firstMinutes, resolutionMinutes));
                targetFields.add("t" + priority + "-first");
            }
        }
        if (targets.isEmpty() && errors.keySet().stream().noneMatch(k -> k.startsWith("t"))) {
            errors.put("t1-first", "error_policy_no_targets");
        }
        String version = ifMatch(single(posted, "version"));
        if (id != null && version == null) {
            errors.put("form", "error_setup_generic");
        }
        if (!errors.isEmpty()) {
            return page(id, form, errors, language, null, uri, 400);
        }
        SetupClient.PolicyDraft draft = new SetupClient.PolicyDraft(name,
                BigDecimal.valueOf(percent).divide(BigDecimal.valueOf(100), 2, RoundingMode.HALF_UP),
                "true".equals(form.get("raisePriority")), overflow.isEmpty() ? null : overflow, targets);
        try {
            if (id == null) {
                setup.createPolicy(draft);
                return redirect("/supervise/policies?notice=policy_created");
            }
            setup.updatePolicy(UUID.fromString(id), draft, version);
            return redirect("/supervise/policies?notice=policy_saved");
        } catch (WebApplicationException e) {
            return SetupSupport.refused(e, new SetupSupport.Refusal(
                    () -> current(id, Map.of("form", "error_setup_stale"), language, null, uri, 409),
                    refusal -> page(id, form, refusal, language, null, uri, e.getResponse().getStatus()),
                    field -> fieldOf(field, targetFields), "name",
                    () -> SetupSupport.missingOrUnavailable(e, frame, language, uri)));
        } catch (ProcessingException e) {
            return SetupSupport.unavailable(e, frame, language, uri);
        }
    }

    /** Routing's targets[1].resolutionMinutes as the second target row sent; the others are named alike. */
    private static String fieldOf(String field, List<String> targetFields) {
        java.util.regex.Matcher row = java.util.regex.Pattern.compile("targets\\[(\\d+)](\\.(\\w+))?").matcher(field);
        if (row.matches()) {
            int index = Integer.parseInt(row.group(1));
            if (index >= targetFields.size()) {
                return "form";
            }
            String first = targetFields.get(index);
            return "resolutionMinutes".equals(row.group(3)) ? first.replace("-first", "-resolution") : first;
        }
        return switch (field) {
            case "name", "overflowQueue" -> field;
            case "atRiskShare" -> "atRisk";
            default -> "form";
        };
    }

    /** A whole number within the bounds, or null. */
    private static Integer number(String value, int min, int max) {
        if (!value.matches("\\d{1,7}")) {
            return null;
        }
        int number = Integer.parseInt(value);
        return number >= min && number <= max ? number : null;
    }

    private static String percent(BigDecimal share) {
        return share == null ? "" : share.multiply(BigDecimal.valueOf(100)).stripTrailingZeros().toPlainString();
    }

    private Response page(String id, Map<String, String> form, Map<String, String> errors, String language, String explicit,
                          UriInfo uri, int status) {
        try {
            String chosen = form.getOrDefault("overflowQueue", "");
            List<Option> queues = setup.queues().stream()
                    .map(q -> new Option(q.code(), q.code(), q.code().equals(chosen))).toList();
            return staffPage(Templates.policy(frame.context(language, uri), id, form, texts(SetupMessages.class, errors, language),
                    PRIORITIES, queues), language, explicit, status);
        } catch (WebApplicationException | ProcessingException e) {
            return SetupSupport.unavailable(e, frame, language, uri);
        }
    }
}
