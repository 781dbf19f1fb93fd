package fi.kohtaamo.feedback.rest;

import fi.kohtaamo.caller.Callers;
import fi.kohtaamo.feedback.domain.Feedback;
import fi.kohtaamo.feedback.domain.SurveyAnswer;
import fi.kohtaamo.feedback.domain.SurveyQuestion;
import fi.kohtaamo.feedback.service.ClientFeedback;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** A client's feedback and named survey answers with the reader's organisation, for the contact it serves. */
@Path("/api/v1/feedback/clients/{clientId}")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Feedback")
public class ClientFeedbackResource {

    /** A UUID in canonical text form: a query parameter typed UUID would answer a bad one with a bare 404. */
    static final String UUID_PATTERN = "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}";

    private final ClientFeedback clientFeedback;
    private final Callers callers;

    public ClientFeedbackResource(ClientFeedback clientFeedback, Callers callers) {
        this.clientFeedback = clientFeedback;
        this.callers = callers;
    }

    public record Item(UUID id, String reference, String kind, String status, String channel, String language,
                       UUID serviceId, UUID contactId, String text, Instant receivedAt, Instant answeredAt) {
        static Item of(Feedback f) {
            return new Item(f.id, f.reference, f.kind.name(), f.status.name(), f.channel, f.language, f.serviceId,
                    f.contactId, f.body, f.receivedAt, f.answeredAt);
        }
    }

    public record Choice(String code, Map<String, String> text) {
    }

    public record Answer(String question, Map<String, String> questionText, Integer score, List<Choice> choices, String text) {
    }

    public record NamedResponse(UUID responseId, UUID surveyId, String surveyType, Map<String, String> surveyTitle,
                                Instant respondedAt, List<Answer> answers) {
        static NamedResponse of(ClientFeedback.NamedResponse named) {
            return new NamedResponse(named.response().id, named.response().surveyId, named.response().surveyType.name(),
                    named.survey() == null ? Map.of() : named.survey().title, named.response().respondedAt,
                    named.answers().stream().map(answer -> answer(named, answer)).toList());
        }

        private static Answer answer(ClientFeedback.NamedResponse named, SurveyAnswer answer) {
            Optional<SurveyQuestion> question = named.survey() == null ? Optional.empty()
                    : named.survey().questions.stream().filter(q -> q.code().equals(answer.questionCode)).findFirst();
            List<Choice> choices = answer.choices == null ? List.of() : answer.choices.stream()
                    .map(code -> new Choice(code, question.flatMap(q -> q.choices() == null ? Optional.empty()
                            : q.choices().stream().filter(c -> c.code().equals(code)).findFirst())
                            .map(SurveyQuestion.Choice::text).orElse(Map.of())))
                    .toList();
            return new Answer(answer.questionCode, question.map(SurveyQuestion::text).orElse(Map.of()), answer.score, choices,
                    answer.freeText);
        }
    }

    public record ClientFeedbackView(List<Item> feedback, List<NamedResponse> surveyAnswers) {
    }

    @GET
    @RolesAllowed({"agent", "expert", "supervisor"})
    @Operation(summary = "The client's feedback and the survey answers they gave with their name, with the caller's organisation, "
            + "newest first (at most 50 each); the read names the contact of the caller's organisation that concerns the client "
            + "(as contact routing's events told this service) and its purpose, and is recorded; anything else is a 404")
    public ClientFeedbackView of(@PathParam("clientId") UUID clientId,
                                 @QueryParam("contactId") @NotNull @Pattern(regexp = UUID_PATTERN, message = "must be a UUID") String contactId,
                                 @QueryParam("purpose") @NotBlank @Size(min = 5, max = 200)
                                 @Pattern(regexp = "[^\\x00]*", message = "must not contain NUL") String purpose) {
        ClientFeedback.View view = clientFeedback.of(clientId, UUID.fromString(contactId), purpose, callers.current());
        return new ClientFeedbackView(view.feedback().stream().map(Item::of).toList(),
                view.responses().stream().map(NamedResponse::of).toList());
    }
}
