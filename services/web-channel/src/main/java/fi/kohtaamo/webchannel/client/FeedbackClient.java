package fi.kohtaamo.webchannel.client;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.rest.client.annotation.RegisterClientHeaders;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** The feedback service: surveys answered through their invitations, and spontaneous feedback. */
@RegisterRestClient(configKey = "feedback")
@RegisterClientHeaders
@Path("/api/v1")
public interface FeedbackClient {

    @GET
    @Path("/survey-invitations/{token}")
    Invitation invitation(@PathParam("token") String token, @QueryParam("lang") String language);

    @POST
    @Path("/survey-invitations/{token}/response")
    Recorded respond(@PathParam("token") String token, Response response);

    @POST
    @Path("/feedback")
    Received send(NewFeedback feedback);

    /** The organisation's feedback queue (feedback handlers, managers), oldest reply deadline first. */
    @GET
    @Path("/feedback")
    List<Handled> queue(@QueryParam("status") String status, @QueryParam("kind") String kind,
                        @QueryParam("overdue") Boolean overdue, @QueryParam("size") int size);

    @GET
    @Path("/feedback/{id}")
    HandledDetail feedback(@PathParam("id") UUID id);

    @POST
    @jakarta.ws.rs.Consumes(jakarta.ws.rs.core.MediaType.APPLICATION_JSON)
    @Path("/feedback/{id}/{action}")
    Handled act(@PathParam("id") UUID id, @PathParam("action") String action, Object body);

    @jakarta.ws.rs.PUT
    @jakarta.ws.rs.Consumes(jakarta.ws.rs.core.MediaType.APPLICATION_JSON)
    @Path("/feedback/{id}/themes")
    Handled setThemes(@PathParam("id") UUID id, Themes themes);

    @GET
    @Path("/feedback-themes")
    List<Theme> themes();

    @jakarta.ws.rs.PUT
    @jakarta.ws.rs.Consumes(jakarta.ws.rs.core.MediaType.APPLICATION_JSON)
    @Path("/feedback-themes/{code}")
    Theme putTheme(@PathParam("code") String code, ThemeInput theme);

    @jakarta.ws.rs.DELETE
    @Path("/feedback-themes/{code}")
    void deleteTheme(@PathParam("code") String code);

    @GET
    @Path("/surveys")
    List<Survey> surveys();

    @GET
    @Path("/surveys/{id}/results")
    Results results(@PathParam("id") UUID id, @QueryParam("round") Integer round);

    @GET
    @Path("/surveys/{id}")
    Survey survey(@PathParam("id") UUID id);

    @POST
    @Path("/surveys/{id}/close")
    Survey closeSurvey(@PathParam("id") UUID id);

    record ThemeInput(java.util.Map<String, String> name, List<String> keywords) {
    }

    record Survey(UUID id, String type, java.util.Map<String, String> title, Instant opensAt, Instant closesAt,
                  boolean satisfactionSurvey, String createdBy, Instant createdAt) {
    }

    record QuestionResult(String code, String kind, java.util.Map<String, String> text, long answered, Double average,
                          java.util.Map<String, Long> distribution, Integer nps, List<String> comments, String scale,
                          java.util.Map<String, ScaleLabels> scaleLabels) {
    }

    record Results(UUID surveyId, String type, Integer round, long invited, long responded, Double responseRate,
                   boolean suppressed, List<QuestionResult> questions, List<RoundResult> rounds) {
    }

    /** One round of a recurring survey: when it went, how many it invited and how many answered. */
    record RoundResult(int round, Instant startedAt, long invited, long responded, Double responseRate) {
    }

    record Handled(UUID id, String reference, String kind, UUID serviceId, String channel, String language, String text,
                   String senderName, String senderEmail, String status, String handler, List<String> themes,
                   List<String> suggestedThemes, Instant receivedAt, Instant replyDue, boolean overdue, Instant answeredAt,
                   String reply, Instant closedAt, boolean erased) {
    }

    record HandledEntry(Instant at, String actor, String kind, java.util.Map<String, Object> details) {
    }

    record HandledDetail(Handled feedback, List<HandledEntry> history) {
    }

    record Theme(String code, java.util.Map<String, String> name, List<String> keywords) {
    }

    record Themes(List<String> themes) {
    }

    record Invitation(UUID surveyId, String type, String language, String title, List<Question> questions,
                      Instant expiresAt) {
    }

    /** {@code scaleLabels}: a 1–5 question's end points named in the invitation's language (what its scale measures). */
    record Question(String code, String kind, String text, boolean required, List<Choice> choices, String scale,
                    ScaleLabels scaleLabels) {
    }

    /** The names of a 1–5 scale's lowest and highest point. */
    record ScaleLabels(String min, String max) {
    }

    record Choice(String code, String text) {
    }

    record Answer(String question, Integer score, List<String> choices, String text) {
    }

    record Response(List<Answer> answers, boolean identified) {
    }

    record Recorded(UUID responseId, Instant respondedAt) {
    }

    record NewFeedback(String kind, String text, String language, UUID serviceId, String name, String email) {
    }

    record Received(UUID id, String reference, Instant replyDue, boolean reachable) {
    }
}
