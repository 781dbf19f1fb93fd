package fi.kohtaamo.webchannel.page;

import fi.kohtaamo.webchannel.client.CatalogueClient;
import fi.kohtaamo.webchannel.client.KnowledgeClient;
import fi.kohtaamo.webchannel.client.RegistryClient;
import fi.kohtaamo.webchannel.i18n.Language;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
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
import org.jboss.logging.Logger;

import java.time.DayOfWeek;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static fi.kohtaamo.webchannel.page.PageSupport.notFound;

/**
 * Finding help: one search over services and knowledge articles, a service's page (its channels,
 * whether each is open now and its hours, articles about it, the contact and feedback buttons),
 * and an article's page.
 */
@Path("/")
@Produces(MediaType.TEXT_HTML)
public class ServicePages {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm").withZone(ZoneId.of("Europe/Helsinki"));
    private static final DateTimeFormatter DAY_TIME = DateTimeFormatter.ofPattern("d.M. HH:mm").withZone(ZoneId.of("Europe/Helsinki"));
    private static final Logger LOG = Logger.getLogger(ServicePages.class);

    private final CatalogueClient catalogue;
    private final KnowledgeClient knowledge;
    private final PageFrame frame;
    private final RegistryClient registry;
    private final SecurityIdentity identity;

    public ServicePages(@RestClient CatalogueClient catalogue, @RestClient KnowledgeClient knowledge, PageFrame frame,
                        @RestClient RegistryClient registry, SecurityIdentity identity) {
        this.catalogue = catalogue;
        this.knowledge = knowledge;
        this.frame = frame;
        this.registry = registry;
        this.identity = identity;
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance search(PageContext page, String query, List<CitizenPages.ServiceView> services,
                                              List<ArticleView> articles, String didYouMean, List<String> missingWords,
                                              boolean unavailable);

        static native TemplateInstance service(PageContext page, ServicePage service);

        static native TemplateInstance article(PageContext page, KnowledgeClient.Text article);
    }

    public record ArticleView(String id, String language, String title, String snippet) {
    }

    public record HoursLine(String day, String hours) {
    }

    public record ChannelView(String type, String name, String phone, String email, String url, boolean alwaysOpen,
                              Boolean open, String until, List<HoursLine> hours, boolean recommended) {
    }

    public record ServicePage(String id, String name, String summary, String description, String instructions,
                              List<ChannelView> channels, List<ArticleView> articles) {
    }

    @GET
    @Path("/search")
    public Response search(@QueryParam("q") String query, @QueryParam("lang") String lang,
                           @CookieParam(Language.COOKIE) String remembered, @HeaderParam("Accept-Language") String accept,
                           @Context UriInfo uri) {
        String language = Language.resolve(lang, remembered, accept);
        String q = query == null ? "" : query.strip();
        List<CitizenPages.ServiceView> services = new ArrayList<>();
        List<ArticleView> articles = new ArrayList<>();
        String didYouMean = null;
        List<String> missingWords = List.of();
        boolean unavailable = false;
        if (!q.isEmpty() && q.length() <= 200) {
            try {
                catalogue.search(q).forEach(s -> services.add(new CitizenPages.ServiceView(s.id().toString(), s.name().in(language),
                        s.summary() == null ? null : s.summary().in(language))));
                KnowledgeClient.Results found = knowledge.search(q, language, null, 10);
                found.results().forEach(hit -> articles.add(new ArticleView(hit.articleId().toString(), hit.language(),
                        hit.title(), hit.snippet())));
                didYouMean = found.didYouMean();
                missingWords = found.missingWords() == null ? List.of() : found.missingWords();
            } catch (WebApplicationException | ProcessingException e) {
                LOG.warnf("search unavailable: %s", e.getMessage());
                unavailable = true;
            }
        }
        return PageFrame.respond(Templates.search(frame.context(language, uri), q, services, articles, didYouMean, missingWords, unavailable),
                language, lang, unavailable ? 503 : 200).build();
    }

