package fi.kohtaamo.feedback.rest;

import fi.kohtaamo.feedback.domain.Survey;
import fi.kohtaamo.feedback.domain.SurveyQuestion;
import fi.kohtaamo.feedback.service.SurveyAnswering;
import fi.kohtaamo.problem.ProblemException;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/** Answering a survey: the invitation's token is the credential; anyone holding it answers once. */
@Path("/api/v1/survey-invitations/{token}")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Surveys")
@PermitAll
public class SurveyInvitationResource {

    private final SurveyAnswering answering;

    public SurveyInvitationResource(SurveyAnswering answering) {
        this.answering = answering;
    }

    public record Choice(String code, String text) {
    }

    /** {@code scale} and {@code scaleLabels} (the names of 1 and 5 in the language) for a 1–5 question; else null. */
    public record Question(String code, SurveyQuestion.Kind kind, String text, boolean required, List<Choice> choices,
                           SurveyQuestion.Scale scale, SurveyQuestion.Labels scaleLabels) {
    }

    public record Invitation(UUID surveyId, Survey.Type type, String language, String title, List<Question> questions,
                             Instant expiresAt) {
    }

    @GET
    @Operation(summary = "The survey to answer, in the invitation's language (or lang=fi|sv|en)",
            description = "404 for an unknown token; 410 when it has been answered or has expired.")
    public Invitation get(@PathParam("token") String token, @QueryParam("lang") String lang) {
        SurveyAnswering.Invited invited = answering.open(token);
        String language = lang == null ? invited.invitation().language : lang;
        if (!Set.of("fi", "sv", "en").contains(language)) {
            throw ProblemException.invalid("lang", "must be fi, sv or en");
        }
        Survey survey = invited.survey();
        List<Question> questions = survey.questions.stream().map(q -> new Question(q.code(), q.kind(),
                q.text().get(language), q.required(),
                q.choices().stream().map(c -> new Choice(c.code(), c.text().get(language))).toList(),
                q.scaleOrDefault(), q.scaleOrDefault() == null ? null : q.scaleOrDefault().labels(language))).toList();
        return new Invitation(survey.id, survey.type, language, survey.title.get(language), questions,
                invited.invitation().expiresAt);
    }

    public record ResponseInput(List<SurveyAnswering.Answer> answers, Boolean identified) {
    }

    public record Recorded(UUID responseId, Instant respondedAt) {
    }

    @POST
    @Path("/response")
    @Operation(summary = "Answer the survey, once. Anonymous unless identified is true.")
    @APIResponse(responseCode = "201", description = "Recorded",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Recorded.class)))
    public Response respond(@PathParam("token") String token, ResponseInput input) {
        var response = answering.respond(token, input == null ? null : input.answers(),
                input != null && Boolean.TRUE.equals(input.identified()));
        return Response.status(201).entity(new Recorded(response.id, response.respondedAt)).build();
    }
}
