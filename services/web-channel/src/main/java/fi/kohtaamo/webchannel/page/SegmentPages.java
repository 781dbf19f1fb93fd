package fi.kohtaamo.webchannel.page;

import fi.kohtaamo.webchannel.client.RegistryAdminClient;
import fi.kohtaamo.webchannel.i18n.Language;
import fi.kohtaamo.webchannel.i18n.RegistryMessages;
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

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static fi.kohtaamo.webchannel.page.PageSupport.blankToNull;
import static fi.kohtaamo.webchannel.page.PageSupport.commaList;
import static fi.kohtaamo.webchannel.page.PageSupport.formValues;
import static fi.kohtaamo.webchannel.page.PageSupport.notFound;
import static fi.kohtaamo.webchannel.page.PageSupport.problem;
import static fi.kohtaamo.webchannel.page.PageSupport.redirect;
import static fi.kohtaamo.webchannel.page.PageSupport.staffPage;
import static fi.kohtaamo.webchannel.page.PageSupport.text;
import static fi.kohtaamo.webchannel.page.PageSupport.texts;

/**
 * Registry administration keeps the segment definitions: a list, a new one, a change naming the
 * version it replaces (If-Match from a hidden field), and before saving a count of the clients the
 * criteria would take in today (the registry's preview, which names nobody). The registry checks
 * the criteria again; its refusal is shown beside the field it names. Who may open the pages:
 * {@link StaffPageGuard} (registry-admin).
 */
@Path("/registry/segments")
@Produces(MediaType.TEXT_HTML)
public class SegmentPages {

    private static final Logger LOG = Logger.getLogger(SegmentPages.class);
    static final List<String> KINDS = List.of("PERSON", "ORGANISATION", "COMMUNITY");
    static final List<String> SIZES = List.of("MICRO", "SMALL", "MEDIUM", "LARGE");
    /** The criteria chosen from a list (checkboxes); the others are typed. */
    private static final List<String> CHOICES = List.of("kinds", "sizeClasses", "languages", "preferredChannels");

    private final RegistryAdminClient registry;
    private final PageFrame frame;

    public SegmentPages(@RestClient RegistryAdminClient registry, PageFrame frame) {
        this.registry = registry;
        this.frame = frame;
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance segments(PageContext page, List<Row> rows, String notice);

        static native TemplateInstance segment(PageContext page, String code, Map<String, String> form,
                                               Map<String, List<String>> chosen, List<String> kinds, List<String> sizes,
                                               List<String> languages, List<String> channels, Long matching, String notice,
                                               Map<String, String> errors);
    }

    /** A segment in the list: its code, its name in the page's language, its criteria in short, its version. */
    public record Row(String code, String name, List<String> criteria, int version) {
    }

    @GET
    public Response list(@QueryParam("notice") String notice, @QueryParam("lang") String lang,
                         @CookieParam(Language.COOKIE) String remembered, @HeaderParam("Accept-Language") String accept,
                         @Context UriInfo uri) {
        String language = Language.resolve(lang, remembered, accept);
        String noticeText = "segment_saved".equals(notice) ? text(RegistryMessages.class, "reg_notice_segment_saved", language) : null;
        try {
            List<Row> rows = registry.segments().stream().map(s -> new Row(s.code(), name(s, language), criteria(s.rule()),
                    s.version())).toList();
            return staffPage(Templates.segments(frame.context(language, uri), rows, noticeText), language, lang, 200);
        } catch (WebApplicationException | ProcessingException e) {
            return unavailable(e, language, uri);
        }
    }

    @GET
    @Path("/new")
    public Response newSegment(@QueryParam("lang") String lang, @CookieParam(Language.COOKIE) String remembered,
                               @HeaderParam("Accept-Language") String accept, @Context UriInfo uri) {
        String language = Language.resolve(lang, remembered, accept);
        return page(null, Map.of(), Map.of(), null, null, Map.of(), language, lang, uri, 200);
    }

