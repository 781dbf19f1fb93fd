package fi.kohtaamo.routing.rest;

import com.fasterxml.jackson.databind.ObjectMapper;
import fi.kohtaamo.caller.Caller;
import fi.kohtaamo.caller.Callers;
import fi.kohtaamo.problem.RequestValues;
import fi.kohtaamo.routing.domain.Channel;
import fi.kohtaamo.routing.domain.Contact;
import fi.kohtaamo.routing.domain.ContactStatus;
import fi.kohtaamo.routing.domain.ResolutionCode;
import fi.kohtaamo.routing.domain.CallBack;
import fi.kohtaamo.routing.service.Assignment;
import fi.kohtaamo.routing.service.CallBacks;
import fi.kohtaamo.routing.service.ContactIntake;
import fi.kohtaamo.routing.service.ContactSearch;
import fi.kohtaamo.problem.Problem;
import fi.kohtaamo.routing.service.ContactTracking;
import fi.kohtaamo.routing.service.TrackingRecovery;
import fi.kohtaamo.routing.service.ContactWork;
import fi.kohtaamo.routing.service.Offers;
import fi.kohtaamo.routing.service.RoutingRoles;
import io.quarkus.security.Authenticated;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** Contacts: intake, the client following their contact, and staff handling it. */
@Path("/api/v1/contacts")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Contacts")
public class ContactResource {


    private final ContactIntake intake;
    private final ContactTracking tracking;
    private final ContactWork work;
    private final Assignment assignment;
    private final Callers callers;
    private final ObjectMapper json;
    private final Offers offers;
    private final TrackingRecovery recovery;
    private final ContactSearch search;
    private final CallBacks callBacks;

    public ContactResource(ContactIntake intake, ContactTracking tracking, ContactWork work, Assignment assignment,
                           Callers callers, ObjectMapper json, Offers offers, TrackingRecovery recovery, ContactSearch search,
                           CallBacks callBacks) {
        this.callBacks = callBacks;
        this.search = search;
        this.recovery = recovery;
        this.json = json;
        this.offers = offers;
        this.intake = intake;
        this.tracking = tracking;
        this.work = work;
        this.assignment = assignment;
        this.callers = callers;
    }

