package fi.kohtaamo.webchannel.client;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.rest.client.annotation.RegisterClientHeaders;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The feedback service as the client 360 page uses it: the client's feedback and named survey
 * answers with the reader's organisation, for the contact the read serves (feedback checks and
 * records it).
 */
@RegisterRestClient(configKey = "feedback")
@RegisterClientHeaders
@Path("/api/v1/feedback/clients")
public interface ClientFeedbackClient {

    @GET
    @Path("/{clientId}")
    History of(@PathParam("clientId") UUID clientId, @QueryParam("contactId") UUID contactId,
               @QueryParam("purpose") String purpose);

    record History(List<Item> feedback, List<NamedResponse> surveyAnswers) {
    }

    record Item(UUID id, String reference, String kind, String status, String channel, String language, UUID serviceId,
                UUID contactId, String text, Instant receivedAt, Instant answeredAt) {
    }

    record Choice(String code, Map<String, String> text) {
    }

    record Answer(String question, Map<String, String> questionText, Integer score, List<Choice> choices, String text) {
    }

    record NamedResponse(UUID responseId, UUID surveyId, String surveyType, Map<String, String> surveyTitle,
                         Instant respondedAt, List<Answer> answers) {
    }
}
