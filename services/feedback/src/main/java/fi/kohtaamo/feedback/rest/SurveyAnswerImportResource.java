package fi.kohtaamo.feedback.rest;

import fi.kohtaamo.caller.Callers;
import fi.kohtaamo.feedback.service.FeedbackImports;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.UUID;

/** A survey's answers from an earlier system, with their own times. */
@Path("/api/v1/surveys/{id}/responses/imports")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed("manager")
@Tag(name = "Imports")
public class SurveyAnswerImportResource {

    private final FeedbackImports imports;
    private final Callers callers;

    public SurveyAnswerImportResource(FeedbackImports imports, Callers callers) {
        this.imports = imports;
        this.callers = callers;
    }

    @POST
    @Operation(summary = "Import an earlier system's answers to this survey with their own times (managers, own organisation)",
            description = "At most 500 per batch, all or nothing; answers are checked against the survey's questions "
                    + "(responses[2].answers[0].score). Anonymous. An externalId imported before is skipped with "
                    + "the same data and refused with other data (422); one a concurrent batch is importing is a 409.")
    @APIResponse(responseCode = "200", description = "Each answer created or found imported before",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ImportResource.ImportResult.class)))
    @APIResponse(responseCode = "409", description = ImportResource.CONCURRENT)
    @APIResponse(responseCode = "422", description = ImportResource.OTHER_DATA)
    public ImportResource.ImportResult importAnswers(@PathParam("id") UUID surveyId, @Valid @NotNull ImportResource.AnswerBatch batch) {
        return ImportResource.ImportResult.of(imports.importAnswers(callers.current(), surveyId, batch.responses().stream()
                .map(a -> new FeedbackImports.PastAnswer(a.externalId(), a.language(), a.respondedAt(), a.answers()))
                .toList()));
    }
}
