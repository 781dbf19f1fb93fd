package fi.kohtaamo.webchannel.page;

import fi.kohtaamo.webchannel.client.AutomationClient;
import fi.kohtaamo.webchannel.i18n.Language;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.logging.Logger;

import java.util.Map;
import java.util.UUID;

import static fi.kohtaamo.webchannel.page.PageSupport.notFound;
import static fi.kohtaamo.webchannel.page.PageSupport.redirect;
import static fi.kohtaamo.webchannel.page.PageSupport.uuidOrNull;

/** A macro applied from a contact's page (its own root: {@link WorkPages}' paths would not reach it). */
@Path("/work/contacts/{id}/macro")
@Produces(MediaType.TEXT_HTML)
public class ContactMacroPages {

    private static final Logger LOG = Logger.getLogger(ContactMacroPages.class);

    private final AutomationClient automation;
    private final WorkPages work;
    private final PageFrame frame;

    public ContactMacroPages(@RestClient AutomationClient automation, WorkPages work, PageFrame frame) {
        this.automation = automation;
        this.work = work;
        this.frame = frame;
    }

    /**
     * The agent applies a macro to the contact they hold, at the contact's version the page showed:
     * back to the contact's page, or the page again with the refusal beside the macro's choice.
     */
    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response apply(@PathParam("id") String id, MultivaluedMap<String, String> form,
                          @CookieParam(Language.COOKIE) String remembered, @HeaderParam("Accept-Language") String accept,
                          @Context UriInfo uri) {
        String language = Language.resolve(null, remembered, accept);
        UUID contactId = uuidOrNull(id);
        if (contactId == null) {
            return notFound(frame.context(language, uri), language);
        }
        UUID macroId = uuidOrNull(form.getFirst("macroId"));
        String version = form.getFirst("version") == null ? "" : form.getFirst("version").strip();
        if (macroId == null) {
            return work.contactPage(id, Map.of("macroId", "error_macro_choose"), Map.of(), language, null, uri, 400);
        }
        if (!version.matches("\\d{1,9}")) {
            return work.contactPage(id, Map.of("macroId", "error_generic"), Map.of(), language, null, uri, 400);
        }
        try {
            automation.applyMacro(contactId, macroId, "\"" + version + "\"");
            return redirect("/work/contacts/" + id);
        } catch (WebApplicationException e) {
            int status = e.getResponse().getStatus();
            String error = switch (status) {
                case 412 -> "error_macro_stale";
                case 403, 409 -> "error_not_allowed";
                case 404 -> "error_macro_choose";
                default -> null;
            };
            if (error == null) {
                return unavailable(e, language, uri);
            }
            return work.contactPage(id, Map.of("macroId", error), Map.of("macroId", macroId.toString()), language, null, uri,
                    status == 412 ? 409 : status == 404 ? 400 : status);
        } catch (ProcessingException e) {
            return unavailable(e, language, uri);
        }
    }

    private Response unavailable(RuntimeException e, String language, UriInfo uri) {
        LOG.warnf("contact routing: %s", e.getMessage());
        return PageSupport.unavailable(frame.context(language, uri), language);
    }
}