    @POST
    @PermitAll
    @Operation(summary = "Submit a contact, anonymously or signed in",
            description = "Routes the contact and answers 201 with a tracking code, and an access secret unless a "
                    + "signed-in citizen submits for themselves. Signed-in callers may send an Idempotency-Key: a retry "
                    + "with the same key and body returns the first contact; the same key with another body is a 422.")
    @APIResponse(responseCode = "201", description = "Received and routed",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ContactResponses.Created.class)),
            headers = @Header(name = HttpHeaders.LOCATION, description = "The contact", schema = @Schema(type = SchemaType.STRING, format = "uri")))
    @APIResponse(responseCode = "200", description = "A retry with the same Idempotency-Key and body: the first contact",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ContactResponses.Created.class)),
            headers = @Header(name = HttpHeaders.LOCATION, description = "The contact", schema = @Schema(type = SchemaType.STRING, format = "uri")))
    public Response submit(@Valid @NotNull ContactRequest request,
                           @Parameter(description = "Makes a retried POST safe (signed-in callers)")
                           @HeaderParam("Idempotency-Key") @Size(max = 200) String idempotencyKey,
                           @Context UriInfo uri) {
        ContactIntake.Received received = intake.receive(request.toNewContact(), callers.current(), idempotencyKey);
        return Response.status(received.replayed() ? Response.Status.OK : Response.Status.CREATED)
                .location(uri.getBaseUriBuilder().path("api/v1/contacts").path(received.contact().id.toString()).build())
                .entity(ContactResponses.Created.of(received.contact(), received.accessSecret()))
                .build();
    }

    public record TrackingRequest(@NotBlank String trackingCode, @NotBlank String accessSecret) {
    }

    @POST
    @Path("/lookup")
    @PermitAll
    @Operation(summary = "Follow a contact with its tracking code and access secret",
            description = "A POST so that the secret stays out of URLs and access logs. Shows the status, the messages "
                    + "between the client and staff, and the resolution with its justification.")
    public ContactResponses.Tracked lookup(@Valid @NotNull TrackingRequest request) {
        return ContactResponses.Tracked.of(tracking.view(tracking.find(request.trackingCode(), request.accessSecret())));
    }

    public record RecoveryRequest(
            @Schema(description = "The e-mail address given with the matters", example = "maija@example.fi")
            @NotBlank @Email @Size(max = 254) @Pattern(regexp = "[^\\p{Cntrl}]*", message = "must not contain control characters")
            String email) {
    }

    @POST
    @Path("/lookup/recovery")
    @PermitAll
    @Operation(summary = "Ask for new secrets of one's open matters by e-mail",
            description = "For a client who lost a tracking code or secret: each open matter followed with a secret whose "
                    + "client gave this address gets a new secret (the old one stops working), e-mailed to that address "
                    + "with its tracking code. The answer is the same whether or not the address has matters; an address "
                    + "may ask a few times an hour (429 with Retry-After after that). A POST, so that the address stays "
                    + "out of URLs and access logs.")
    @APIResponse(responseCode = "202", description = "Taken: if the address has open matters, mail is on its way")
    @APIResponse(responseCode = "429", description = "This address has asked too often; try again after Retry-After seconds",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")),
            headers = @Header(name = "Retry-After", description = "Seconds to wait", schema = @Schema(type = SchemaType.INTEGER)))
    public Response recover(@Valid @NotNull RecoveryRequest request) {
        if (!recovery.request(request.email(), Instant.now())) {
            return Response.fromResponse(Problem.of(429, "too-many-requests", "Too many requests",
                            "This address has asked for its matters too often; try again later").toResponse())
                    .header("Retry-After", String.valueOf(TrackingRecovery.RETRY_AFTER.toSeconds())).build();
        }
        return Response.accepted().build();
    }

    public record LookupMessage(@NotBlank String trackingCode, @NotBlank String accessSecret,
                                @NotBlank @Size(max = 10000) String text) {
    }

    @POST
    @Path("/lookup/messages")
    @PermitAll
    @Operation(summary = "Write on a contact followed with code and secret",
            description = "Answers a request for more information (the service-level clock restarts), or reopens a "
                    + "resolved contact within the reopen period; 409 on a closed contact.")
    public ContactResponses.Tracked lookupMessage(@Valid @NotNull LookupMessage request) {
        Contact contact = tracking.find(request.trackingCode(), request.accessSecret());
        return ContactResponses.Tracked.of(tracking.view(work.clientMessage(contact, request.text().strip())));
    }

    @GET
    @RolesAllowed({"agent", "expert", "supervisor"})
    @Operation(summary = "Search the contacts your organisation sees, open or closed",
            description = "Every criterion is optional and all given must hold. q: words of the matter, stemmed in "
                    + "Finnish, Swedish and English (a tracking code in q finds that contact). Best match first when "
                    + "q is given, otherwise newest first. Each contact listed is recorded as read by you, since the "
                    + "list shows its client's name and the matter's opening words.")
    public ContactResponses.SearchResults search(
            @QueryParam("q") @Size(max = 200) String q,
            @QueryParam("trackingCode") @Size(max = 20) String trackingCode,
            @QueryParam("clientId") @Parameter(schema = @Schema(type = SchemaType.STRING, format = "uuid")) String clientId,
            @QueryParam("serviceId") @Parameter(schema = @Schema(type = SchemaType.STRING, format = "uuid")) String serviceId,
            @QueryParam("queueId") @Parameter(schema = @Schema(type = SchemaType.STRING, format = "uuid")) String queueId,
            @QueryParam("channel") @Parameter(schema = @Schema(implementation = Channel.class)) String channel,
            @QueryParam("status") @Parameter(schema = @Schema(implementation = ContactStatus.class)) String status,
            @QueryParam("assignedTo") @Size(max = 200) String assignedTo,
            @QueryParam("receivedFrom") @Parameter(description = "First day (Europe/Helsinki)",
                    schema = @Schema(type = SchemaType.STRING, format = "date")) String receivedFrom,
            @QueryParam("receivedTo") @Parameter(description = "Last day, inclusive (Europe/Helsinki)",
                    schema = @Schema(type = SchemaType.STRING, format = "date")) String receivedTo,
            @QueryParam("page") @DefaultValue("0") @Min(0) @Max(1000) int page,
            @QueryParam("size") @DefaultValue("25") @Min(1) @Max(100) int size) {
        ContactSearch.Query query = new ContactSearch.Query(q, trackingCode, RequestValues.uuid("clientId", clientId),
                RequestValues.uuid("serviceId", serviceId), RequestValues.uuid("queueId", queueId),
                RequestValues.oneOf("channel", channel, Channel.class), RequestValues.oneOf("status", status, ContactStatus.class),
                assignedTo, RequestValues.date("receivedFrom", receivedFrom), RequestValues.date("receivedTo", receivedTo));
        ContactSearch.Found found = search.search(callers.current(), query, page, size);
        return new ContactResponses.SearchResults(found.contacts().stream()
                .map(contact -> ContactResponses.SearchHit.of(contact, found.handlerNames())).toList(),
                found.total(), found.totalExact(), page, size);
    }

    @GET
    @Path("/mine")
    @RolesAllowed("citizen")
    @Operation(summary = "The signed-in citizen's own contacts, newest first")
    public List<ContactResponses.Tracked> mine(@QueryParam("limit") @DefaultValue("50") @Min(1) @Max(200) int limit) {
        return tracking.mine(callers.current(), limit).stream()
                .map(contact -> ContactResponses.Tracked.of(new ContactTracking.ClientView(contact, List.of()))).toList();
    }

    @GET
    @Path("/mine/reads")
    @RolesAllowed("citizen")
    @Operation(summary = "Who of the staff has opened the signed-in citizen's contacts: organisation, roles, when, which contact",
            description = "The contacts the citizen submitted signed in and those of the registry client linked to them; "
                    + "newest first. Shown beside the registry's reads of their record.")
    public List<ContactResponses.Read> readsOfMine(@QueryParam("limit") @DefaultValue("200") @Min(1) @Max(1000) int limit) {
        return tracking.readsOfMine(callers.current(), limit).stream().map(ContactResponses.Read::of).toList();
    }

    @GET
    @Path("/{id}")
    @Authenticated
    @Operation(summary = "A contact: to staff of an organisation that sees its queue with its whole history; "
            + "to the citizen who submitted it signed in as they see it")
    @APIResponse(responseCode = "200", description = "Staff get the contact with its history; its citizen gets the tracked view",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(
                    oneOf = {ContactResponses.StaffContact.class, ContactResponses.Tracked.class})))
    public Object get(@PathParam("id") UUID id) {
        Caller caller = callers.current();
        if (RoutingRoles.worksQueues(caller)) {
            ContactWork.Handled handled = work.view(caller, id);
            return ContactResponses.StaffContact.of(handled);
        }
        return ContactResponses.Tracked.of(tracking.view(tracking.own(caller, id)));
    }

    public record Text(@NotBlank @Size(max = 10000) String text) {
    }

    @POST
    @Path("/{id}/messages")
    @RolesAllowed("citizen")
    @Operation(summary = "The signed-in citizen writes on their own contact")
    public ContactResponses.Tracked clientMessage(@PathParam("id") UUID id, @Valid @NotNull Text message) {
        Contact contact = tracking.own(callers.current(), id);
        return ContactResponses.Tracked.of(tracking.view(work.clientMessage(contact, message.text().strip())));
    }

    @POST
    @Path("/next")
    @RolesAllowed({"agent", "expert", "supervisor"})
    @Operation(summary = "Take the best waiting contact you are qualified for",
            description = "By priority, then first-response deadline, then age, among your queues' contacts whose "
                    + "skills and language you have. 200 with the contact, 204 when none waits; 409 when you are not "
                    + "AVAILABLE or at capacity.")
    @APIResponse(responseCode = "200", description = "The contact, now yours",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ContactResponses.StaffContact.class)))
    @APIResponse(responseCode = "204", description = "No contact you are qualified for waits")
    public Response next() {
        return assignment.next(callers.current())
                .map(contact -> Response.ok(ContactResponses.StaffContact.of(contact, null)).build())
                .orElseGet(() -> Response.noContent().build());
    }

    @POST
    @Path("/{id}/take")
    @RolesAllowed({"agent", "expert", "supervisor"})
    @Operation(summary = "Take one particular waiting contact; 409 when someone else has it")
    public ContactResponses.StaffContact take(@PathParam("id") UUID id) {
        return ContactResponses.StaffContact.of(assignment.take(callers.current(), id), null);
    }

    @POST
    @Path("/{id}/accept")
    @RolesAllowed({"agent", "expert", "supervisor"})
    @Operation(summary = "Accept a contact offered to you (push mode); 409 when the offer expired or went to someone else")
    public ContactResponses.StaffContact accept(@PathParam("id") UUID id) {
        return ContactResponses.StaffContact.of(offers.accept(callers.current(), id), null);
    }

    @POST
    @Path("/{id}/decline")
    @RolesAllowed({"agent", "expert", "supervisor"})
    @Operation(summary = "Decline a contact offered to you; it is offered to the next agent, never to you again")
    @APIResponse(responseCode = "204", description = "Declined")
    public Response decline(@PathParam("id") UUID id) {
        offers.decline(callers.current(), id);
        return Response.noContent().build();
    }

    /** The client a contact concerns, as the registry's search found it (or as registered from the contact). */
    public record ClientLink(@NotNull UUID clientId) {
    }

    @PUT
    @Path("/{id}/client")
    @RolesAllowed({"agent", "expert", "supervisor"})
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Link the contact to the client it concerns (staff of the contact's own organisation)",
            description = "The client's id as the registry's search or registration gave it; the registry serves reads only "
                    + "of clients it holds. A history line and fi.kohtaamo.contact.client-linked.v1; the same client again "
                    + "changes nothing. 404 for a contact the caller's organisation cannot see, 403 for another organisation's "
                    + "contact in a shared queue, 409 for a closed or anonymised contact.")
    public ContactResponses.StaffContact linkClient(@PathParam("id") UUID id, @Valid @NotNull ClientLink link) {
        return ContactResponses.StaffContact.of(work.linkClient(callers.current(), id, link.clientId()), null);
    }

    @DELETE
    @Path("/{id}/client")
    @RolesAllowed({"agent", "expert", "supervisor"})
    @Operation(summary = "Undo a wrong client link; a history line and fi.kohtaamo.contact.client-unlinked.v1, after which "
            + "the contact serves no read of the client")
    public ContactResponses.StaffContact unlinkClient(@PathParam("id") UUID id) {
        return ContactResponses.StaffContact.of(work.unlinkClient(callers.current(), id), null);
    }

    public record OptionalNote(@Size(max = 10000) String note) {
    }

    @POST
    @Path("/{id}/release")
    @RolesAllowed({"agent", "expert", "supervisor"})
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Put a contact you hold back in its queue")
    public ContactResponses.StaffContact release(@PathParam("id") UUID id, String body) throws java.io.IOException {
        String note = body == null || body.isBlank() ? null : json.readValue(body, OptionalNote.class).note();
        if (note != null && note.length() > 10000) {
            throw fi.kohtaamo.problem.ProblemException.invalid("note", "at most 10000 characters");
        }
        return ContactResponses.StaffContact.of(assignment.release(callers.current(), id, note), null);
    }

    @POST
    @Path("/{id}/replies")
    @RolesAllowed({"agent", "expert", "supervisor"})
    @Operation(summary = "Reply to the client (shown on the status page); the first reply meets the first-response target")
    public ContactResponses.StaffContact reply(@PathParam("id") UUID id, @Valid @NotNull Text reply) {
        return ContactResponses.StaffContact.of(work.reply(callers.current(), id, reply.text().strip()), null);
    }

    @POST
    @Path("/{id}/notes")
    @RolesAllowed({"agent", "expert", "supervisor"})
    @Operation(summary = "An internal note the client never sees")
    public ContactResponses.StaffContact note(@PathParam("id") UUID id, @Valid @NotNull Text note) {
        return ContactResponses.StaffContact.of(work.note(callers.current(), id, note.text().strip()), null);
    }

    @POST
    @Path("/{id}/information-requests")
    @RolesAllowed({"agent", "expert", "supervisor"})
    @Operation(summary = "Ask the client for more information; the service-level clock pauses until they answer")
    public ContactResponses.StaffContact requestInformation(@PathParam("id") UUID id, @Valid @NotNull Text question) {
        return ContactResponses.StaffContact.of(work.requestInformation(callers.current(), id, question.text().strip()), null);
    }

    public record Transfer(UUID queueId, String expert, @NotBlank @Size(max = 10000) String note) {
    }

    @POST
    @Path("/{id}/transfer")
    @RolesAllowed({"agent", "expert", "supervisor"})
    @Operation(summary = "Transfer to another queue, or hand over to an expert (agent subject), with a handover note")
    public ContactResponses.StaffContact transfer(@PathParam("id") UUID id, @Valid @NotNull Transfer transfer) {
        String expert = transfer.expert() == null || transfer.expert().isBlank() ? null : transfer.expert().strip();
        return ContactResponses.StaffContact.of(
                work.transfer(callers.current(), id, transfer.queueId(), expert, transfer.note().strip()), null);
    }

    public record CallAttempt(@NotNull CallBack.Outcome outcome, @Size(max = 10000) String note) {
    }

    @POST
    @Path("/{id}/call-attempts")
    @RolesAllowed({"agent", "expert", "supervisor"})
    @Operation(summary = "Record a call attempt on a call-back request you hold, and what came of it",
            description = "The first attempt meets the first-response target. A line in the history staff see (the note "
                    + "is internal); the answer carries the attempts so far and what they suggest: CALL_AGAIN, RESOLVE "
                    + "once the client was reached, RESOLVE_UNREACHED after a wrong number or three attempts without "
                    + "reaching them. 409 on a contact that is no call-back or that you do not hold assigned.")
    public ContactResponses.StaffContact callAttempt(@PathParam("id") UUID id, @Valid @NotNull CallAttempt attempt) {
        String note = attempt.note() == null || attempt.note().isBlank() ? null : attempt.note().strip();
        ContactWork.Handled handled = callBacks.attempt(callers.current(), id, attempt.outcome(), note);
        return ContactResponses.StaffContact.of(handled.contact(), handled.history());
    }

    @GET
    @Path("/callback-slots")
    @PermitAll
    @Operation(summary = "The times a client may ask to be called back about a service",
            description = "The next days with hours of the queue the service's phone contacts go to, in pieces of at "
                    + "most two hours, those not yet over, in local time (Europe/Helsinki). No service: triage's hours.")
    public List<ContactRequest.Window> callBackSlots(
            @QueryParam("serviceId") @Parameter(schema = @Schema(type = SchemaType.STRING, format = "uuid")) String serviceId,
            @QueryParam("language") @DefaultValue("fi") @Pattern(regexp = "fi|sv|en", message = "must be fi, sv or en") String language) {
        return callBacks.slots(RequestValues.uuid("serviceId", serviceId), language, Instant.now()).stream()
                .map(ContactRequest.Window::of).toList();
    }

    public record Resolution(@NotNull ResolutionCode code, @NotBlank @Size(max = 4000) String justification) {
    }

    @POST
    @Path("/{id}/resolve")
    @RolesAllowed({"agent", "expert", "supervisor"})
    @Operation(summary = "Resolve with a resolution code and a justification the client reads (both required)")
    public ContactResponses.StaffContact resolve(@PathParam("id") UUID id, @Valid @NotNull Resolution resolution) {
        return ContactResponses.StaffContact.of(
                work.resolve(callers.current(), id, resolution.code(), resolution.justification().strip()), null);
    }

    public record Reason(@NotBlank @Size(max = 2000) String reason) {
    }

    @POST
    @Path("/{id}/reopen")
    @RolesAllowed({"agent", "expert", "supervisor"})
    @Operation(summary = "Reopen a resolved contact within the reopen period")
    public ContactResponses.StaffContact reopen(@PathParam("id") UUID id, @Valid @NotNull Reason reason) {
        return ContactResponses.StaffContact.of(work.reopen(callers.current(), id, reason.reason().strip()), null);
    }

    @POST
    @Path("/{id}/close")
    @RolesAllowed({"agent", "expert", "supervisor"})
    @Operation(summary = "Close a resolved contact before its reopen period ends")
    public ContactResponses.StaffContact close(@PathParam("id") UUID id) {
        return ContactResponses.StaffContact.of(work.close(callers.current(), id), null);
    }

}
