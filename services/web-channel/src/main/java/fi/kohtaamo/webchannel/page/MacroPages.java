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
 * Macros (issue 26): the supervisor keeps the organisation's (a list, a new one, a change naming
 * the version it replaces, a deletion); the agent applies one from the contact's page
 * ({@link ContactMacroPages}). Who may open the pages: {@link StaffPageGuard}.
 */
@Path("/supervise/macros")
@Produces(MediaType.TEXT_HTML)
public class MacroPages {

    private static final Logger LOG = Logger.getLogger(MacroPages.class);

    private final AutomationClient automation;
    private final ReplyTemplateClient templates;
    private final PageFrame frame;

    public MacroPages(@RestClient AutomationClient automation, @RestClient ReplyTemplateClient templates, PageFrame frame) {
        this.automation = automation;
        this.templates = templates;
        this.frame = frame;
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance macros(PageContext page, List<MacroRow> rows, String notice);

        static native TemplateInstance macro(PageContext page, String id, Map<String, String> form, List<ActionRows.Row> actions,
                                             List<String> actionTypes, List<AutomationPages.TemplateOption> templates,
                                             Map<String, String> errors);
    }

    public record MacroRow(String id, String name, int actions, String updatedBy, String updatedAt) {
    }

    @GET
    public Response list(@QueryParam("notice") String notice, @QueryParam("lang") String lang,
                         @CookieParam(Language.COOKIE) String remembered, @HeaderParam("Accept-Language") String accept,
                         @Context UriInfo uri) {
        String language = Language.resolve(lang, remembered, accept);
        String noticeText = notice != null && notice.matches("macro_(created|saved|deleted)")
                ? text(AutomationMessages.class, "notice_" + notice, language) : null;
        try {
            List<MacroRow> rows = automation.macros().stream().map(m -> new MacroRow(m.id().toString(), m.name(),
                    m.actions() == null ? 0 : m.actions().size(), m.updatedBy(),
                    m.updatedAt() == null ? "" : WHEN.format(m.updatedAt()))).toList();
            return staffPage(Templates.macros(frame.context(language, uri), rows, noticeText), language, lang, 200);
        } catch (WebApplicationException | ProcessingException e) {
            return unavailable(e, language, uri);
        }
    }

    @GET
    @Path("/new")
    public Response newMacro(@QueryParam("lang") String lang, @CookieParam(Language.COOKIE) String remembered,
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
        UUID macroId = uuidOrNull(id);
        if (macroId == null) {
            return notFound(frame.context(language, uri), language);
        }
        try {
            AutomationClient.Macro macro = automation.macro(macroId);
            Map<String, String> form = new LinkedHashMap<>();
            form.put("name", macro.name());
            ActionRows.fill(macro.actions(), form);
            form.put("version", String.valueOf(macro.version()));
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
        UUID macroId = uuidOrNull(id);
        String version = form.getFirst("version") == null ? "" : form.getFirst("version").strip();
        if (macroId == null || !version.matches("\\d{1,9}")) {
            return notFound(frame.context(language, uri), language);
        }
        try {
            automation.deleteMacro(macroId, "\"" + version + "\"");
            return redirect("/supervise/macros?notice=macro_deleted");
        } catch (WebApplicationException e) {
            if (e.getResponse().getStatus() == 412) {
                return page(id, formValues(form), Map.of("form", "error_macro_conflict"), language, null, uri, 409);
            }
            return refusedAsMissing(e, language, uri);
        } catch (ProcessingException e) {
            return unavailable(e, language, uri);
        }
    }

    private Response save(String id, MultivaluedMap<String, String> form, String language, UriInfo uri) {
        Map<String, String> errors = new LinkedHashMap<>();
        String name = form.getFirst("name") == null ? "" : form.getFirst("name").strip();
        if (name.isEmpty() || name.length() > 200 || name.indexOf('\0') >= 0) {
            errors.put("name", "error_macro_name");
        }
        List<AutomationClient.Action> actions = ActionRows.read(form, errors);
        String version = form.getFirst("version") == null ? "" : form.getFirst("version").strip();
        if (id != null && !version.matches("\\d{1,9}")) {
            errors.put("form", "error_generic");
        }
        if (!errors.isEmpty()) {
            return page(id, formValues(form), errors, language, null, uri, 400);
        }
        AutomationClient.MacroDraft draft = new AutomationClient.MacroDraft(name, actions);
        try {
            if (id == null) {
                automation.createMacro(draft);
                return redirect("/supervise/macros?notice=macro_created");
            }
            automation.updateMacro(UUID.fromString(id), draft, "\"" + version + "\"");
            return redirect("/supervise/macros?notice=macro_saved");
        } catch (WebApplicationException e) {
            int status = e.getResponse().getStatus();
            Map<String, String> refused = switch (status) {
                case 412 -> Map.of("form", "error_macro_conflict");
                case 409 -> Map.of("name", "error_macro_name_taken");
                case 400 -> Map.of(fieldOf(e), "error_automation_refused");
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

    private Response page(String id, Map<String, String> form, Map<String, String> errors, String language, String explicit,
                          UriInfo uri, int status) {
        try {
            return staffPage(Templates.macro(frame.context(language, uri), id, form, ActionRows.rows(form), ActionRows.TYPES,
                    AutomationPages.templateOptions(templates), texts(AutomationMessages.class, errors, language)),
                    language, explicit, status);
        } catch (WebApplicationException | ProcessingException e) {
            return unavailable(e, language, uri);
        }
    }

    private static String fieldOf(WebApplicationException e) {
        String field = problem(e).path("violations").path(0).path("field").asText("");
        String action = ActionRows.fieldOf(field);
        return action != null ? action : "name".equals(field) ? "name" : "form";
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
