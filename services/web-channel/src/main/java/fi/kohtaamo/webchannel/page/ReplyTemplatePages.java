package fi.kohtaamo.webchannel.page;

import fi.kohtaamo.webchannel.client.ReplyTemplateClient;
import fi.kohtaamo.webchannel.i18n.Language;
import fi.kohtaamo.webchannel.i18n.ReplyMessages;
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
import java.util.UUID;

import static fi.kohtaamo.webchannel.page.PageSupport.WHEN;
import static fi.kohtaamo.webchannel.page.PageSupport.formValues;
import static fi.kohtaamo.webchannel.page.PageSupport.notFound;
import static fi.kohtaamo.webchannel.page.PageSupport.problem;
import static fi.kohtaamo.webchannel.page.PageSupport.redirect;
import static fi.kohtaamo.webchannel.page.PageSupport.staffPage;
import static fi.kohtaamo.webchannel.page.PageSupport.text;
import static fi.kohtaamo.webchannel.page.PageSupport.texts;
import static fi.kohtaamo.webchannel.page.PageSupport.uuidOrNull;

/**
 * The supervisor keeps the organisation's reply templates: a list, a new one, a change, a
 * deletion, each text in Finnish, Swedish and English. A change names the version it replaces
 * (If-Match, from a hidden field), so two supervisors never overwrite each other unseen; contact
 * routing checks the placeholders. Who may open the pages: {@link StaffPageGuard} (supervisors).
 */
@Path("/supervise/templates")
@Produces(MediaType.TEXT_HTML)
public class ReplyTemplatePages {

    private static final Logger LOG = Logger.getLogger(ReplyTemplatePages.class);
    private static final int MAX_TEXT = 10000;

    private final ReplyTemplateClient templates;
    private final PageFrame frame;

    public ReplyTemplatePages(@RestClient ReplyTemplateClient templates, PageFrame frame) {
        this.templates = templates;
        this.frame = frame;
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance templates(PageContext page, List<Row> rows, String notice);

        static native TemplateInstance template(PageContext page, String id, Map<String, String> form,
                                                List<TextField> texts, Map<String, String> errors);
    }

    /** One language's text on the form: its field ({@code text-fi}), its value and its error (or null). */
    public record TextField(String language, String field, String value, String error) {
    }

    /** A template in the list: its name, the languages it has, who changed it and when. */
    public record Row(String id, String name, List<String> languages, String updatedBy, String updatedAt) {
    }

    @GET
    public Response list(@QueryParam("notice") String notice, @QueryParam("lang") String lang,
                         @CookieParam(Language.COOKIE) String remembered, @HeaderParam("Accept-Language") String accept,
                         @Context UriInfo uri) {
        String language = Language.resolve(lang, remembered, accept);
        String noticeText = notice != null && notice.matches("reply_template_(created|saved|deleted)")
                ? text(ReplyMessages.class, "notice_" + notice, language) : null;
        try {
            List<Row> rows = templates.list().stream().map(t -> new Row(t.id().toString(), t.name(), languages(t.texts()),
                    t.updatedBy(), t.updatedAt() == null ? "" : WHEN.format(t.updatedAt()))).toList();
            return staffPage(Templates.templates(frame.context(language, uri), rows, noticeText), language, lang, 200);
        } catch (WebApplicationException | ProcessingException e) {
            return unavailable(e, language, uri);
        }
    }

    @GET
    @Path("/new")
    public Response newTemplate(@QueryParam("lang") String lang, @CookieParam(Language.COOKIE) String remembered,
                                @HeaderParam("Accept-Language") String accept, @Context UriInfo uri) {
        String language = Language.resolve(lang, remembered, accept);
        return page(null, Map.of(), Map.of(), language, lang, uri, 200);
    }

