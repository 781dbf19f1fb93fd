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

    record Invitation(UUID surveyId, String type, String language, String title, List<Question> questions,
                      Instant expiresAt) {
    }

    record Question(String code, String kind, String text, boolean required, List<Choice> choices) {
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
