package fi.kohtaamo.feedback.rest;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.dataformat.csv.CsvGenerator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import fi.kohtaamo.caller.Callers;
import fi.kohtaamo.feedback.repository.ContactFactRepository;
import fi.kohtaamo.feedback.repository.ManagementFigures;
import fi.kohtaamo.feedback.service.Forecasts;
import fi.kohtaamo.feedback.service.ManagementView;
import fi.kohtaamo.feedback.service.SurveyTypeFigures;
import fi.kohtaamo.problem.ProblemException;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.Map;
import fi.kohtaamo.feedback.service.Statistics;
import fi.kohtaamo.problem.RequestValues;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

@Path("/api/v1/statistics")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Statistics")
@RolesAllowed({"manager", "supervisor"})
public class StatisticsResource {

    static final MediaType CSV = new MediaType("text", "csv", "utf-8");

    private final Statistics statistics;
    private final ManagementView view;
    private final Callers callers;
    private final SurveyTypeFigures typeFigures;
    /** Quotes only the cells that need it. */
    private final CsvMapper csv = CsvMapper.builder().enable(CsvGenerator.Feature.STRICT_CHECK_FOR_QUOTING).build();

    public StatisticsResource(Statistics statistics, ManagementView view, Callers callers, SurveyTypeFigures typeFigures) {
        this.typeFigures = typeFigures;
        this.statistics = statistics;
        this.view = view;
        this.callers = callers;
    }

    /** One overview row as a flat CSV line. */
    @JsonPropertyOrder({"key", "label", "period", "contacts", "answered", "firstResponseAttainment", "resolved",
            "resolutionAttainment", "responses", "csatAverage", "csat1", "csat2", "csat3", "csat4", "csat5", "nps",
            "invited", "responseRate", "feedback", "praise", "complaints", "suggestions", "questions", "other", "satisfactionSuppressed",
            "feedbackSuppressed"})
    public record CsvRow(String key, String label, String period, long contacts, Long answered,
                         Double firstResponseAttainment, Long resolved, Double resolutionAttainment, Long responses,
                         Double csatAverage, Long csat1, Long csat2, Long csat3, Long csat4, Long csat5, Integer nps,
                         long invited, Double responseRate, Long feedback, Long praise, Long complaints, Long suggestions, Long questions, Long other,
                         boolean satisfactionSuppressed, boolean feedbackSuppressed) {
        static CsvRow of(ManagementView.Row r) {
            List<Long> d = r.csatDistribution();
            Map<String, Long> k = r.feedbackByKind();
            return new CsvRow(cell(r.key()), cell(r.label()), r.period(), r.contacts(), r.answered(),
                    r.firstResponseAttainment(), r.resolved(), r.resolutionAttainment(), r.responses(), r.csatAverage(),
                    d == null ? null : d.get(0), d == null ? null : d.get(1), d == null ? null : d.get(2),
                    d == null ? null : d.get(3), d == null ? null : d.get(4), r.nps(), r.invited(), r.responseRate(),
                    r.feedback(),
                    k == null ? null : k.get("PRAISE"), k == null ? null : k.get("COMPLAINT"),
                    k == null ? null : k.get("SUGGESTION"), k == null ? null : k.get("QUESTION"),
                    k == null ? null : k.get("OTHER"), r.satisfactionSuppressed(), r.feedbackSuppressed());
        }

        /** A text cell a spreadsheet will not run as a formula. */
        static String cell(String value) {
            return value != null && !value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
        }
    }

