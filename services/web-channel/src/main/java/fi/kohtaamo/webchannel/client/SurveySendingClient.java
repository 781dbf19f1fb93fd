package fi.kohtaamo.webchannel.client;

import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import org.eclipse.microprofile.rest.client.annotation.RegisterClientHeaders;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The feedback service's sent surveys, as the manager's pages use them: each type's defaults, a
 * new survey, its audience counted and sent (If-Match), the reminder, where the sending is, and
 * the recipients' opt-out link. This channel's own view of those answers.
 */
@RegisterRestClient(configKey = "feedback")
@RegisterClientHeaders
@Path("/api/v1")
public interface SurveySendingClient {

    @GET
    @Path("/survey-defaults/{type}")
    Defaults defaults(@PathParam("type") String type);

    @POST
    @Path("/surveys")
    Survey create(NewSurvey survey);

    @GET
    @Path("/surveys/{id}")
    Survey survey(@PathParam("id") UUID id);

    @POST
    @Path("/surveys/{id}/recipients/preview")
    Preview preview(@PathParam("id") UUID id, Sending sending);

    @POST
    @Path("/surveys/{id}/sendings")
    Sent send(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch, Sending sending);

    @POST
    @Path("/surveys/{id}/reminders")
    Sent remind(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch);

    @PUT
    @Path("/surveys/{id}/recurrence")
    Survey repeat(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch, Recurrence recurrence);

    @DELETE
    @Path("/surveys/{id}/recurrence")
    Survey stopRepeating(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch);

    @GET
    @Path("/surveys/{id}/delivery")
    Delivery delivery(@PathParam("id") UUID id);

    @POST
    @Path("/survey-opt-outs/{token}")
    void optOut(@PathParam("token") String token);

    /** {@code scale}: what a 1–5 question measures (its end points' names follow from it). */
    record Question(String code, String kind, Map<String, String> text, List<Choice> choices, boolean required,
                    String measure, String scale) {
    }

    record Choice(String code, Map<String, String> text) {
    }

    record Defaults(String type, Map<String, String> title, List<Question> questions, String audience, String role,
                    boolean anonymous, int reminderAfterDays, String recurrence) {
    }

    record NewSurvey(String type, Map<String, String> title, List<Question> questions, Boolean anonymous,
                     Integer reminderAfterDays) {
    }

    record Survey(UUID id, String type, Map<String, String> title, Instant opensAt, Instant closesAt,
                  boolean satisfactionSurvey, boolean anonymous, Integer reminderAfterDays, RecurrenceView recurrence,
                  int rounds, int version) {
    }

    /** A recurring survey's repetition: every so many WEEKS or MONTHS, to whom, and its next round. */
    record RecurrenceView(int every, String unit, RoundAudience audience, Instant nextRoundAt) {
    }

    record RoundAudience(String segment, String role, UUID serviceId, String channel) {
    }

    record Recurrence(Integer every, String unit, Audience audience, Instant firstRoundAt) {
    }

    record Audience(String segment, String role, UUID serviceId, String channel, Instant from, Instant to) {
    }

    record Sending(Audience audience, Integer reminderAfterDays) {
    }

    record Preview(int found, int optedOut, int alreadySent, int toSend) {
    }

    record Sent(int sent, int skipped, int version) {
    }

    record Delivery(long recipients, long invitationsSent, long remindersSent, long answered, long optedOut) {
    }
}
