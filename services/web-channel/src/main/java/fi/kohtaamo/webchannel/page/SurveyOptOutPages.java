package fi.kohtaamo.webchannel.page;

import fi.kohtaamo.webchannel.client.SurveySendingClient;
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
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/**
 * The opt-out link of a survey mail: a page that asks (a GET changes nothing: mail scanners follow
 * links) and a button that stops every later survey mail to the recipient.
 */
@Path("/surveys/opt-out/{token}")
@Produces(MediaType.TEXT_HTML)
public class SurveyOptOutPages {

    private final SurveySendingClient surveys;
    private final PageFrame frame;

    public SurveyOptOutPages(@RestClient SurveySendingClient surveys, PageFrame frame) {
        this.surveys = surveys;
        this.frame = frame;
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance optOut(PageContext page, String token, String outcome);
    }

    @GET
    public Response ask(@PathParam("token") String token, @QueryParam("lang") String lang,
                        @CookieParam(Language.COOKIE) String remembered, @HeaderParam("Accept-Language") String accept,
                        @Context UriInfo uri) {
        String language = Language.resolve(lang, remembered, accept);
        return page(Templates.optOut(frame.context(language, uri), token, null), language, lang, 200);
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response optOut(@PathParam("token") String token, @CookieParam(Language.COOKIE) String remembered,
                           @HeaderParam("Accept-Language") String accept, @Context UriInfo uri) {
        String language = Language.resolve(null, remembered, accept);
        try {
            surveys.optOut(token);
            return page(Templates.optOut(frame.context(language, uri), token, "done"), language, null, 200);
        } catch (WebApplicationException e) {
            int status = e.getResponse().getStatus() == 404 ? 404 : 503;
            return page(Templates.optOut(frame.context(language, uri), token, status == 404 ? "unknown" : "unavailable"),
                    language, null, status);
        } catch (ProcessingException e) {
            return page(Templates.optOut(frame.context(language, uri), token, "unavailable"), language, null, 503);
        }
    }

    /** Never cached and never told to another site: the page is reached with a personal link. */
    private static Response page(TemplateInstance template, String language, String explicit, int status) {
        return PageFrame.respond(template, language, explicit, status).header("Cache-Control", "no-store")
                .header("Referrer-Policy", "no-referrer").build();
    }
}
