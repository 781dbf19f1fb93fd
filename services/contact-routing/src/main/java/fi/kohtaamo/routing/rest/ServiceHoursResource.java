package fi.kohtaamo.routing.rest;

import fi.kohtaamo.caller.Callers;
import fi.kohtaamo.problem.RequestValues;
import fi.kohtaamo.calendar.FinnishHolidays;
import fi.kohtaamo.routing.domain.SlaPolicy;
import fi.kohtaamo.routing.domain.WorkCalendar;
import fi.kohtaamo.routing.service.ServiceHours;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

/** Business calendars, service-level policies and Finland's public holidays. */
@Path("/api/v1/service-hours")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Service hours")
public class ServiceHoursResource {

    private final ServiceHours hours;
    private final Callers callers;

    public ServiceHoursResource(ServiceHours hours, Callers callers) {
        this.hours = hours;
        this.callers = callers;
    }

    public record Period(@NotNull @Min(1) @Max(7) Integer weekday, @NotNull LocalTime opens, @NotNull LocalTime closes) {
    }

    public record DateException(@NotNull LocalDate day, LocalTime opens, LocalTime closes, @Size(max = 200) String reason) {
    }

    public record CalendarView(UUID id, String code, String organisation, String name, String zone,
                               boolean publicHolidays, List<Period> periods, List<DateException> exceptions, int version) {
        static CalendarView of(WorkCalendar calendar) {
            return new CalendarView(calendar.id, calendar.code, calendar.organisation, calendar.name, calendar.zone,
                    calendar.publicHolidays,
                    calendar.periods.stream().sorted(Comparator.comparingInt((WorkCalendar.WeeklyPeriod p) -> p.weekday)
                            .thenComparing(p -> p.opens)).map(p -> new Period(p.weekday, p.opens, p.closes)).toList(),
                    calendar.exceptions.stream().sorted(Comparator.comparing(e -> e.day))
                            .map(e -> new DateException(e.day, e.opens, e.closes, e.reason)).toList(),
                    calendar.version);
        }
    }

    public record CalendarRequest(@NotBlank @Size(max = 200) String name, @NotBlank String zone,
                                  @NotNull Boolean publicHolidays, @NotNull @Size(min = 1, max = 70) List<@Valid @NotNull Period> periods,
                                  @Size(max = 1000) List<@Valid @NotNull DateException> exceptions) {
        ServiceHours.CalendarDraft draft() {
            return new ServiceHours.CalendarDraft(name, zone, publicHolidays,
                    periods.stream().map(p -> new WorkCalendar.WeeklyPeriod(p.weekday(), p.opens(), p.closes())).toList(),
                    exceptions == null ? List.of() : exceptions.stream()
                            .map(e -> new WorkCalendar.DateException(e.day(), e.opens(), e.closes(), e.reason())).toList());
        }
    }

    @GET
    @Path("/calendars")
    @RolesAllowed({"agent", "expert", "supervisor"})
    @Operation(summary = "Your organisation's business calendars")
    public List<CalendarView> calendars() {
        return hours.calendars(callers.current()).stream().map(CalendarView::of).toList();
    }

