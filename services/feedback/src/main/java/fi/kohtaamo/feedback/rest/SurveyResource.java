package fi.kohtaamo.feedback.rest;

import fi.kohtaamo.caller.Callers;
import fi.kohtaamo.feedback.domain.Recurrence;
import fi.kohtaamo.feedback.domain.Survey;
import fi.kohtaamo.feedback.domain.SurveyQuestion;
import fi.kohtaamo.feedback.repository.SurveyRecipientRepository;
import fi.kohtaamo.feedback.service.SurveyMails;
import fi.kohtaamo.feedback.service.SurveyResults;
import fi.kohtaamo.feedback.service.SurveyRounds;
import fi.kohtaamo.feedback.service.SurveySendings;
import fi.kohtaamo.problem.ProblemException;
import fi.kohtaamo.problem.RequestValues;
import fi.kohtaamo.feedback.service.Surveys;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityTag;
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

@Path("/api/v1/surveys")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Surveys")
@RolesAllowed("manager")
public class SurveyResource {

    private final Surveys surveys;
    private final SurveyResults results;
    private final Callers callers;
    private final SurveySendings sendings;
    private final SurveyMails mails;

    private final SurveyRounds rounds;

    public SurveyResource(Surveys surveys, SurveyResults results, Callers callers, SurveySendings sendings, SurveyMails mails,
                          SurveyRounds rounds) {
        this.rounds = rounds;
        this.sendings = sendings;
        this.mails = mails;
        this.surveys = surveys;
        this.results = results;
        this.callers = callers;
    }

    public record SurveyView(UUID id, Survey.Type type, Map<String, String> title, List<SurveyQuestion> questions,
                             Surveys.Target target, Instant opensAt, Instant closesAt, boolean satisfactionSurvey,
                             boolean anonymous, Integer reminderAfterDays, RecurrenceView recurrence, int rounds,
                             int version, String createdBy, Instant createdAt) {
        static SurveyView of(Survey s) {
            return new SurveyView(s.id, s.type, s.title, s.questions,
                    new Surveys.Target(s.targetServiceId, s.targetServiceGroup, s.targetSegment, s.targetChannel),
                    s.opensAt, s.closesAt, s.csat, s.anonymous, s.reminderAfterDays,
                    s.recurrenceEvery == null ? null : new RecurrenceView(s.recurrenceEvery, s.recurrenceUnit,
                            s.recurrenceAudience, s.nextRoundAt),
                    s.rounds, s.version, s.createdBy, s.createdAt);
        }

        Response ok() {
            return Response.ok(this).tag(new EntityTag(String.valueOf(version))).build();
        }
    }

    /** A recurring survey's repetition: every so many weeks or months, to whom, and when the next round goes. */
    public record RecurrenceView(int every, Recurrence.Unit unit, Survey.RoundAudience audience, Instant nextRoundAt) {
    }

