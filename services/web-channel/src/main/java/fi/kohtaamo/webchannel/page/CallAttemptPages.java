package fi.kohtaamo.webchannel.page;

import fi.kohtaamo.webchannel.client.WorkClient;
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

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static fi.kohtaamo.webchannel.page.PageSupport.WHEN;
import static fi.kohtaamo.webchannel.page.PageSupport.redirect;

/**
 * A call-back request on the staff contact page (template {@code callAttempts.html}): the number
 * to call as a {@code tel:} link, the times the client chose, the attempts so far with what they
 * suggest, and the form that records an attempt. Kept apart from {@link WorkPages} so that the
 * contact page's own class only shows it.
 */
@Path("/work/contacts/{id}/call-attempt")
@Produces(MediaType.TEXT_HTML)
public class CallAttemptPages {

    static final List<String> OUTCOMES = List.of("REACHED", "NO_ANSWER", "BUSY", "WRONG_NUMBER", "LEFT_MESSAGE");

    private final WorkClient work;
    private final WorkPages pages;
    private final PageFrame frame;

    public CallAttemptPages(@RestClient WorkClient work, WorkPages pages, PageFrame frame) {
        this.work = work;
        this.pages = pages;
        this.frame = frame;
    }

    /** What the contact page shows of a call-back; null for other contacts. */
    public record View(String phone, String tel, List<String> windows, List<AttemptView> attempts, String suggestion,
                       List<String> outcomes) {
    }

    public record AttemptView(String when, String by, String outcome, String note) {
    }

    static View view(WorkClient.CallBack callBack) {
        if (callBack == null) {
            return null;
        }
        String phone = callBack.phone();
        List<String> windows = callBack.windows() == null ? List.of() : callBack.windows().stream()
                .map(w -> PageSupport.DAY.format(w.date()) + " " + w.from() + "–" + w.to()).toList();
        List<AttemptView> attempts = callBack.attempts() == null ? List.of() : callBack.attempts().stream()
                .map(a -> new AttemptView(WHEN.format(a.at()), a.by(), a.outcome(), a.note())).toList();
        return new View(phone, phone == null ? null : phone.replaceAll("[^+0-9]", ""), windows, attempts,
                callBack.suggestion(), OUTCOMES);
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response record(@PathParam("id") String id, MultivaluedMap<String, String> form,
                           @CookieParam(Language.COOKIE) String remembered, @HeaderParam("Accept-Language") String accept,
                           @Context UriInfo uri) {
        String language = Language.resolve(null, remembered, accept);
        UUID contactId = PageSupport.uuidOrNull(id);
        String outcome = form.getFirst("outcome");
        String note = form.getFirst("note") == null ? "" : form.getFirst("note").strip();
        Map<String, String> errors = new LinkedHashMap<>();
        if (!OUTCOMES.contains(outcome)) {
            errors.put("call-outcome", "error_call_outcome");
        }
        if (note.length() > 10000) {
            errors.put("call-note", "error_call_note");
        }
        Map<String, String> kept = new LinkedHashMap<>();
        kept.put("call-note", note);
        if (outcome != null) {
            kept.put("call-outcome", outcome);
        }
        if (contactId == null) {
            return pages.contactPage(id, Map.of(), Map.of(), language, null, uri, 404);
        }
        if (!errors.isEmpty()) {
            return pages.contactPage(id, errors, kept, language, null, uri, 400);
        }
        try {
            work.callAttempt(contactId, new WorkClient.CallAttempt(outcome, note.isEmpty() ? null : note));
            return redirect("/work/contacts/" + id + "#call-back"); // post/redirect/get: a reload records nothing twice
        } catch (WebApplicationException e) {
            int status = e.getResponse().getStatus();
            if (status == 409 || status == 403 || status == 400) {
                return pages.contactPage(id, Map.of("call-outcome", status == 400 ? "error_generic" : "error_not_allowed"),
                        kept, language, null, uri, status);
            }
            return pages.contactPage(id, Map.of(), Map.of(), language, null, uri, status == 404 ? 404 : 503);
        } catch (ProcessingException e) {
            return PageSupport.unavailable(frame.context(language, uri), language);
        }
    }
}
