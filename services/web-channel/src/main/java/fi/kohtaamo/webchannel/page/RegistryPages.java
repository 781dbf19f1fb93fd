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
import java.util.UUID;

import static fi.kohtaamo.webchannel.page.PageSupport.WHEN;
import static fi.kohtaamo.webchannel.page.PageSupport.formValues;
import static fi.kohtaamo.webchannel.page.PageSupport.notFound;
import static fi.kohtaamo.webchannel.page.PageSupport.redirect;
import static fi.kohtaamo.webchannel.page.PageSupport.staffPage;
import static fi.kohtaamo.webchannel.page.PageSupport.text;
import static fi.kohtaamo.webchannel.page.PageSupport.texts;
import static fi.kohtaamo.webchannel.page.PageSupport.uuidOrNull;

/**
 * Registry administration's front page and citizens' erasure requests: the waiting ones, oldest
 * first, and a decision on one (approve, which erases at once, or reject), always with a reason
 * the citizen sees. A request someone else decided meanwhile is the registry's 409, shown as a
 * notice. Segments: {@link SegmentPages}. Who may open the pages: {@link StaffPageGuard}.
 */
@Path("/registry")
@Produces(MediaType.TEXT_HTML)
public class RegistryPages {

    private static final Logger LOG = Logger.getLogger(RegistryPages.class);
    private static final String NOTICES = "erasure_(approved|rejected|decided)";

    private final RegistryAdminClient registry;
    private final PageFrame frame;

    public RegistryPages(@RestClient RegistryAdminClient registry, PageFrame frame) {
        this.registry = registry;
        this.frame = frame;
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance registry(PageContext page);

        static native TemplateInstance erasureRequests(PageContext page, List<Request> requests, String notice);

        static native TemplateInstance erasureDecision(PageContext page, Request request, Map<String, String> form,
                                                       Map<String, String> errors);
    }

    /** A waiting request as the pages show it. */
    public record Request(String id, String clientId, String requestedAt, String reason) {
        static Request of(RegistryAdminClient.ErasureRequest r) {
            return new Request(r.id().toString(), r.clientId().toString(), WHEN.format(r.requestedAt()), r.reason());
        }
    }

    @GET
    public Response index(@QueryParam("lang") String lang, @CookieParam(Language.COOKIE) String remembered,
                          @HeaderParam("Accept-Language") String accept, @Context UriInfo uri) {
        String language = Language.resolve(lang, remembered, accept);
        return staffPage(Templates.registry(frame.context(language, uri)), language, lang, 200);
    }

    @GET
    @Path("/erasure-requests")
    public Response erasureRequests(@QueryParam("notice") String notice, @QueryParam("lang") String lang,
                                    @CookieParam(Language.COOKIE) String remembered, @HeaderParam("Accept-Language") String accept,
                                    @Context UriInfo uri) {
        String language = Language.resolve(lang, remembered, accept);
        String noticeText = notice != null && notice.matches(NOTICES) ? text(RegistryMessages.class, "reg_notice_" + notice, language) : null;
        try {
            List<Request> requests = registry.erasureRequests("REQUESTED").stream().map(Request::of).toList();
            return staffPage(Templates.erasureRequests(frame.context(language, uri), requests, noticeText), language, lang, 200);
        } catch (WebApplicationException | ProcessingException e) {
            return unavailable(e, language, uri);
        }
    }

    @GET
    @Path("/erasure-requests/{id}")
    public Response decision(@PathParam("id") String id, @QueryParam("lang") String lang,
                             @CookieParam(Language.COOKIE) String remembered, @HeaderParam("Accept-Language") String accept,
                             @Context UriInfo uri) {
        String language = Language.resolve(lang, remembered, accept);
        return decisionPage(id, Map.of(), Map.of(), language, lang, uri, 200);
    }

    @POST
    @Path("/erasure-requests/{id}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response decide(@PathParam("id") String id, MultivaluedMap<String, String> form,
                           @CookieParam(Language.COOKIE) String remembered, @HeaderParam("Accept-Language") String accept,
                           @Context UriInfo uri) {
        String language = Language.resolve(null, remembered, accept);
        UUID requestId = uuidOrNull(id);
        if (requestId == null) {
            return notFound(frame.context(language, uri), language);
        }
        Map<String, String> values = formValues(form);
        String decision = values.getOrDefault("decision", "");
        String reason = values.getOrDefault("reason", "");
        Map<String, String> errors = new LinkedHashMap<>();
        if (!decision.matches("approve|reject")) {
            errors.put("decision", "reg_error_erasure_decision");
        }
        if (reason.length() < 5 || reason.length() > 500 || reason.indexOf('\0') >= 0) {
            errors.put("reason", "reg_error_erasure_reason");
        }
        if (!errors.isEmpty()) {
            return decisionPage(id, values, errors, language, null, uri, 400);
        }
        try {
            boolean approve = decision.equals("approve");
            registry.decide(requestId, new RegistryAdminClient.Decision(approve, reason));
            return redirect("/registry/erasure-requests?notice=erasure_" + (approve ? "approved" : "rejected"));
        } catch (WebApplicationException e) {
            return switch (e.getResponse().getStatus()) {
                case 409 -> redirect("/registry/erasure-requests?notice=erasure_decided");
                case 400 -> decisionPage(id, values, Map.of("reason", "reg_error_erasure_reason"), language, null, uri, 400);
                case 404, 403 -> notFound(frame.context(language, uri), language);
                default -> unavailable(e, language, uri);
            };
        } catch (ProcessingException e) {
            return unavailable(e, language, uri);
        }
    }

    /** The decision form for a waiting request; one that is not waiting (decided, unknown) is not there. */
    private Response decisionPage(String id, Map<String, String> form, Map<String, String> errors, String language,
                                  String explicit, UriInfo uri, int status) {
        try {
            Optional<Request> request = registry.erasureRequests("REQUESTED").stream()
                    .filter(r -> r.id().toString().equals(id)).findFirst().map(Request::of);
            if (request.isEmpty()) {
                return notFound(frame.context(language, uri), language);
            }
            return staffPage(Templates.erasureDecision(frame.context(language, uri), request.get(), form,
                    texts(RegistryMessages.class, errors, language)), language, explicit, status);
        } catch (WebApplicationException | ProcessingException e) {
            return unavailable(e, language, uri);
        }
    }

    private Response unavailable(RuntimeException e, String language, UriInfo uri) {
        LOG.warnf("client registry: %s", e.getMessage());
        return PageSupport.unavailable(frame.context(language, uri), language);
    }
}
