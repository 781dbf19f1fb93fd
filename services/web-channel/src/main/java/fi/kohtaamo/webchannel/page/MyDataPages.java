package fi.kohtaamo.webchannel.page;

import fi.kohtaamo.webchannel.client.RegistryClient;
import fi.kohtaamo.webchannel.i18n.Language;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.rest.client.inject.RestClient;

import java.util.List;

import static fi.kohtaamo.webchannel.page.PageSupport.WHEN;
import static fi.kohtaamo.webchannel.page.PageSupport.unavailable;

/** "My data": a signed-in citizen's own record in the client registry, and who has read it and why. */
@Path("/my-data")
@Produces(MediaType.TEXT_HTML)
public class MyDataPages {


    private final RegistryClient registry;
    private final PageFrame frame;

    public MyDataPages(@RestClient RegistryClient registry, PageFrame frame) {
        this.registry = registry;
        this.frame = frame;
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance myData(PageContext page, RegistryClient.Own record, List<ReadView> reads);
    }

    public record ReadView(String when, String organisation, String roles, String action, String purpose) {
    }

    @GET
    public Response show(@QueryParam("lang") String lang, @CookieParam(Language.COOKIE) String remembered,
                         @HeaderParam("Accept-Language") String accept, @Context UriInfo uri) {
        String language = Language.resolve(lang, remembered, accept);
        RegistryClient.Own record = null;
        List<ReadView> reads = List.of();
        try {
            record = registry.me();
            reads = registry.accessLog().stream().map(a -> new ReadView(WHEN.format(a.at()), a.organisation(), a.roles(),
                    a.action(), a.purpose())).toList();
        } catch (WebApplicationException e) {
            if (e.getResponse().getStatus() != 404) {
                return unavailable(frame.context(language, uri), language);
            }
        } catch (ProcessingException e) {
            return unavailable(frame.context(language, uri), language);
        }
        return PageFrame.respond(Templates.myData(frame.context(language, uri), record, reads), language, lang, 200)
                .header("Cache-Control", "no-store").build();
    }
}
