package fi.kohtaamo.webchannel.client;

import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.rest.client.annotation.RegisterClientHeaders;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Contact routing as staff work it, with their token. */
@RegisterRestClient(configKey = "contact-routing")
@RegisterClientHeaders
@Path("/api/v1")
public interface WorkClient {

    // The workspace's four reads, asked at once (WorkPages.home): one after another they added up.

    @GET
    @Path("/agents/me")
    Uni<Agent> meAtOnce();

    @GET
    @Path("/queues")
    Uni<List<Queue>> queuesAtOnce();

    @GET
    @Path("/staff-notices")
    Uni<NoticeInbox> noticesAtOnce();

    @GET
    @Path("/agents/me/offers")
    Uni<List<Offer>> offersAtOnce();

    @PUT
    @Path("/agents/me/presence")
    Agent presence(Presence presence);

    @GET
    @Path("/queues")
    List<Queue> queues();

    @GET
    @Path("/queues/{id}/contacts")
    List<QueuedContact> queue(@PathParam("id") UUID id);

    /** 200 with the contact now yours, 204 when none is waiting. */
    @POST
    @Path("/contacts/next")
    Response next();

    @POST
    @Path("/contacts/{id}/take")
    StaffContact take(@PathParam("id") UUID id);

    @GET
    @Path("/contacts/{id}")
    StaffContact contact(@PathParam("id") UUID id);

    /** The organisation's contacts, open or closed; each listed contact is recorded as read by the user. */
    @GET
    @Path("/contacts")
    SearchResults search(@QueryParam("q") String q, @QueryParam("status") String status, @QueryParam("channel") String channel,
                         @QueryParam("queueId") String queueId, @QueryParam("receivedFrom") String receivedFrom,
                         @QueryParam("receivedTo") String receivedTo, @QueryParam("page") int page, @QueryParam("size") int size);

    record SearchHit(UUID id, String trackingCode, String status, String channel, String language, UUID serviceId,
                     QueueRef queue, Instant receivedAt, String assignedTo, UUID clientId, String contactName, String excerpt,
                     String assignedToName, String organisation) {
    }

    record SearchResults(List<SearchHit> items, long total, boolean totalExact, int page, int size) {
    }

    @POST
    @Path("/contacts/{id}/replies")
    StaffContact reply(@PathParam("id") UUID id, Text text);

    @POST
    @Path("/contacts/{id}/notes")
    StaffContact note(@PathParam("id") UUID id, Text text);

    @POST
    @Path("/contacts/{id}/information-requests")
    StaffContact askForInformation(@PathParam("id") UUID id, Text text);

    @POST
    @Path("/contacts/{id}/transfer")
    StaffContact transfer(@PathParam("id") UUID id, Transfer transfer);

    @POST
    @Path("/contacts/{id}/resolve")
    StaffContact resolve(@PathParam("id") UUID id, Resolution resolution);

    @POST
    @Path("/contacts")
    ContactClient.Created log(PhoneContact contact);

    @GET
    @Path("/supervision/queues")
    List<QueueFigures> supervision();

    /** Per agent of the organisation: resolutions in the days from..to and how they were handled. */
    @GET
    @Path("/supervision/agents")
    List<AgentFigures> agentFigures(@QueryParam("from") String from, @QueryParam("to") String to);

    record AgentFigures(String subject, String username, long resolved, double averageHandlingMinutes,
                        Double firstContactResolution, Double serviceLevelAttainment) {
    }

    /** The organisation's experts who are not offline: whom a contact can be handed to. */
    @GET
    @Path("/agents/experts")
    List<Expert> experts();

    record Expert(String subject, String username, String presence) {
    }

    /** The organisation's agents with their load (supervisors). */
    @GET
    @Path("/agents")
    List<AgentLoad> agents();

    record AgentLoad(String subject, String username, boolean expert, String presence, int capacity, Long assigned,
                     Long waitingForClient) {
    }

    @GET
    @Path("/routing-rules")
    List<Rule> rules();

    @GET
    @Path("/routing-rules/{id}")
    EditableRule rule(@PathParam("id") UUID id);

    @POST
    @Path("/routing-rules")
    EditableRule createRule(RuleDraft draft);

    @PUT
    @Path("/routing-rules/{id}")
    EditableRule updateRule(@PathParam("id") UUID id, RuleDraft draft, @jakarta.ws.rs.HeaderParam("If-Match") String ifMatch);

    @jakarta.ws.rs.DELETE
    @Path("/routing-rules/{id}")
    void deleteRule(@PathParam("id") UUID id, @jakarta.ws.rs.HeaderParam("If-Match") String ifMatch);

    /** A rule's conditions: each list, when not empty, must match (any of its values). */
    record Conditions(List<UUID> services, List<String> serviceGroups, List<String> channels, List<String> languages,
                      List<String> segments, List<String> organisations, List<String> municipalities, List<String> keywords,
                      Map<String, List<String>> attributes, Boolean preferredChannel) {
    }

    record EditableRule(UUID id, int position, String name, boolean enabled, Conditions conditions, String targetQueue,
                        Map<String, Integer> requiredSkills, Integer priority, int version) {
    }

    record RuleDraft(Integer position, String name, Boolean enabled, Conditions conditions, String targetQueue,
                     Map<String, Integer> requiredSkills, Integer priority) {
    }

    @POST
    @Path("/routing-rules/simulate")
    Simulation simulate(Sample sample);