    @GET
    @Path("/calendars/{id}")
    @RolesAllowed({"agent", "expert", "supervisor"})
    @Operation(summary = "A business calendar of your organisation; ETag = version")
    @APIResponse(responseCode = "200", description = "The calendar",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CalendarView.class)),
            headers = @Header(name = HttpHeaders.ETAG, description = "The calendar's version, for If-Match", schema = @Schema(type = SchemaType.STRING)))
    public Response calendar(@PathParam("id") UUID id) {
        WorkCalendar calendar = hours.calendar(callers.current(), id);
        return versioned(CalendarView.of(calendar), calendar.version);
    }

    @POST
    @Path("/calendars")
    @RolesAllowed("supervisor")
    @Operation(summary = "Create a business calendar of your organisation: periods per weekday and date exceptions")
    @APIResponse(responseCode = "201", description = "Created",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CalendarView.class)),
            headers = {@Header(name = HttpHeaders.LOCATION, description = "The calendar", schema = @Schema(type = SchemaType.STRING, format = "uri")),
                    @Header(name = HttpHeaders.ETAG, description = "The calendar's version", schema = @Schema(type = SchemaType.STRING))})
    public Response createCalendar(@Valid @NotNull CalendarRequest request, @Context UriInfo uri) {
        WorkCalendar calendar = hours.createCalendar(callers.current(), request.draft());
        return created(uri, calendar.id, CalendarView.of(calendar), calendar.version);
    }

    @PUT
    @Path("/calendars/{id}")
    @RolesAllowed("supervisor")
    @Operation(summary = "Replace a calendar's working periods and date exceptions (If-Match required)",
            description = "Several periods a day are allowed; they must not overlap. An exception without hours "
                    + "closes the whole day; with hours it replaces that day's periods.")
    @APIResponse(responseCode = "200", description = "The calendar as replaced",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CalendarView.class)),
            headers = @Header(name = HttpHeaders.ETAG, description = "The calendar's new version", schema = @Schema(type = SchemaType.STRING)))
    public Response updateCalendar(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch,
                                   @Valid @NotNull CalendarRequest request) {
        WorkCalendar calendar = hours.updateCalendar(callers.current(), id, RequestValues.requiredIfMatchVersion(ifMatch),
                request.draft());
        return versioned(CalendarView.of(calendar), calendar.version);
    }

    public record Target(@NotNull @Min(1) @Max(5) Integer priority,
                         @NotNull @Min(1) @Max(100_000) Integer firstResponseMinutes,
                         @NotNull @Min(1) @Max(1_000_000) Integer resolutionMinutes) {
    }

    public record PolicyView(UUID id, String code, String organisation, String name, BigDecimal atRiskShare,
                             boolean raisePriority, String overflowQueue, List<Target> targets, int version) {
        static PolicyView of(SlaPolicy policy) {
            return new PolicyView(policy.id, policy.code, policy.organisation, policy.name, policy.atRiskShare,
                    policy.raisePriority, policy.overflowQueue,
                    policy.targets.stream().sorted(Comparator.comparingInt(t -> t.priority))
                            .map(t -> new Target(t.priority, t.firstResponseMinutes, t.resolutionMinutes)).toList(),
                    policy.version);
        }
    }

    public record PolicyRequest(@NotBlank @Size(max = 200) String name,
                                @NotNull @DecimalMin(value = "0.05") @DecimalMax(value = "1.00") BigDecimal atRiskShare,
                                @NotNull Boolean raisePriority, @Size(max = 100) String overflowQueue,
                                @NotNull @Size(min = 1, max = 5) List<@Valid @NotNull Target> targets) {
        ServiceHours.PolicyDraft draft() {
            return new ServiceHours.PolicyDraft(name, atRiskShare, raisePriority,
                    overflowQueue == null || overflowQueue.isBlank() ? null : overflowQueue.strip(),
                    targets.stream().map(t -> new SlaPolicy.Target(t.priority(), t.firstResponseMinutes(),
                            t.resolutionMinutes())).toList());
        }
    }

    @GET
    @Path("/sla-policies")
    @RolesAllowed({"agent", "expert", "supervisor"})
    @Operation(summary = "Your organisation's service-level policies: targets per priority in business minutes")
    public List<PolicyView> policies() {
        return hours.policies(callers.current()).stream().map(PolicyView::of).toList();
    }

    @POST
    @Path("/sla-policies")
    @RolesAllowed("supervisor")
    @Operation(summary = "Create a service-level policy of your organisation")
    @APIResponse(responseCode = "201", description = "Created",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PolicyView.class)),
            headers = {@Header(name = HttpHeaders.LOCATION, description = "The policy", schema = @Schema(type = SchemaType.STRING, format = "uri")),
                    @Header(name = HttpHeaders.ETAG, description = "The policy's version", schema = @Schema(type = SchemaType.STRING))})
    public Response createPolicy(@Valid @NotNull PolicyRequest request, @Context UriInfo uri) {
        SlaPolicy policy = hours.createPolicy(callers.current(), request.draft());
        return created(uri, policy.id, PolicyView.of(policy), policy.version);
    }

    @PUT
    @Path("/sla-policies/{id}")
    @RolesAllowed("supervisor")
    @Operation(summary = "Replace a policy's targets and escalation (If-Match required); new contacts get the new targets")
    @APIResponse(responseCode = "200", description = "The policy as replaced",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PolicyView.class)),
            headers = @Header(name = HttpHeaders.ETAG, description = "The policy's new version", schema = @Schema(type = SchemaType.STRING)))
    public Response updatePolicy(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch,
                                 @Valid @NotNull PolicyRequest request) {
        SlaPolicy policy = hours.updatePolicy(callers.current(), id, RequestValues.requiredIfMatchVersion(ifMatch), request.draft());
        return versioned(PolicyView.of(policy), policy.version);
    }

    @GET
    @Path("/sla-policies/{id}")
    @RolesAllowed({"agent", "expert", "supervisor"})
    @Operation(summary = "A service-level policy of your organisation; ETag = version")
    @APIResponse(responseCode = "200", description = "The policy",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PolicyView.class)),
            headers = @Header(name = HttpHeaders.ETAG, description = "The policy's version, for If-Match", schema = @Schema(type = SchemaType.STRING)))
    public Response policy(@PathParam("id") UUID id) {
        SlaPolicy policy = hours.policy(callers.current(), id);
        return versioned(PolicyView.of(policy), policy.version);
    }

    @GET
    @Path("/holidays/{year}")
    @PermitAll
    @Operation(summary = "Finland's public holidays of a year, and the eves agencies close on")
    public List<FinnishHolidays.Holiday> holidays(@PathParam("year") @Min(1583) @Max(9999) int year) {
        return FinnishHolidays.of(year);
    }

    /** An answer with the object's version as its ETag, for the If-Match of the next change. */
    private static Response versioned(Object view, int version) {
        return Response.ok(view).tag(new EntityTag(String.valueOf(version))).build();
    }

    private static Response created(UriInfo uri, UUID id, Object view, int version) {
        return Response.created(uri.getAbsolutePathBuilder().path(id.toString()).build())
                .entity(view).tag(new EntityTag(String.valueOf(version))).build();
    }
}
