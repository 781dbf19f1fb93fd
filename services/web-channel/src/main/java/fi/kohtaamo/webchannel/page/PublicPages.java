package fi.kohtaamo.webchannel.page;

import fi.kohtaamo.webchannel.client.OrganisationClient;
import fi.kohtaamo.webchannel.client.PublicResultsClient;
import fi.kohtaamo.webchannel.i18n.Language;
import fi.kohtaamo.webchannel.i18n.PublicMessages;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;
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

import java.text.Collator;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * What every public site owes, for anyone, signed in or not: each organisation's results of the
 * last full quarter (feedback's public results; small groups already left out there) as a page,
 * JSON and CSV, the accessibility statement and the privacy notice. The footer of every page
 * (base.html) links them.
 */
@Path("/")
public class PublicPages {

    /** An organisation code as the catalogue writes them; anything else is no organisation (404). */
    private static final Pattern CODE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_-]{0,79}");
    /** When the accessibility statement was prepared and last reviewed against the axe results. */
    static final LocalDate STATEMENT_PREPARED = LocalDate.of(2026, 12, 6);
    static final LocalDate STATEMENT_REVIEWED = LocalDate.of(2026, 12, 6);
    private static final String CACHE = "public, max-age=300";
    /**
     * Feedback's default minimum group size, for the list of organisations, which asks feedback
     * nothing; each organisation's page says the minimum feedback applied.
     */
    private static final int DEFAULT_MINIMUM = 5;
    private static final Logger LOG = Logger.getLogger(PublicPages.class);

    private final PublicResultsClient results;
    private final OrganisationClient organisations;
    private final PageFrame frame;

    public PublicPages(@RestClient PublicResultsClient results, @RestClient OrganisationClient organisations,
                       PageFrame frame) {
        this.results = results;
        this.organisations = organisations;
        this.frame = frame;
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance organisations(PageContext page, List<OrganisationLink> organisations, int minimum);

        static native TemplateInstance results(PageContext page, String code, String organisation, String quarter,
                                               int minimum, List<ResultRow> rows, ResultRow total);

        static native TemplateInstance accessibility(PageContext page, String prepared, String reviewed);

        static native TemplateInstance privacy(PageContext page);
    }

    public record OrganisationLink(String code, String name) {
    }

    /** One line of the results table, every figure as the page says it (a number, "fewer than 5" or "no data"). */
    public record ResultRow(String name, long contacts, String firstResponse, String firstResponseTime, String resolution,
                            String resolutionTime, String csat, String answers) {
    }

    @GET
    @Path("/results")
    @Produces(MediaType.TEXT_HTML)
    public Response organisations(@QueryParam("lang") String lang, @CookieParam(Language.COOKIE) String remembered,
                                  @HeaderParam("Accept-Language") String accept, @Context UriInfo uri) {
        String language = Language.resolve(lang, remembered, accept);
        try {
            Collator order = Collator.getInstance(Locale.forLanguageTag(language));
            List<OrganisationLink> links = organisations.organisations().stream()
                    .filter(OrganisationClient.Organisation::agency)
                    .map(o -> new OrganisationLink(o.code(), o.name() == null ? o.code() : o.name().in(language)))
                    .sorted(Comparator.comparing(OrganisationLink::name, order))
                    .toList();
            return PageSupport.page(Templates.organisations(frame.context(language, uri), links, DEFAULT_MINIMUM), language, lang, 200);
        } catch (WebApplicationException | ProcessingException e) {
            LOG.warnf("catalogue: %s", e.getMessage());
            return PageSupport.unavailable(frame.context(language, uri), language);
        }
    }

    @GET
    @Path("/results/{code}")
    @Produces(MediaType.TEXT_HTML)
    public Response organisation(@PathParam("code") String code, @QueryParam("lang") String lang,
                                 @CookieParam(Language.COOKIE) String remembered,
                                 @HeaderParam("Accept-Language") String accept, @Context UriInfo uri) {
        String language = Language.resolve(lang, remembered, accept);
        try {
            Optional<OrganisationClient.Organisation> found = organisation(code);
            if (found.isEmpty()) {
                return PageSupport.notFound(frame.context(language, uri), language);
            }
            PublicMessages texts = MessageBundles.get(PublicMessages.class, Localized.Literal.of(language));
            Optional<PublicResultsClient.Results> figures = figures(code);
            String quarter = figures.map(r -> quarter(r.quarter(), texts)).orElse("");
            int minimum = figures.map(PublicResultsClient.Results::minimumGroupSize).orElse(DEFAULT_MINIMUM);
            List<ResultRow> rows = new ArrayList<>();
            figures.ifPresent(r -> r.services().forEach(s -> rows.add(row(
                    PageSupport.localized(s.name(), language, String.valueOf(s.serviceId())), s, minimum, texts, language))));
            ResultRow total = figures.map(PublicResultsClient.Results::total)
                    .map(t -> row(texts.pub_total(), t, minimum, texts, language)).orElse(null);
            OrganisationClient.Organisation organisation = found.get();
            String name = organisation.name() == null ? code : organisation.name().in(language);
            return PageFrame.respond(Templates.results(frame.context(language, uri), code, name, quarter, minimum, rows,
                    rows.isEmpty() ? null : total), language, lang, 200).header("Cache-Control", CACHE).build();
        } catch (WebApplicationException | ProcessingException e) {
            LOG.warnf("public results: %s", e.getMessage());
            return PageSupport.unavailable(frame.context(language, uri), language);
        }
    }

    /** The same results as feedback gives them, for programs: JSON. */
    @GET
    @Path("/results/{code}/data.json")
    @Produces(MediaType.APPLICATION_JSON)
    public Response json(@PathParam("code") String code) {
        return download(code, "json", r -> r);
    }

    /** The same results as a CSV file (RFC 4180, UTF-8, the cell rule of {@link Csv}): a line per service, then the total. */
    @GET
    @Path("/results/{code}/data.csv")
    @Produces("text/csv")
    public Response csv(@PathParam("code") String code) {
        return download(code, "csv", r -> {
            StringBuilder csv = new StringBuilder(Csv.row("organisation", "quarter", "service_id", "service_fi",
                    "service_sv", "service_en", "contacts", "answered", "first_response_attainment",
                    "median_first_response_minutes", "resolved", "resolution_attainment", "median_resolution_minutes",
                    "responses", "csat_average", "nps", "service_level_suppressed", "satisfaction_suppressed"));
            r.services().forEach(s -> csv.append(csvLine(r, s)));
            if (r.total() != null) {
                csv.append(csvLine(r, r.total()));
            }
            return csv.toString();
        });
    }

    @GET
    @Path("/accessibility")
    @Produces(MediaType.TEXT_HTML)
    public Response accessibility(@QueryParam("lang") String lang, @CookieParam(Language.COOKIE) String remembered,
                                  @HeaderParam("Accept-Language") String accept, @Context UriInfo uri) {
        String language = Language.resolve(lang, remembered, accept);
        DateTimeFormatter day = language.equals("en") ? DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH)
                : DateTimeFormatter.ofPattern("d.M.yyyy");
        return PageSupport.page(Templates.accessibility(frame.context(language, uri), day.format(STATEMENT_PREPARED),
                day.format(STATEMENT_REVIEWED)), language, lang, 200);
    }

    @GET
    @Path("/privacy")
    @Produces(MediaType.TEXT_HTML)
    public Response privacy(@QueryParam("lang") String lang, @CookieParam(Language.COOKIE) String remembered,
                            @HeaderParam("Accept-Language") String accept, @Context UriInfo uri) {
        String language = Language.resolve(lang, remembered, accept);
        return PageSupport.page(Templates.privacy(frame.context(language, uri)), language, lang, 200);
    }

    private Response download(String code, String extension,
                              java.util.function.Function<PublicResultsClient.Results, Object> body) {
        try {
            if (organisation(code).isEmpty()) {
                return plain(404, "no such organisation\n");
            }
            Optional<PublicResultsClient.Results> figures = figures(code);
            if (figures.isEmpty()) {
                return plain(404, "the organisation has no published results\n");
            }
            PublicResultsClient.Results r = figures.get();
            MediaType type = extension.equals("csv") ? new MediaType("text", "csv", "UTF-8") : MediaType.APPLICATION_JSON_TYPE;
            return Response.ok(body.apply(r), type).header("Cache-Control", CACHE)
                    .header("Content-Disposition", "attachment; filename=\"results-" + code + "-" + r.quarter() + "." + extension + "\"")
                    .build();
        } catch (WebApplicationException | ProcessingException e) {
            LOG.warnf("public results: %s", e.getMessage());
            return plain(503, "the results did not answer; try again\n");
        }
    }

    /** The catalogue's organisation of the code; empty for a code that is none (no lookup for a malformed one). */
    private Optional<OrganisationClient.Organisation> organisation(String code) {
        if (code == null || !CODE.matcher(code).matches()) {
            return Optional.empty();
        }
        return organisations.organisations().stream().filter(o -> code.equals(o.code())).findFirst();
    }

    /** The organisation's results of the last full quarter; empty when feedback knows no published service of it. */
    private Optional<PublicResultsClient.Results> figures(String code) {
        try {
            return Optional.of(results.results(code, null, null));
        } catch (WebApplicationException e) {
            if (e.getResponse().getStatus() == 404) {
                return Optional.empty();
            }
            throw e;
        }
    }

    private static ResultRow row(String name, PublicResultsClient.Figures f, int minimum, PublicMessages texts,
                                 String language) {
        String tooFew = texts.pub_too_few(minimum);
        String none = texts.pub_no_data();
        boolean levels = !f.serviceLevelSuppressed();
        boolean satisfaction = !f.satisfactionSuppressed();
        return new ResultRow(name, f.contacts(),
                levels ? percent(f.firstResponseAttainment(), none, texts) : tooFew,
                levels ? duration(f.medianFirstResponseMinutes(), none, texts) : tooFew,
                levels ? percent(f.resolutionAttainment(), none, texts) : tooFew,
                levels ? duration(f.medianResolutionMinutes(), none, texts) : tooFew,
                satisfaction ? (f.csatAverage() == null ? none
                        : String.format(Locale.forLanguageTag(language), "%.1f", f.csatAverage())) : tooFew,
                satisfaction ? (f.responses() == null ? none : String.valueOf(f.responses())) : tooFew);
    }

    private static String percent(Double share, String none, PublicMessages texts) {
        return share == null ? none : texts.pub_percent(Math.round(share * 100));
    }

    private static String duration(Long minutes, String none, PublicMessages texts) {
        return minutes == null ? none : texts.pub_duration(minutes, minutes / 60, minutes % 60, Math.round(minutes / 1440.0));
    }

    /** "2026-Q3" as the page's language says it. */
    private static String quarter(String quarter, PublicMessages texts) {
        return texts.pub_quarter(Integer.parseInt(quarter.substring(0, 4)), Integer.parseInt(quarter.substring(6)));
    }

    private static String csvLine(PublicResultsClient.Results r, PublicResultsClient.Figures f) {
        java.util.Map<String, String> name = f.name() == null ? java.util.Map.of() : f.name();
        return Csv.row(r.organisation(), r.quarter(), f.serviceId() == null ? "" : f.serviceId().toString(),
                name.get("fi"), name.get("sv"), name.get("en"), String.valueOf(f.contacts()), text(f.answered()),
                text(f.firstResponseAttainment()), text(f.medianFirstResponseMinutes()), text(f.resolved()),
                text(f.resolutionAttainment()), text(f.medianResolutionMinutes()), text(f.responses()),
                text(f.csatAverage()), text(f.nps()), String.valueOf(f.serviceLevelSuppressed()),
                String.valueOf(f.satisfactionSuppressed()));
    }

    private static String text(Object value) {
        return value == null ? "" : value.toString();
    }

    private static Response plain(int status, String text) {
        return Response.status(status).type(MediaType.TEXT_PLAIN_TYPE.withCharset("UTF-8")).entity(text)
                .header("Cache-Control", "no-store").build();
    }
}