    @GET
    @Path("/{id}")
    public Response edit(@PathParam("id") String id, @QueryParam("lang") String lang,
                         @CookieParam(Language.COOKIE) String remembered, @HeaderParam("Accept-Language") String accept,
                         @Context UriInfo uri) {
        String language = Language.resolve(lang, remembered, accept);
        UUID templateId = uuidOrNull(id);
        if (templateId == null) {
            return notFound(frame.context(language, uri), language);
        }
        try {
            ReplyTemplateClient.Template template = templates.get(templateId);
            Map<String, String> form = new LinkedHashMap<>();
            form.put("name", template.name());
            ReplyTemplateClient.Texts texts = template.texts() == null ? new ReplyTemplateClient.Texts(null, null, null) : template.texts();
            form.put("text-fi", texts.fi() == null ? "" : texts.fi());
            form.put("text-sv", texts.sv() == null ? "" : texts.sv());
            form.put("text-en", texts.en() == null ? "" : texts.en());
            form.put("version", String.valueOf(template.version()));
            return page(id, form, Map.of(), language, lang, uri, 200);
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
        UUID templateId = uuidOrNull(id);
        String version = single(form, "version");
        if (templateId == null || !version.matches("\\d{1,9}")) {
            return notFound(frame.context(language, uri), language);
        }
        try {
            templates.delete(templateId, "\"" + version + "\"");
            return redirect("/supervise/templates?notice=reply_template_deleted");
        } catch (WebApplicationException e) {
            if (e.getResponse().getStatus() == 412) {
                return page(id, formValues(form), Map.of("form", "error_reply_template_conflict"), language, null, uri, 409);
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
            errors.put("name", "error_reply_template_name");
        }
        Map<String, String> texts = new LinkedHashMap<>();
        for (String textLanguage : Language.SUPPORTED) {
            String text = single(form, "text-" + textLanguage);
            if (text.length() > MAX_TEXT || text.indexOf('\0') >= 0) {
                errors.put("text-" + textLanguage, "error_reply_template_text");
            }
            texts.put(textLanguage, text.isEmpty() ? null : text);
        }
        if (texts.values().stream().allMatch(java.util.Objects::isNull)) {
            errors.put("text-fi", "error_reply_template_texts");
        }
        String version = single(form, "version");
        if (id != null && !version.matches("\\d{1,9}")) {
            errors.put("form", "error_generic");
        }
        if (!errors.isEmpty()) {
            return page(id, formValues(form), errors, language, null, uri, 400);
        }
        ReplyTemplateClient.Draft draft = new ReplyTemplateClient.Draft(name,
                new ReplyTemplateClient.Texts(texts.get("fi"), texts.get("sv"), texts.get("en")));
        try {
            if (id == null) {
                templates.create(draft);
                return redirect("/supervise/templates?notice=reply_template_created");
            }
            templates.update(UUID.fromString(id), draft, "\"" + version + "\"");
            return redirect("/supervise/templates?notice=reply_template_saved");
        } catch (WebApplicationException e) {
            int status = e.getResponse().getStatus();
            Map<String, String> refused = switch (status) {
                case 412 -> Map.of("form", "error_reply_template_conflict");
                case 409 -> Map.of("name", "error_reply_template_name_taken");
                case 400 -> Map.of(fieldOf(e), "error_reply_template_text");
                default -> null;
            };
            if (refused == null) {
                return refusedAsMissing(e, language, uri);
            }
            return page(id, formValues(form), refused, language, null, uri, status == 412 ? 409 : status);
        } catch (ProcessingException e) {
            return unavailable(e, language, uri);
        }
    }

    /** The form field a refusal from contact routing names: texts.sv → text-sv; the name; else the form. */
    private static String fieldOf(WebApplicationException e) {
        String field = problem(e).path("violations").path(0).path("field").asText("");
        if (field.matches("texts\\.(fi|sv|en)")) {
            return "text-" + field.substring(6);
        }
        return switch (field) {
            case "name" -> "name";
            case "texts" -> "text-fi";
            default -> "form";
        };
    }

    private Response page(String id, Map<String, String> form, Map<String, String> errors, String language, String explicit,
                          UriInfo uri, int status) {
        Map<String, String> errorTexts = texts(ReplyMessages.class, errors, language);
        List<TextField> fields = Language.SUPPORTED.stream().map(l -> new TextField(l, "text-" + l,
                form.getOrDefault("text-" + l, ""), errorTexts.get("text-" + l))).toList();
        return staffPage(Templates.template(frame.context(language, uri), id, form, fields, errorTexts), language, explicit, status);
    }

    private static List<String> languages(ReplyTemplateClient.Texts texts) {
        if (texts == null) {
            return List.of();
        }
        Map<String, String> all = new LinkedHashMap<>();
        all.put("fi", texts.fi());
        all.put("sv", texts.sv());
        all.put("en", texts.en());
        return all.entrySet().stream().filter(e -> e.getValue() != null).map(Map.Entry::getKey).toList();
    }

    private static String single(MultivaluedMap<String, String> form, String key) {
        String value = form.getFirst(key);
        return value == null ? "" : value.strip();
    }

    /** Another organisation's template, an unknown one or a caller routing refuses: not there. */
    private Response refusedAsMissing(WebApplicationException e, String language, UriInfo uri) {
        int status = e.getResponse().getStatus();
        return status == 404 || status == 403 ? notFound(frame.context(language, uri), language) : unavailable(e, language, uri);
    }

    private Response unavailable(RuntimeException e, String language, UriInfo uri) {
        LOG.warnf("contact routing: %s", e.getMessage());
        return PageSupport.unavailable(frame.context(language, uri), language);
    }
}
