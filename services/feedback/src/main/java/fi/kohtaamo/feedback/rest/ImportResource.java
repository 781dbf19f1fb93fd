package fi.kohtaamo.feedback.rest;

import fi.kohtaamo.caller.Callers;
import fi.kohtaamo.feedback.service.FeedbackImports;
import fi.kohtaamo.feedback.service.SurveyAnswering;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * An organisation's feedback and survey answers from an earlier system, with their own times: the
 * feedback here, the answers at {@link SurveyAnswerImportResource} (its own class, so that its path
 * is matched before the surveys' own).
 */
@Path("/api/v1/feedback/imports")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed("manager")
@Tag(name = "Imports")
public class ImportResource {

    private static final String EXTERNAL_ID = "[\\p{Graph}]+";
    static final String CONCURRENT = "A concurrent batch is importing one of the externalIds (named); repeat the batch";
    static final String OTHER_DATA = "An externalId (named) was imported before with other data; nothing was imported";

    private final FeedbackImports imports;
    private final Callers callers;

    public ImportResource(FeedbackImports imports, Callers callers) {
        this.imports = imports;
        this.callers = callers;
    }

    public record PastFeedback(
            @NotBlank @Size(max = 100) @Pattern(regexp = EXTERNAL_ID, message = "must be printable characters without spaces") String externalId,
            @NotNull @Pattern(regexp = "PRAISE|COMPLAINT|SUGGESTION|QUESTION|OTHER", message = "must be PRAISE, COMPLAINT, SUGGESTION, QUESTION or OTHER") String kind,
            UUID serviceId,
            @NotNull @Pattern(regexp = "WEB|PHONE|EMAIL|CHAT|SERVICE_POINT|LETTER|SOCIAL_MEDIA|API", message = "must be a channel") String channel,
            @NotNull @Pattern(regexp = "fi|sv|en", message = "must be fi, sv or en") String language,
            @NotBlank @Size(max = 5000) String text,
            @Size(max = 20) List<@NotBlank @Size(max = 64) String> themes,
            @NotNull Instant receivedAt,
            Instant answeredAt,
            Instant closedAt) {
    }

    public record FeedbackBatch(@NotNull @Size(min = 1, max = 500) List<@Valid @NotNull PastFeedback> feedback) {
    }

    public record PastAnswer(
            @NotBlank @Size(max = 100) @Pattern(regexp = EXTERNAL_ID, message = "must be printable characters without spaces") String externalId,
            @NotNull @Pattern(regexp = "fi|sv|en", message = "must be fi, sv or en") String language,
            @NotNull Instant respondedAt,
            @NotNull @Size(min = 1, max = 50) List<SurveyAnswering.@NotNull Answer> answers) {
    }

    public record AnswerBatch(@NotNull @Size(min = 1, max = 500) List<@Valid @NotNull PastAnswer> responses) {
    }

    public record ImportResult(int created, int existing, List<FeedbackImports.Imported> items) {

        static ImportResult of(List<FeedbackImports.Imported> items) {
            int created = (int) items.stream().filter(FeedbackImports.Imported::created).count();
            return new ImportResult(created, items.size() - created, items);
        }
    }

    @POST
    @Operation(summary = "Import an earlier system's feedback with its own times (managers, own organisation)",
            description = "At most 500 per batch, all or nothing; a refused item is named (feedback[3].closedAt). "
                    + "Anonymous: no sender details are imported. Received, answered and closed at its own times and "
                    + "announced as live feedback is (feedback.received, then feedback.answered when it was answered). "
                    + "An externalId imported before is skipped with the same data (counted as existing) and refused "
                    + "with other data (422 naming feedback[i].externalId); one a concurrent batch is importing is a 409.")
    @APIResponse(responseCode = "200", description = "Each item created or found imported before",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ImportResult.class)))
    @APIResponse(responseCode = "409", description = CONCURRENT)
    @APIResponse(responseCode = "422", description = OTHER_DATA)
    public ImportResult importFeedback(@Valid @NotNull FeedbackBatch batch) {
        return ImportResult.of(imports.importFeedback(callers.current(), batch.feedback().stream()
                .map(f -> new FeedbackImports.PastFeedback(f.externalId(), f.kind(), f.serviceId(), f.channel(),
                        f.language(), f.text(), f.themes(), f.receivedAt(), f.answeredAt(), f.closedAt()))
                .toList()));
    }
}
