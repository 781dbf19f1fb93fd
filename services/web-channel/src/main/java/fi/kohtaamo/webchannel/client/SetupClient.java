package fi.kohtaamo.webchannel.client;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import org.eclipse.microprofile.rest.client.annotation.RegisterClientHeaders;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * What a supervisor sets up in contact routing: the organisation's queues, business calendars,
 * service-level policies and agents. Every change names the version it replaces (If-Match); who
 * may do what, and which organisation's objects they see, is routing's decision by the token.
 */
@RegisterRestClient(configKey = "contact-routing")
@RegisterClientHeaders
@Path("/api/v1")
public interface SetupClient {

    @GET
    @Path("/queues")
    List<Queue> queues();

    @POST
    @Path("/queues")
    Queue createQueue(QueueDraft draft);

    @PUT
    @Path("/queues/{id}")
    Queue updateQueue(@PathParam("id") UUID id, QueueDraft draft, @HeaderParam("If-Match") String ifMatch);

    @GET
    @Path("/service-hours/calendars")
    List<Calendar> calendars();

    @GET
    @Path("/service-hours/calendars/{id}")
    Calendar calendar(@PathParam("id") UUID id);

    @GET
    @Path("/service-hours/holidays/{year}")
    List<Holiday> holidays(@PathParam("year") int year);

    @POST
    @Path("/service-hours/calendars")
    Calendar createCalendar(CalendarDraft draft);

    @PUT
    @Path("/service-hours/calendars/{id}")
    Calendar updateCalendar(@PathParam("id") UUID id, CalendarDraft draft, @HeaderParam("If-Match") String ifMatch);

    @GET
    @Path("/service-hours/sla-policies")
    List<Policy> policies();

    @POST
    @Path("/service-hours/sla-policies")
    Policy createPolicy(PolicyDraft draft);

    @PUT
    @Path("/service-hours/sla-policies/{id}")
    Policy updatePolicy(@PathParam("id") UUID id, PolicyDraft draft, @HeaderParam("If-Match") String ifMatch);

    @GET
    @Path("/service-hours/sla-policies/{id}")
    Policy policy(@PathParam("id") UUID id);

    @GET
    @Path("/agents")
    List<Agent> agents();

    @PUT
    @Path("/agents/{subject}")
    Agent updateAgent(@PathParam("subject") String subject, AgentSettings settings, @HeaderParam("If-Match") String ifMatch);

    record Names(String fi, String sv, String en) {
    }

    record Queue(UUID id, String code, String organisation, boolean triage, String tier, Names name, UUID calendarId,
                 UUID slaPolicyId, Set<String> sharedWith, int version, UUID responsibilityArea) {
    }

    record QueueDraft(String code, String nameFi, String nameSv, String nameEn, String tier, UUID calendarId,
                      UUID slaPolicyId, Set<String> sharedWith, UUID responsibilityArea) {
    }

    /** A working period of a weekday (1 = Monday), times as HH:mm. */
    record Period(int weekday, String opens, String closes) {
    }

    /** Other hours on a date; no times: closed all day. */
    record DateException(LocalDate day, String opens, String closes, String reason) {
    }

    record Calendar(UUID id, String code, String organisation, String name, String zone, boolean publicHolidays,
                    List<Period> periods, List<DateException> exceptions, int version) {
    }

    record CalendarDraft(String name, String zone, boolean publicHolidays, List<Period> periods,
                         List<DateException> exceptions) {
    }

    /** official: a public holiday; otherwise an eve agencies close on by custom. */
    record Holiday(LocalDate date, String nameFi, String nameSv, String nameEn, boolean official) {
    }

    record Target(int priority, int firstResponseMinutes, int resolutionMinutes) {
    }

    record Policy(UUID id, String code, String organisation, String name, BigDecimal atRiskShare, boolean raisePriority,
                  String overflowQueue, List<Target> targets, int version) {
    }

    record PolicyDraft(String name, BigDecimal atRiskShare, boolean raisePriority, String overflowQueue, List<Target> targets) {
    }

    record Agent(String subject, String username, boolean expert, String presence, int capacity, List<String> languages,
                 Map<String, Integer> skills, Set<UUID> queueIds, Long assigned, Long waitingForClient, int version) {
    }

    /** What the page sets; routing keeps what is left null (push mode is not on this page). */
    record AgentSettings(Map<String, Integer> skills, List<String> languages, Integer capacity, Set<UUID> queueIds) {
    }
}
