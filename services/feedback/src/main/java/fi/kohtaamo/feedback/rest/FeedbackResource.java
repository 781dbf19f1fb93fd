package fi.kohtaamo.feedback.rest;

import fi.kohtaamo.caller.Callers;
import fi.kohtaamo.feedback.domain.Feedback;
import fi.kohtaamo.feedback.domain.FeedbackEntry;
import fi.kohtaamo.feedback.service.Feedbacks;
import fi.kohtaamo.feedback.service.NewFeedback;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

@Path("/api/v1/feedback")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Feedback")
public class FeedbackResource {

    private final Feedbacks feedbacks;
    private final Callers callers;

    public FeedbackResource(Feedbacks feedbacks, Callers callers) {
        this.feedbacks = feedbacks;
        this.callers = callers;
    }

    public record Received(UUID id, String reference, Instant replyDue, boolean reachable) {
    }

    /** What a handler (or the signed-in sender) sees of a feedback. */
    public record View(UUID id, String reference, Feedback.Kind kind, String organisation, UUID serviceId,
                       String serviceGroup, UUID contactId, String channel, String language, String text,
                       UUID clientId, String senderName, String senderEmail, Feedback.Status status, String handler,
                       List<String> themes, List<String> suggestedThemes, Instant receivedAt, Instant replyDue,
                       boolean overdue, Instant answeredAt, String reply, Instant closedAt, boolean erased) {
        static View of(Feedback f) {
            boolean overdue = (f.status == Feedback.Status.NEW || f.status == Feedback.Status.IN_PROGRESS)
                    && Instant.now().isAfter(f.replyDue);
            return new View(f.id, f.reference, f.kind, f.organisation, f.serviceId, f.serviceGroup, f.contactId,
                    f.channel, f.language, f.body, f.clientId, f.senderName, f.senderEmail, f.status, f.handler,
                    f.themes, f.suggestedThemes, f.receivedAt, f.replyDue, overdue, f.answeredAt, f.reply,
                    f.closedAt, f.erased);
        }
    }

    public record Entry(Instant at, String actor, FeedbackEntry.Kind kind, Map<String, Object> details) {
    }

    public record Detail(View feedback, List<Entry> history) {
    }

    @POST
    @PermitAll
    @Operation(summary = "Send feedback: praise, a complaint, a suggestion, a question or other",
            description = "Anonymous or signed in. About a service (serviceId), a contact (contactId) or an organisation. "
                    + "An e-mail address gets the answer. Staff and agency systems may log feedback from other channels "
                    + "and name the registry's client.")
    @Consumes(MediaType.APPLICATION_JSON)
    @APIResponse(responseCode = "201", description = "Received: the reference to quote and the reply deadline",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Received.class)),
            headers = @Header(name = HttpHeaders.LOCATION, description = "The feedback", schema = @Schema(type = SchemaType.STRING, format = "uri")))
    public Response send(NewFeedback input, @jakarta.ws.rs.core.Context UriInfo uri) {
        NewFeedback body = input == null ? new NewFeedback(null, null, null, null, null, null, null, null, null, null) : input;
        Feedback feedback = feedbacks.receive(callers.current(), body);
        return Response.created(uri.getAbsolutePathBuilder().path(feedback.id.toString()).build())
                .entity(new Received(feedback.id, feedback.reference, feedback.replyDue, feedback.reachable())).build();
    }

    @GET
    @RolesAllowed({"feedback-handler", "manager"})
    @Operation(summary = "The organisation's feedback queue, oldest reply deadline first")
    public List<View> queue(@QueryParam("status") String status, @QueryParam("kind") String kind,
                            @QueryParam("theme") String theme, @QueryParam("overdue") Boolean overdue,
                            @QueryParam("mine") @DefaultValue("false") boolean mine,
                            @QueryParam("page") @DefaultValue("0") int page, @QueryParam("size") @DefaultValue("50") int size) {
        return feedbacks.queue(callers.current(), new Feedbacks.Filter(status, kind, theme, overdue, mine, page, size))
                .stream().map(View::of).toList();
    }

    @GET
    @Path("/mine")
    @RolesAllowed("citizen")
    @Operation(summary = "The signed-in sender's own feedback and its answers")
    public List<View> mine() {
        return feedbacks.mine(callers.current()).stream().map(View::of).toList();
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({"feedback-handler", "manager", "citizen"})
    @Operation(summary = "A feedback with its history (handlers of its organisation, or its signed-in sender)")
    public Detail get(@PathParam("id") UUID id) {
        Feedback feedback = feedbacks.get(callers.current(), id);
        List<Entry> history = feedbacks.history(feedback).stream()
                .map(e -> new Entry(e.at, e.actor, e.kind, e.details)).toList();
        return new Detail(View.of(feedback), history);
    }

    @POST
    @Path("/{id}/claim")
    @RolesAllowed({"feedback-handler", "manager"})
    @Operation(summary = "Take the feedback into handling (IN_PROGRESS)")
    public View claim(@PathParam("id") UUID id) {
        return View.of(feedbacks.claim(callers.current(), id));
    }

    @POST
    @Path("/{id}/release")
    @RolesAllowed({"feedback-handler", "manager"})
    @Operation(summary = "Give the feedback back to the queue (NEW)")
    public View release(@PathParam("id") UUID id) {
        return View.of(feedbacks.release(callers.current(), id));
    }

    public record ThemesInput(List<String> themes) {
    }

    @PUT
    @Path("/{id}/themes")
    @RolesAllowed({"feedback-handler", "manager"})
    @Operation(summary = "Set the feedback's themes (codes of the organisation's themes)")
    @Consumes(MediaType.APPLICATION_JSON)
    public View themes(@PathParam("id") UUID id, ThemesInput input) {
        return View.of(feedbacks.setThemes(callers.current(), id, input == null ? null : input.themes()));
    }

    public record TextInput(String text) {
    }

    @POST
    @Path("/{id}/reply")
    @RolesAllowed({"feedback-handler", "manager"})
    @Operation(summary = "Answer the feedback (ANSWERED); e-mailed to the sender when they left an address")
    @Consumes(MediaType.APPLICATION_JSON)
    public View reply(@PathParam("id") UUID id, TextInput input) {
        return View.of(feedbacks.reply(callers.current(), id, input == null ? null : input.text()));
    }

    public record NoteInput(String note) {
    }

    @POST
    @Path("/{id}/close")
    @RolesAllowed({"feedback-handler", "manager"})
    @Operation(summary = "Close the feedback, with an optional note")
    @Consumes(MediaType.APPLICATION_JSON)
    public View close(@PathParam("id") UUID id, NoteInput input) {
        return View.of(feedbacks.close(callers.current(), id, input == null ? null : input.note()));
    }

    @POST
    @Path("/{id}/reopen")
    @RolesAllowed({"feedback-handler", "manager"})
    @Operation(summary = "Reopen answered or closed feedback")
    public View reopen(@PathParam("id") UUID id) {
        return View.of(feedbacks.reopen(callers.current(), id));
    }
}
