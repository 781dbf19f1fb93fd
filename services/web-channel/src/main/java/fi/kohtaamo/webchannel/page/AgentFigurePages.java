package fi.kohtaamo.webchannel.page;

import fi.kohtaamo.webchannel.client.WorkClient;
import fi.kohtaamo.webchannel.i18n.FindMessages;
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
import org.jboss.logging.Logger;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import static fi.kohtaamo.webchannel.page.PageSupport.blankToNull;
import static fi.kohtaamo.webchannel.page.PageSupport.staffPage;
import static fi.kohtaamo.webchannel.page.PageSupport.texts;

/**
 * The supervisor's per-agent figures for a chosen period (by default the last 30 days): contacts
 * resolved, average handling time, first-contact resolution and service-level attainment, as a
 * table and as a CSV file of the same figures. Contact routing computes them for the supervisor's
 * organisation.
 */
@Path("/supervise/agents")
public class AgentFigurePages {

    private static final Logger LOG = Logger.getLogger(AgentFigurePages.class);
    private static final ZoneId HELSINKI = ZoneId.of("Europe/Helsinki");

    private final WorkClient work;
    private final PageFrame frame;

    public AgentFigurePages(@RestClient WorkClient work, PageFrame frame) {
        this.work = work;
        this.frame = frame;
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance agents(PageContext page, String from, String to, Map<String, String> errors,
                                              List<Row> rows, String csv);
    }

    /** One agent's figures as shown: shares as percentages, "–" where there is nothing to divide. */
    public record Row(String agent, long resolved, String averageMinutes, String firstContact, String attainment) {
        static Row of(WorkClient.AgentFigures figures, Locale locale) {
            return new Row(figures.username() == null ? figures.subject() : figures.username(), figures.resolved(),
                    figures.resolved() == 0 ? "–" : String.format(locale, "%.1f", figures.averageHandlingMinutes()),
                    percent(figures.firstContactResolution()), percent(figures.serviceLevelAttainment()));
        }

        private static String percent(Double share) {
            return share == null ? "–" : Math.round(share * 100) + " %";
        }
    }

    /** The period asked for, or its fields' errors. */
    private record Period(String from, String to, Map<String, String> errors) {
        static Period of(String from, String to) {
            LocalDate today = LocalDate.now(HELSINKI);
            Map<String, String> errors = new LinkedHashMap<>();
            LocalDate last = date(to, "to", errors, today);
            LocalDate first = date(from, "from", errors, last == null ? today.minusDays(29) : last.minusDays(29));
            if (first != null && last != null && last.isBefore(first)) {
                errors.put("to", "find_error_range");
            }
            return new Period(first == null ? from : first.toString(), last == null ? to : last.toString(), errors);
        }

        private static LocalDate date(String value, String field, Map<String, String> errors, LocalDate fallback) {
            if (blankToNull(value) == null) {
                return fallback;
            }
            try {
                return LocalDate.parse(value.strip());
            } catch (DateTimeParseException e) {
                errors.put(field, "find_error_date");
                return null;
            }
        }
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    public Response page(@QueryParam("from") String from, @QueryParam("to") String to, @QueryParam("lang") String lang,
                         @CookieParam(Language.COOKIE) String remembered, @HeaderParam("Accept-Language") String accept,
                         @Context UriInfo uri) {
        String language = Language.resolve(lang, remembered, accept);
        Period period = Period.of(from, to);
        try {
            List<Row> rows = period.errors().isEmpty() ? work.agentFigures(period.from(), period.to()).stream()
                    .map(figures -> Row.of(figures, Locale.forLanguageTag(language))).toList() : List.of();
            String csv = "/supervise/agents/csv?from=" + period.from() + "&to=" + period.to();
            return staffPage(Templates.agents(frame.context(language, uri), period.from(), period.to(),
                    texts(FindMessages.class, period.errors(), language), rows, csv), language, lang,
                    period.errors().isEmpty() ? 200 : 400);
        } catch (WebApplicationException | ProcessingException e) {
            LOG.warnf("contact routing: %s", e.getMessage());
            return PageSupport.unavailable(frame.context(language, uri), language);
        }
    }

    /** The same figures as a CSV file (RFC 4180, UTF-8), shares as fractions, for a spreadsheet. */
    @GET
    @Path("/csv")
    @Produces("text/csv")
    public Response csv(@QueryParam("from") String from, @QueryParam("to") String to) {
        Period period = Period.of(from, to);
        if (!period.errors().isEmpty()) {
            return Response.status(400).type(MediaType.TEXT_PLAIN_TYPE.withCharset("UTF-8"))
                    .entity("from and to are dates (YYYY-MM-DD), to not before from\n").build();
        }
        StringBuilder csv = new StringBuilder("agent,resolved,average_handling_minutes,first_contact_resolution,service_level_attainment\r\n");
        for (WorkClient.AgentFigures figures : work.agentFigures(period.from(), period.to())) {
            csv.append(Csv.cell(figures.username() == null ? figures.subject() : figures.username())).append(',')
                    .append(figures.resolved()).append(',').append(figures.averageHandlingMinutes()).append(',')
                    .append(figures.firstContactResolution() == null ? "" : figures.firstContactResolution()).append(',')
                    .append(figures.serviceLevelAttainment() == null ? "" : figures.serviceLevelAttainment()).append("\r\n");
        }
        return Response.ok(csv.toString(), new MediaType("text", "csv", "UTF-8"))
                .header("Content-Disposition", "attachment; filename=\"agents-" + period.from() + "-" + period.to() + ".csv\"")
                .header("Cache-Control", "no-store").build();
    }
}
