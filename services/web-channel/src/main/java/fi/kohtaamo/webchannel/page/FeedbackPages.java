package fi.kohtaamo.webchannel.page;

import fi.kohtaamo.webchannel.client.CatalogueClient;
import fi.kohtaamo.webchannel.client.FeedbackClient;
import fi.kohtaamo.webchannel.i18n.Language;
import fi.kohtaamo.webchannel.i18n.CitizenMessages;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
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
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.RestForm;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

import static fi.kohtaamo.webchannel.page.PageSupport.DAY;
import static fi.kohtaamo.webchannel.page.PageSupport.texts;

/** Spontaneous feedback about a service: praise, a complaint, a suggestion, a question. No JavaScript needed. */
@Path("/feedback")
@Produces(MediaType.TEXT_HTML)
public class FeedbackPages {

    static final List<String> KINDS = List.of("PRAISE", "COMPLAINT", "SUGGESTION", "QUESTION", "OTHER");
    private static final Set<String> KIND_SET = Set.copyOf(KINDS);
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    private static final Logger LOG = Logger.getLogger(FeedbackPages.class);

    private final FeedbackClient feedback;
    private final CatalogueClient catalogue;
    private final PageFrame frame;

    public FeedbackPages(@RestClient FeedbackClient feedback, @RestClient CatalogueClient catalogue, PageFrame frame) {
        this.feedback = feedback;
        this.catalogue = catalogue;
        this.frame = frame;
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance feedback(PageContext page, FeedbackForm form, List<ServiceOption> services,
                                                List<String> kinds, Map<String, String> errors);

        static native TemplateInstance received(PageContext page, String reference, String replyDue, boolean reachable);
    }

    public static class FeedbackForm {
        @RestForm
        public String kind;

        @RestForm
        public String serviceId;

        @RestForm
        public String text;

        @RestForm
        public String name;

        @RestForm
        public String email;
    }

    public record ServiceOption(String id, String name, boolean selected) {
    }

    @GET
    public Response form(@QueryParam("service") String service, @QueryParam("lang") String lang,
                         @CookieParam(Language.COOKIE) String remembered, @HeaderParam("Accept-Language") String accept,
                         @Context UriInfo uri) {
        String language = Language.resolve(lang, remembered, accept);
        FeedbackForm form = new FeedbackForm();
        form.serviceId = service;
        return render(form, Map.of(), language, lang, uri, 200);
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response send(@BeanParam FeedbackForm form, @CookieParam(Language.COOKIE) String remembered,
                         @HeaderParam("Accept-Language") String accept, @Context UriInfo uri) {
        String language = Language.resolve(null, remembered, accept);
        Map<String, String> errors = new LinkedHashMap<>();
        if (form.kind == null || !KIND_SET.contains(form.kind)) {
            errors.put("kind", "error_kind");
        }
        UUID service = null;
        try {
            service = form.serviceId == null || form.serviceId.isBlank() ? null : UUID.fromString(form.serviceId);
        } catch (IllegalArgumentException e) {
            LOG.debugf("not a service id: %s", form.serviceId);
        }
        if (service == null) {
            errors.put("serviceId", "error_service");
        }
        if (form.text == null || form.text.isBlank() || form.text.length() > 5000) {
            errors.put("text", "error_feedback_text");
        }
        if (form.email != null && !form.email.isBlank() && !EMAIL.matcher(form.email.strip()).matches()) {
            errors.put("email", "error_email");
        }
        if (!errors.isEmpty()) {
            return render(form, errors, language, null, uri, 400);
        }
        try {
            FeedbackClient.Received received = feedback.send(new FeedbackClient.NewFeedback(form.kind, form.text.strip(),
                    language, service, blankToNull(form.name), blankToNull(form.email)));
            return PageFrame.respond(Templates.received(frame.context(language, uri), received.reference(),
                    DAY.format(received.replyDue()), received.reachable()), language, null, 200).build();
        } catch (WebApplicationException e) {
            if (e.getResponse().getStatus() == 400) {
                return render(form, Map.of("serviceId", "error_service"), language, null, uri, 400);
            }
            LOG.warnf("feedback answered %d", e.getResponse().getStatus());
            return render(form, Map.of("form", "error_unavailable"), language, null, uri, 503);
        } catch (ProcessingException e) {
            LOG.warnf("feedback unavailable: %s", e.getMessage());
            return render(form, Map.of("form", "error_unavailable"), language, null, uri, 503);
        }
    }

    private Response render(FeedbackForm form, Map<String, String> errors, String language, String explicit, UriInfo uri,
                            int status) {
        return PageFrame.respond(Templates.feedback(frame.context(language, uri), form, services(language, form.serviceId),
                KINDS, texts(CitizenMessages.class, errors, language)), language, explicit, status).build();
    }

    private List<ServiceOption> services(String language, String selected) {
        return serviceOptions(catalogue, language, selected);
    }

    /** The catalogue's services for a form's select, by name in the page's language; none when the catalogue does not answer. */
    static List<ServiceOption> serviceOptions(CatalogueClient catalogue, String language, String selected) {
        try {
            return catalogue.services().stream()
                    .map(s -> new ServiceOption(s.id().toString(), s.name().in(language), s.id().toString().equals(selected)))
                    .sorted(Comparator.comparing(ServiceOption::name))
                    .toList();
        } catch (WebApplicationException | ProcessingException e) {
            LOG.warnf("catalogue unavailable: %s", e.getMessage());
            return List.of();
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
