package fi.kohtaamo.feedback.rest;

import fi.kohtaamo.feedback.domain.SurveyDefaults;
import fi.kohtaamo.problem.RequestValues;
import fi.kohtaamo.feedback.domain.Survey;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** What a new survey of each type starts with (the create page prefills it). */
@Path("/api/v1/survey-defaults/{type}")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Surveys")
@RolesAllowed("manager")
public class SurveyDefaultsResource {

    @GET
    @Operation(summary = "The type's default title, questions, audience, anonymity, reminder and recurrence")
    public SurveyDefaults.Template defaults(@PathParam("type") String type) {
        return SurveyDefaults.of(RequestValues.oneOf("type", type, Survey.Type.class));
    }
}