    record Rule(UUID id, int position, String name, boolean enabled, Map<String, Object> conditions, String targetQueue,
                Map<String, Integer> requiredSkills, Integer priority, int version, String updatedBy, Instant updatedAt) {
    }

    /** {@code segments}: the sample client's segment codes (routing reads their preferred channels from its copy). */
    record Sample(UUID serviceId, String channel, String language, String description, List<String> segments) {
    }

    record Simulation(String queue, String tier, int priority, Map<String, Integer> requiredSkills, String ruleName,
                      Integer ruleVersion, String reason, List<String> preferredChannels) {
    }

    record Presence(String presence) {
    }

    /** The signed-in staff member's newest notices and how many are unread. */
    @GET
    @Path("/staff-notices")
    NoticeInbox notices();

    @POST
    @Path("/staff-notices/{id}/read")
    Notice markNoticeRead(@PathParam("id") long id);

    @GET
    @Path("/staff-notices/settings")
    NoticeSettings noticeSettings();

    /** Replaces one's own notice settings (the same body twice: the same settings). */
    @PUT
    @Path("/staff-notices/settings")
    NoticeSettings chooseNotices(NoticeSettings settings);

    record Notice(long id, String kind, UUID contactId, String trackingCode, Instant createdAt, Instant readAt) {
    }

    record NoticeInbox(long unread, List<Notice> notices) {
    }

    record NoticeKind(String kind, boolean email, boolean workspace) {
    }

    record NoticeSettings(String email, String language, List<NoticeKind> kinds) {
    }

    record Agent(String subject, String username, String organisation, String presence, int capacity) {
    }

    record Names(String fi, String sv, String en) {
    }

    record Queue(UUID id, String code, String organisation, String tier, Names name, long waiting, long waitingAtRisk,
                 long waitingBreached) {
    }

    record QueuedContact(UUID id, String trackingCode, String channel, String language, String status, int priority,
                         String slaState, Instant firstResponseDue, String assignedTo, Instant receivedAt, String excerpt) {
    }

    record QueueRef(UUID id, String code, String tier) {
    }

    record Details(String name, String email, String phone) {
    }

    /** {@code pausedSince}: waiting for the client, clock paused; {@code resolutionMinutesLeft}: business time it keeps. */
    record ServiceLevel(String state, Instant firstResponseDue, Instant firstRespondedAt, Instant resolutionDue,
                        Instant pausedSince, Long resolutionMinutesLeft) {
    }

    /** A history line; {@code details} say more (a transfer's {@code fromQueue}, {@code toQueue}, {@code toExpert}). */
    record Entry(long id, Instant at, String kind, String actorKind, String actor, boolean visibleToClient, String text,
                 Map<String, Object> details) {
    }

    record StaffContact(UUID id, String trackingCode, UUID serviceId, QueueRef queue, String organisation, String channel,
                        String language, String status, int priority, String description, Map<String, Object> attributes,
                        Details contact, UUID clientId, String assignedTo, Instant receivedAt, ServiceLevel serviceLevel,
                        String resolutionCode, String resolutionJustification, List<Entry> history, String assignedToName,
                        CallBack callBack, List<String> preferredChannels, Boolean viaPreferredChannel, Integer version,
                        List<String> tags) {
    }

    /** Contacts offered to the agent in push mode (offersAtOnce), each until its offer expires. */
    record Offer(UUID id, String trackingCode, QueueRef queue, int priority, String language, Instant receivedAt,
                 Instant firstResponseDue, Instant offerExpiresAt, String excerpt) {
    }

    /** 409 when the offer expired or went to someone else. */
    @POST
    @Path("/contacts/{id}/accept")
    StaffContact accept(@PathParam("id") UUID id);

    @POST
    @Path("/contacts/{id}/decline")
    void decline(@PathParam("id") UUID id);

    /** Puts a contact one holds back in its queue. */
    @POST
    @Path("/contacts/{id}/release")
    StaffContact release(@PathParam("id") UUID id, ReleaseNote note);

    /** Reopens a resolved contact within the reopen period (409 after it). */
    @POST
    @Path("/contacts/{id}/reopen")
    StaffContact reopen(@PathParam("id") UUID id, Reason reason);

    /** Closes a resolved contact before its reopen period ends. */
    @POST
    @Path("/contacts/{id}/close")
    StaffContact close(@PathParam("id") UUID id);

    record ReleaseNote(String note) {
    }

    record Reason(String reason) {
    }

    /** A call-back request's part of a contact (null on others): the number, the times chosen, the attempts so far. */
    record CallBack(String phone, List<CallWindow> windows, List<CallAttemptMade> attempts, String suggestion) {
    }

    record CallWindow(java.time.LocalDate date, String from, String to) {
    }

    record CallAttemptMade(Instant at, String by, String outcome, String note) {
    }

    record CallAttempt(String outcome, String note) {
    }

    /** Records a call attempt on a call-back request the agent holds, and what came of it. */
    @POST
    @Path("/contacts/{id}/call-attempts")
    StaffContact callAttempt(@PathParam("id") UUID id, CallAttempt attempt);

    record Text(String text) {
    }

    record Transfer(UUID queueId, String expert, String note) {
    }

    record Resolution(String code, String justification) {
    }

    record PhoneContact(UUID serviceId, String description, String language, String channel, Details contact) {
    }

    record QueueFigures(UUID id, String code, String tier, long queued, long assigned, long waitingForClient,
                        Instant oldestQueuedSince, long atRisk, long breached, long agentsAvailable, long agentsMembers) {
    }
}