    @GET
    @Path("/services/{id}")
    public Response service(@PathParam("id") String id, @QueryParam("lang") String lang,
                            @CookieParam(Language.COOKIE) String remembered, @HeaderParam("Accept-Language") String accept,
                            @Context UriInfo uri) {
        String language = Language.resolve(lang, remembered, accept);
        try {
            CatalogueClient.Detail detail = catalogue.detail(UUID.fromString(id));
            List<CatalogueClient.Channel> listed = detail.channels() == null ? List.of() : detail.channels();
            List<ChannelView> channels = ChannelSteering.<CatalogueClient.Channel>order(listed, segmentChannels(),
                            CatalogueClient.Channel::type,
                            c -> c.contact() != null && c.contact().email() != null && !c.contact().email().isBlank())
                    .stream().map(steered -> channel(steered.channel(), language, steered.recommended())).toList();
            List<ArticleView> articles = new ArrayList<>();
            try {
                knowledge.search("", language, detail.id(), 5).results().forEach(hit -> articles.add(
                        new ArticleView(hit.articleId().toString(), hit.language(), hit.title(), hit.snippet())));
            } catch (WebApplicationException | ProcessingException e) {
                LOG.debugf("no related articles: %s", e.getMessage());
            }
            CatalogueClient.DetailTexts texts = detail.texts();
            ServicePage page = new ServicePage(detail.id().toString(), detail.name().in(language),
                    detail.summary() == null ? null : detail.summary().in(language),
                    texts == null || texts.description() == null ? null : texts.description().in(language),
                    texts == null || texts.userInstructions() == null ? null : texts.userInstructions().in(language),
                    channels, articles);
            return PageFrame.respond(Templates.service(frame.context(language, uri), page), language, lang, 200).build();
        } catch (IllegalArgumentException e) {
            return notFound(frame.context(language, uri), language);
        } catch (WebApplicationException e) {
            if (e.getResponse().getStatus() == 404) {
                return notFound(frame.context(language, uri), language);
            }
            return PageSupport.unavailable(frame.context(language, uri), language);
        } catch (ProcessingException e) {
            return PageSupport.unavailable(frame.context(language, uri), language);
        }
    }

    @GET
    @Path("/articles/{id}")
    public Response article(@PathParam("id") String id, @QueryParam("lang") String lang,
                            @CookieParam(Language.COOKIE) String remembered, @HeaderParam("Accept-Language") String accept,
                            @Context UriInfo uri) {
        String language = Language.resolve(lang, remembered, accept);
        try {
            KnowledgeClient.Text text = knowledge.text(UUID.fromString(id), language);
            return PageFrame.respond(Templates.article(frame.context(language, uri), text), language, lang, 200).build();
        } catch (IllegalArgumentException e) {
            return notFound(frame.context(language, uri), language);
        } catch (WebApplicationException e) {
            return e.getResponse().getStatus() == 404 ? notFound(frame.context(language, uri), language)
                    : PageSupport.unavailable(frame.context(language, uri), language);
        } catch (ProcessingException e) {
            return PageSupport.unavailable(frame.context(language, uri), language);
        }
    }

    /**
     * The channels a signed-in citizen's segments prefer (the registry's own record); none for
     * anyone else, or when the citizen has no record or the registry does not answer: the page
     * then shows the catalogue's order, which is never wrong, only not steered.
     */
    private List<String> segmentChannels() {
        if (!identity.hasRole("citizen")) {
            return List.of();
        }
        try {
            List<String> preferred = registry.me().segmentChannels();
            return preferred == null ? List.of() : preferred;
        } catch (WebApplicationException | ProcessingException e) {
            LOG.debugf("no segment channels: %s", e.getMessage());
            return List.of();
        }
    }

    private static ChannelView channel(CatalogueClient.Channel c, String language, boolean recommended) {
        CatalogueClient.ChannelContact contact = c.contact() == null ? new CatalogueClient.ChannelContact(null, null, null)
                : c.contact();
        boolean always = c.hours() != null && c.hours().alwaysOpen();
        List<HoursLine> lines = new ArrayList<>();
        if (c.hours() != null && c.hours().schedules() != null && !c.hours().schedules().isEmpty()) {
            List<CatalogueClient.Period> periods = c.hours().schedules().get(0).periods();
            for (DayOfWeek day : DayOfWeek.values()) {
                List<String> spans = periods == null ? List.of() : periods.stream().filter(p -> p.day() == day)
                        .map(p -> p.opens() + "–" + p.closes()).toList();
                if (!spans.isEmpty()) {
                    lines.add(new HoursLine(day.name(), String.join(", ", spans)));
                }
            }
        }
        CatalogueClient.OpenState state = c.openNow();
        String until = state == null ? null : state.open() && state.closesAt() != null ? TIME.format(state.closesAt())
                : !state.open() && state.opensNext() != null ? DAY_TIME.format(state.opensNext()) : null;
        return new ChannelView(c.type(), c.name() == null ? c.type() : c.name().in(language), contact.phone(),
                contact.email(), contact.url(), always, state == null ? null : state.open(), until, lines, recommended);
    }
}
