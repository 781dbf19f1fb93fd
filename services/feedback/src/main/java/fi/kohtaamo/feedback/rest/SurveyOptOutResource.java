package fi.kohtaamo.feedback.rest;

import fi.kohtaamo.feedback.service.SurveyMails;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The opt-out link of every survey mail: its random token is the only thing it carries. */
@Path("/api/v1/survey-opt-outs/{token}")
@Tag(name = "Surveys")
@PermitAll
public class SurveyOptOutResource {

    private final SurveyMails mails;

    public SurveyOptOutResource(SurveyMails mails) {
        this.mails = mails;
    }

    @POST
    @Operation(summary = "No more survey mail to the recipient of this link, from any survey (204; again: 204; unknown: 404)")
    @APIResponse(responseCode = "204", description = "No more survey mail goes to the recipient")
    public Response optOut(@PathParam("token") String token) {
        mails.optOut(token);
        return Response.noContent().build();
    }
}