    @POST
    @Operation(summary = "Create a survey of one of the four types, with its questions in fi, sv and en")
    @Consumes(MediaType.APPLICATION_JSON)
    @APIResponse(responseCode = "201", description = "Created",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SurveyView.class)),
            headers = @Header(name = HttpHeaders.LOCATION, description = "The survey", schema = @Schema(type = SchemaType.STRING, format = "uri")))
    public Response create(Surveys.SurveyInput input, @Context UriInfo uri) {
        Surveys.SurveyInput body = input == null ? new Surveys.SurveyInput(null, null, null, null, null, null, null, null) : input;
        Survey survey = surveys.create(callers.current(), body);
        return Response.created(uri.getAbsolutePathBuilder().path(survey.id.toString()).build())
                .entity(SurveyView.of(survey)).build();
    }

    @GET
    @Operation(summary = "The organisation's surveys, newest first")
    public List<SurveyView> list() {
        return surveys.list(callers.current()).stream().map(SurveyView::of).toList();
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "The survey; its ETag is the version to send as If-Match with a sending or a reminder")
    @APIResponse(responseCode = "200", description = "The survey",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SurveyView.class)),
            headers = @Header(name = HttpHeaders.ETAG, description = "The survey's version", schema = @Schema(type = SchemaType.STRING)))
    public Response get(@PathParam("id") UUID id) {
        return SurveyView.of(surveys.get(callers.current(), id)).ok();
    }

    @PUT
    @Path("/{id}/recurrence")
    @Operation(summary = "Repeat a recurring survey every N weeks or months to an audience; each round is sent by a scheduled job; If-Match required")
    @Consumes(MediaType.APPLICATION_JSON)
    @APIResponse(responseCode = "200", description = "The survey with its repetition",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SurveyView.class)),
            headers = @Header(name = HttpHeaders.ETAG, description = "The survey's new version", schema = @Schema(type = SchemaType.STRING)))
    public Response repeat(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch, SurveyRounds.RecurrenceInput input) {
        int version = RequestValues.requiredIfMatchVersion(ifMatch);
        return SurveyView.of(rounds.repeat(callers.current(), id, input, version)).ok();
    }

    @DELETE
    @Path("/{id}/recurrence")
    @Operation(summary = "Stop repeating the survey (the rounds sent and their results stay); If-Match required")
    @APIResponse(responseCode = "200", description = "The survey without repetition",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SurveyView.class)),
            headers = @Header(name = HttpHeaders.ETAG, description = "The survey's new version", schema = @Schema(type = SchemaType.STRING)))
    public Response stopRepeating(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch) {
        int version = RequestValues.requiredIfMatchVersion(ifMatch);
        return SurveyView.of(rounds.stop(callers.current(), id, version)).ok();
    }

    public record SendingRequest(SurveySendings.Audience audience, Integer reminderAfterDays) {
    }

    @POST
    @Path("/{id}/recipients/preview")
    @Operation(summary = "How many the audience reaches: found in the registry, opted out, already sent to, to send")
    @Consumes(MediaType.APPLICATION_JSON)
    public SurveySendings.Preview preview(@PathParam("id") UUID id, SendingRequest request) {
        return sendings.preview(callers.current(), id, request == null ? null : request.audience());
    }

    @POST
    @Path("/{id}/sendings")
    @Operation(summary = "Send the survey to the audience: a personal one-time link by e-mail to each; If-Match required")
    @Consumes(MediaType.APPLICATION_JSON)
    @APIResponse(responseCode = "201", description = "Sent (the mails leave after the commit)",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SurveyMails.Sent.class)))
    public Response send(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch, SendingRequest request) {
        int version = RequestValues.requiredIfMatchVersion(ifMatch);
        SurveyMails.Sent sent = sendings.send(callers.current(), id, request == null ? null : request.audience(),
                request == null ? null : request.reminderAfterDays(), version);
        return Response.status(201).entity(sent).tag(new EntityTag(String.valueOf(sent.version()))).build();
    }

    @POST
    @Path("/{id}/reminders")
    @Operation(summary = "Remind now, once, every recipient who has not answered or opted out; If-Match required")
    @APIResponse(responseCode = "200", description = "Reminded (the mails leave after the commit)",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SurveyMails.Sent.class)))
    public Response remind(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch) {
        int version = RequestValues.requiredIfMatchVersion(ifMatch);
        Survey survey = surveys.get(callers.current(), id);
        SurveyMails.Sent sent = mails.remindNow(survey.id, version);
        return Response.ok(sent).tag(new EntityTag(String.valueOf(sent.version()))).build();
    }

    @GET
    @Path("/{id}/delivery")
    @Operation(summary = "Where the sending is: recipients, invitations and reminders sent, answered, opted out")
    public SurveyRecipientRepository.Delivery delivery(@PathParam("id") UUID id) {
        return mails.delivery(surveys.get(callers.current(), id).id);
    }

    @POST
    @Path("/{id}/close")
    @Operation(summary = "Close the survey now: its invitations can no longer be answered")
    public SurveyView close(@PathParam("id") UUID id) {
        return SurveyView.of(surveys.close(callers.current(), id));
    }

    public record InvitationRequest(Integer count, String language) {
    }

    public record Invitations(List<Surveys.Invitation> invitations) {
    }

    @POST
    @Path("/{id}/invitations")
    @Operation(summary = "Make one-time invitations (1–1000); their links are shown only in this answer")
    @Consumes(MediaType.APPLICATION_JSON)
    @APIResponse(responseCode = "201", description = "The invitations with their one-time links",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Invitations.class)))
    public Response invite(@PathParam("id") UUID id, InvitationRequest request) {
        int count = request == null || request.count() == null ? 1 : request.count();
        return Response.status(201).entity(new Invitations(surveys.invite(callers.current(), id, count,
                request == null ? null : request.language()))).build();
    }

    @GET
    @Path("/{id}/results")
    @Operation(summary = "Response rate and per-question results, of one round of a recurring survey when round is given; "
            + "only counts while fewer than the minimum have answered")
    public SurveyResults.Results results(@PathParam("id") UUID id, @QueryParam("round") String round) {
        return results.of(callers.current(), id, round(round));
    }

    private static Integer round(String round) {
        if (round == null || round.isBlank()) {
            return null;
        }
        try {
            int value = Integer.parseInt(round.strip());
            if (value >= 0 && value <= 100_000) {
                return value;
            }
        } catch (NumberFormatException e) {
            // named below
        }
        throw ProblemException.invalid("round", "a round's number (0 for what was sent by hand)");
    }
}