    @GET
    @Path("/{code}")
    public Response edit(@PathParam("code") String code, @QueryParam("lang") String lang,
                         @CookieParam(Language.COOKIE) String remembered, @HeaderParam("Accept-Language") String accept,
                         @Context UriInfo uri) {
        String language = Language.resolve(lang, remembered, accept);
        try {
            Optional<RegistryAdminClient.Segment> segment = find(code);
            if (segment.isEmpty()) {
                return notFound(frame.context(language, uri), language);
            }
            return shown(segment.get(), null, language, lang, uri, 200);
        } catch (WebApplicationException | ProcessingException e) {
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
    @Path("/{code}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response update(@PathParam("code") String code, MultivaluedMap<String, String> form,
                           @CookieParam(Language.COOKIE) String remembered, @HeaderParam("Accept-Language") String accept,
                           @Context UriInfo uri) {
        String language = Language.resolve(null, remembered, accept);
        if (!code.matches(CODE)) {
            return notFound(frame.context(language, uri), language);
        }
        return save(code, form, language, uri);
    }

    private static final String CODE = "[a-z0-9][a-z0-9-]{1,59}";

    /** A preview (the count only, nothing saved) or a save, by the button pressed. */
    private Response save(String existing, MultivaluedMap<String, String> form, String language, UriInfo uri) {
        Map<String, String> values = formValues(form);
        Map<String, List<String>> chosen = chosen(form);
        String code = existing != null ? existing : values.getOrDefault("code", "");
        Map<String, String> errors = new LinkedHashMap<>();
        if (existing == null && !code.matches(CODE)) {
            errors.put("code", "reg_error_segment_code");
        }
        String version = values.getOrDefault("version", "");
        if (existing != null && !version.matches("\\d{1,9}")) {
            errors.put("form", "error_generic");
        }
        RegistryAdminClient.Rule rule = rule(values, chosen, errors);
        boolean preview = "preview".equals(values.get("action"));
        if (!preview) {
            checkNames(values, errors);
        }
        if (!errors.isEmpty()) {
            return page(existing, values, chosen, null, null, errors, language, null, uri, 400);
        }
        try {
            if (preview) {
                long matching = registry.preview(rule).matching();
                return page(existing, values, chosen, matching, null, Map.of(), language, null, uri, 200);
            }
            registry.define(code, new RegistryAdminClient.SegmentDraft(values.get("nameFi"), blankToNull(values.get("nameSv")),
                    blankToNull(values.get("nameEn")), isEmpty(rule) ? null : rule, chosen.get("preferredChannels")),
                    existing == null ? null : "\"" + version + "\"");
            return redirect("/registry/segments?notice=segment_saved");
        } catch (WebApplicationException e) {
            int status = e.getResponse().getStatus();
            if ((status == 428 || status == 412) && existing == null) {
                // a new segment's code is taken: to the registry a put without If-Match on an existing one
                return page(null, values, chosen, null, null, Map.of("code", "reg_error_segment_code_taken"), language, null, uri, 409);
            }
            if (status == 412 || status == 428) {
                return stale(existing, language, uri);
            }
            if (status == 400) {
                return page(existing, values, chosen, null, null, Map.of(fieldOf(e), "reg_error_segment_list"), language, null, uri, 400);
            }
            return status == 404 || status == 403 ? notFound(frame.context(language, uri), language) : unavailable(e, language, uri);
        } catch (ProcessingException e) {
            return unavailable(e, language, uri);
        }
    }

    /** Someone else saved first: the current values, and a notice to make the change again. */
    private Response stale(String code, String language, UriInfo uri) {
        Optional<RegistryAdminClient.Segment> current = find(code);
        if (current.isEmpty()) {
            return notFound(frame.context(language, uri), language);
        }
        return shown(current.get(), text(RegistryMessages.class, "reg_segment_conflict", language), language, null, uri, 409);
    }

    private Response shown(RegistryAdminClient.Segment segment, String notice, String language, String explicit, UriInfo uri,
                           int status) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("nameFi", segment.nameFi());
        form.put("nameSv", segment.nameSv() == null ? "" : segment.nameSv());
        form.put("nameEn", segment.nameEn() == null ? "" : segment.nameEn());
        form.put("version", String.valueOf(segment.version()));
        Map<String, List<String>> chosen = new LinkedHashMap<>();
        chosen.put("preferredChannels", orEmpty(segment.preferredChannels()));
        RegistryAdminClient.Rule rule = segment.rule();
        if (rule != null) {
            chosen.put("kinds", orEmpty(rule.kinds()));
            chosen.put("sizeClasses", orEmpty(rule.sizeClasses()));
            chosen.put("languages", orEmpty(rule.languages()));
            form.put("organisationTypes", String.join(", ", orEmpty(rule.organisationTypes())));
            form.put("industryCodePrefixes", String.join(", ", orEmpty(rule.industryCodePrefixes())));
            form.put("municipalities", String.join(", ", orEmpty(rule.municipalities())));
            form.put("minAge", rule.minAge() == null ? "" : String.valueOf(rule.minAge()));
            form.put("maxAge", rule.maxAge() == null ? "" : String.valueOf(rule.maxAge()));
        }
        return page(segment.code(), form, chosen, null, notice, Map.of(), language, explicit, uri, status);
    }

    private Optional<RegistryAdminClient.Segment> find(String code) {
        return registry.segments().stream().filter(s -> s.code().equals(code)).findFirst();
    }

    /** The criteria as the registry takes them; each value the page can check is checked here first. */
    static RegistryAdminClient.Rule rule(Map<String, String> values, Map<String, List<String>> chosen, Map<String, String> errors) {
        if (!KINDS.containsAll(chosen.get("kinds"))) {
            errors.put("kinds", "reg_error_segment_list");
        }
        if (!SIZES.containsAll(chosen.get("sizeClasses"))) {
            errors.put("sizeClasses", "reg_error_segment_list");
        }
        if (!Language.SUPPORTED.containsAll(chosen.get("languages"))) {
            errors.put("languages", "reg_error_segment_list");
        }
        if (!MyDataRequestPages.CHANNELS.containsAll(chosen.get("preferredChannels"))) {
            errors.put("preferredChannels", "reg_error_segment_list");
        }
        List<String> organisationTypes = typed(values, "organisationTypes", "[^\\x00]{1,50}", errors);
        List<String> industries = typed(values, "industryCodePrefixes", "\\d{2,5}", errors);
        List<String> municipalities = typed(values, "municipalities", "\\d{3}", errors);
        Integer minAge = age(values, "minAge", errors);
        Integer maxAge = age(values, "maxAge", errors);
        if (minAge != null && maxAge != null && minAge > maxAge) {
            errors.put("minAge", "reg_error_segment_age");
        }
        return new RegistryAdminClient.Rule(chosen.get("kinds"), organisationTypes, industries, chosen.get("sizeClasses"),
                municipalities, chosen.get("languages"), minAge, maxAge);
    }

    private static List<String> typed(Map<String, String> values, String field, String pattern, Map<String, String> errors) {
        String text = values.getOrDefault(field, "");
        List<String> items = commaList(text);
        if (text.length() > 2000 || items.size() > 50 || !items.stream().allMatch(item -> item.matches(pattern))) {
            errors.put(field, "reg_error_segment_list");
        }
        return items;
    }

    private static Integer age(Map<String, String> values, String field, Map<String, String> errors) {
        String text = values.getOrDefault(field, "");
        if (text.isEmpty()) {
            return null;
        }
        if (!text.matches("\\d{1,3}") || Integer.parseInt(text) > 150) {
            errors.put(field, "reg_error_segment_age");
            return null;
        }
        return Integer.parseInt(text);
    }

    private static void checkNames(Map<String, String> values, Map<String, String> errors) {
        for (String field : List.of("nameFi", "nameSv", "nameEn")) {
            String name = values.getOrDefault(field, "");
            if ((field.equals("nameFi") && name.isEmpty()) || name.length() > 200 || name.indexOf('\0') >= 0) {
                errors.put(field, "reg_error_segment_name");
            }
        }
    }

    private static Map<String, List<String>> chosen(MultivaluedMap<String, String> form) {
        Map<String, List<String>> chosen = new LinkedHashMap<>();
        for (String field : CHOICES) {
            List<String> values = form.get(field);
            chosen.put(field, values == null ? List.of() : values.stream().map(String::strip).distinct().toList());
        }
        return chosen;
    }

    /** The form field a refusal from the registry names: rule.municipalities[0] → municipalities. */
    private static String fieldOf(WebApplicationException e) {
        String field = problem(e).path("violations").path(0).path("field").asText("");
        String bare = field.replaceFirst("^rule\\.", "").replaceFirst("\\[\\d+]$", "");
        return switch (bare) {
            case "kinds", "organisationTypes", "industryCodePrefixes", "sizeClasses", "municipalities", "languages",
                 "preferredChannels", "minAge", "maxAge", "nameFi", "nameSv", "nameEn" -> bare;
            default -> field.contains("code") ? "code" : "form";
        };
    }

    private static boolean isEmpty(RegistryAdminClient.Rule rule) {
        return rule.kinds().isEmpty() && rule.organisationTypes().isEmpty() && rule.industryCodePrefixes().isEmpty()
                && rule.sizeClasses().isEmpty() && rule.municipalities().isEmpty() && rule.languages().isEmpty()
                && rule.minAge() == null && rule.maxAge() == null;
    }

    /** The criteria in short for the list: each condition's values; none for a manual tag. */
    private static List<String> criteria(RegistryAdminClient.Rule rule) {
        if (rule == null) {
            return List.of();
        }
        List<String> all = new java.util.ArrayList<>();
        all.addAll(orEmpty(rule.kinds()));
        all.addAll(orEmpty(rule.organisationTypes()));
        all.addAll(orEmpty(rule.industryCodePrefixes()));
        all.addAll(orEmpty(rule.sizeClasses()));
        all.addAll(orEmpty(rule.municipalities()));
        all.addAll(orEmpty(rule.languages()));
        if (rule.minAge() != null || rule.maxAge() != null) {
            all.add((rule.minAge() == null ? "" : rule.minAge()) + "–" + (rule.maxAge() == null ? "" : rule.maxAge()));
        }
        return all;
    }

    private static String name(RegistryAdminClient.Segment segment, String language) {
        String name = switch (language) {
            case "sv" -> segment.nameSv();
            case "en" -> segment.nameEn();
            default -> null;
        };
        return name == null || name.isBlank() ? segment.nameFi() : name;
    }

    private static <T> List<T> orEmpty(List<T> list) {
        return list == null ? List.of() : list;
    }

    private Response page(String code, Map<String, String> form, Map<String, List<String>> chosen, Long matching, String notice,
                          Map<String, String> errors, String language, String explicit, UriInfo uri, int status) {
        Map<String, List<String>> all = new LinkedHashMap<>();
        CHOICES.forEach(field -> all.put(field, chosen.getOrDefault(field, List.of())));
        return staffPage(Templates.segment(frame.context(language, uri), code, form, all, KINDS, SIZES, Language.SUPPORTED,
                MyDataRequestPages.CHANNELS, matching, notice, texts(RegistryMessages.class, errors, language)), language, explicit, status);
    }

    private Response unavailable(RuntimeException e, String language, UriInfo uri) {
        LOG.warnf("client registry: %s", e.getMessage());
        return PageSupport.unavailable(frame.context(language, uri), language);
    }
}