    @GET
    @Path("/overview")
    @Produces({MediaType.APPLICATION_JSON, "text/csv"})
    @RolesAllowed({"manager", "supervisor", "steering"})
    @Operation(summary = "The management view: contacts, service levels, satisfaction and feedback side by side",
            description = "Grouped by=service|service-group|organisation|channel|segment|responsibility-area (the service's area as the catalogue names it), per interval=none|week|month, "
                    + "for [from, to) (default: the last 30 days). A manager or supervisor sees their organisation; "
                    + "a steering body every organisation's, or one named in organisation. area= (a responsibility area's id, "
                    + "a unit of that organisation) limits every figure to the services of that area. Satisfaction and feedback "
                    + "figures of groups smaller than the minimum are left out (suppressed: true). "
                    + "format=csv or Accept: text/csv gives a CSV file.")
    @APIResponse(responseCode = "200", description = "The overview as JSON, or as a CSV file (format=csv or Accept: text/csv)",
            content = {
                    @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Overview.class)),
                    @Content(mediaType = "text/csv", schema = @Schema(type = SchemaType.STRING,
                            description = "A header line, then one line per row: the fields of the JSON rows, flattened"))},
            headers = @Header(name = "Content-Disposition", description = "With CSV: attachment; filename=\"kohtaamo-overview.csv\"",
                    schema = @Schema(type = SchemaType.STRING)))
    public Response overview(@QueryParam("from") String from, @QueryParam("to") String to, @QueryParam("by") String by,
                             @QueryParam("interval") String interval, @QueryParam("organisation") String organisation,
                             @QueryParam("area") String area, @QueryParam("lang") String lang, @QueryParam("format") String format,
                             @HeaderParam(HttpHeaders.ACCEPT) String accept) throws JsonProcessingException {
        Instant end = RequestValues.instant("to", to, Instant.now());
        Instant start = RequestValues.instant("from", from, end.minus(Duration.ofDays(30)));
        if (format != null && !format.equals("csv") && !format.equals("json")) {
            throw ProblemException.invalid("format", "must be json or csv");
        }
        if (lang != null && !List.of("fi", "sv", "en").contains(lang)) {
            throw ProblemException.invalid("lang", "must be fi, sv or en");
        }
        List<ManagementView.Row> rows = view.overview(scope(organisation, area),
                ManagementFigures.Dimension.parse(by), ManagementFigures.Interval.parse(interval), start, end, lang);
        boolean asCsv = "csv".equals(format) || (format == null && accept != null && accept.contains("text/csv")
                && !accept.contains(MediaType.APPLICATION_JSON));
        if (!asCsv) {
            return Response.ok(new Overview(start, end, view.minimumGroupSize(), rows), MediaType.APPLICATION_JSON).build();
        }
        CsvSchema schema = csv.schemaFor(CsvRow.class).withHeader();
        String body = csv.writer(schema).writeValueAsString(rows.stream().map(CsvRow::of).toList());
        return Response.ok(body, CSV)
                .header("Content-Disposition", "attachment; filename=\"kohtaamo-overview.csv\"").build();
    }

    /** The caller's scope, limited to the area named (refused naming the field when not one of the organisation's). */
    private ManagementView.Scope scope(String organisation, String area) {
        return view.inArea(ManagementView.Scope.of(callers.current(), organisation), area);
    }

    public record Overview(Instant from, Instant to, int minimumGroupSize, List<ManagementView.Row> rows) {
    }

    public record SurveyTypes(Instant from, Instant to, int minimumGroupSize, List<SurveyTypeFigures.Row> rows) {
    }

    @GET
    @Path("/survey-types")
    @RolesAllowed({"manager", "supervisor", "steering"})
    @Operation(summary = "The four survey types side by side: invited, responses, response rate, CSAT and NPS in [from, to)",
            description = "Default the last 30 days; a steering body sees every organisation's or one named. CSAT and NPS "
                    + "of a type with fewer than the minimum answers are left out (suppressed: true).")
    public SurveyTypes surveyTypes(@QueryParam("from") String from, @QueryParam("to") String to,
                                   @QueryParam("organisation") String organisation, @QueryParam("area") String area) {
        Instant end = RequestValues.instant("to", to, Instant.now());
        Instant start = RequestValues.instant("from", from, end.minus(Duration.ofDays(30)));
        return new SurveyTypes(start, end, view.minimumGroupSize(),
                typeFigures.of(scope(organisation, area), start, end));
    }

    @GET
    @Path("/feedback-themes")
    @RolesAllowed({"manager", "supervisor", "steering"})
    @Operation(summary = "Spontaneous feedback per theme and kind in [from, to)",
            description = "area= limits it to the feedback on the services of one responsibility area.")
    public List<ManagementView.Theme> feedbackThemes(@QueryParam("from") String from, @QueryParam("to") String to,
                                                     @QueryParam("organisation") String organisation,
                                                     @QueryParam("area") String area) {
        Instant end = RequestValues.instant("to", to, Instant.now());
        Instant start = RequestValues.instant("from", from, end.minus(Duration.ofDays(30)));
        return view.themes(scope(organisation, area), start, end);
    }

    @GET
    @Path("/forecast")
    @RolesAllowed({"manager", "supervisor", "steering"})
    @Operation(summary = "Weekly contact volumes of a service (or all) and a forecast for the coming weeks",
            description = "history: complete weeks of history, 4–156 (default 104); weeks: weeks ahead, 1–26 (default 8); "
                    + "area= counts only the services of one responsibility area.")
    public Forecasts.Forecast forecast(@QueryParam("serviceId") String serviceId, @QueryParam("organisation") String organisation,
                                       @QueryParam("area") String area,
                                       @QueryParam("history") @DefaultValue("104") int history,
                                       @QueryParam("weeks") @DefaultValue("8") int weeks) {
        if (history < 4 || history > 156) {
            throw ProblemException.invalid("history", "must be 4–156 weeks");
        }
        if (weeks < 1 || weeks > 26) {
            throw ProblemException.invalid("weeks", "must be 1–26");
        }
        UUID service;
        try {
            service = serviceId == null ? null : UUID.fromString(serviceId);
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalid("serviceId", "is not a UUID");
        }
        ZoneId helsinki = ZoneId.of("Europe/Helsinki");
        LocalDate thisWeek = LocalDate.now(helsinki).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        LocalDate first = thisWeek.minusWeeks(history);
        List<Forecasts.Week> counts = view.weeklyContacts(scope(organisation, area), service,
                first.atStartOfDay(helsinki).toInstant(), thisWeek.atStartOfDay(helsinki).toInstant());
        return Forecasts.forecast(counts, first, history, weeks);
    }

    public record ContactVolume(UUID serviceId, String channel, long contacts) {
        static ContactVolume of(ContactFactRepository.Volume volume) {
            return new ContactVolume(volume.serviceId(), volume.channel(), volume.contacts());
        }
    }

    @GET
    @Path("/contact-volumes")
    @Operation(summary = "Contacts received per service and channel in the caller's organisation",
            description = "Period [from, to) as ISO-8601 instants; by default the last 30 days.")
    public List<ContactVolume> contactVolumes(@QueryParam("from") String from, @QueryParam("to") String to) {
        Instant end = RequestValues.instant("to", to, Instant.now());
        Instant start = RequestValues.instant("from", from, end.minus(Duration.ofDays(30)));
        return statistics.contactVolumes(callers.current().organisation(), start, end).stream()
                .map(ContactVolume::of).toList();
    }

    public record ServiceLevel(UUID serviceId, String channel, long contacts, long answered, long answeredOnTime,
                               Double firstResponseAttainment, long resolved, long resolvedOnTime,
                               Double resolutionAttainment) {
        static ServiceLevel of(ContactFactRepository.Attainment row) {
            return new ServiceLevel(row.serviceId(), row.channel(), row.contacts(), row.answered(), row.answeredOnTime(),
                    share(row.answeredOnTime(), row.answered()), row.resolved(), row.resolvedOnTime(),
                    share(row.resolvedOnTime(), row.resolved()));
        }

        /** A share rounded to three decimals; null when nothing was counted. */
        private static Double share(long part, long whole) {
            return whole == 0 ? null : Math.round(part * 1000.0 / whole) / 1000.0;
        }
    }

    @GET
    @Path("/service-levels")
    @Operation(summary = "First-response and resolution service-level attainment per service and channel",
            description = "Contacts received in [from, to) in the caller's organisation (default: the last 30 days): "
                    + "how many were answered and resolved, how many by their deadline, and the shares.")
    public List<ServiceLevel> serviceLevels(@QueryParam("from") String from, @QueryParam("to") String to) {
        Instant end = RequestValues.instant("to", to, Instant.now());
        Instant start = RequestValues.instant("from", from, end.minus(Duration.ofDays(30)));
        return statistics.serviceLevels(callers.current().organisation(), start, end).stream()
                .map(ServiceLevel::of).toList();
    }
}
