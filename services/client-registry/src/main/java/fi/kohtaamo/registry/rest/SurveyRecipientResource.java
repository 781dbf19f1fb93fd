package fi.kohtaamo.registry.rest;

import fi.kohtaamo.caller.Callers;
import fi.kohtaamo.registry.service.SurveyRecipients;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;
import java.util.UUID;

/**
 * The addresses a manager's survey goes to (asked by the feedback service with the manager's
 * token when the survey is sent, or with its own service identity, role {@code survey-sender},
 * for a recurring survey's scheduled round: then the query names the survey's organisation). A
 * POST, so that ids never reach access logs. {@code survey-sender} is accepted here and nowhere else.
 */
@Path("/api/v1/survey-recipients")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Survey recipients")
@RolesAllowed({"manager", SurveyRecipients.SENDER_ROLE})
public class SurveyRecipientResource {

    private final SurveyRecipients recipients;
    private final Callers callers;

    public SurveyRecipientResource(SurveyRecipients recipients, Callers callers) {
        this.recipients = recipients;
        this.callers = callers;
    }

    /**
     * One of segment (a segment's code), role (a stakeholder role towards the agency) or clientIds;
     * organisation: the survey's (a manager's own, if named; required of the service identity).
     */
    public record RecipientQuery(@NoNul @Size(max = 100) String segment, @NoNul @Size(max = 40) String role,
                                 List<UUID> clientIds, @NoNul @Size(max = 100) String organisation) {
    }

    public record Recipients(List<SurveyRecipients.Recipient> recipients) {
    }

    @POST
    @Operation(summary = "Active clients of a segment, a stakeholder role or a list, with one e-mail address and their language")
    public Recipients recipients(@Valid RecipientQuery query) {
        RecipientQuery q = query == null ? new RecipientQuery(null, null, null, null) : query;
        return new Recipients(recipients.of(callers.current(), q.organisation(), q.segment(), q.role(), q.clientIds()));
    }
}
