package fi.kohtaamo.routing.rest;

import fi.kohtaamo.caller.Callers;
import fi.kohtaamo.routing.domain.Channel;
import fi.kohtaamo.routing.domain.ResolutionCode;
import fi.kohtaamo.routing.service.ContactImports;
import fi.kohtaamo.routing.service.PastContact;
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

/** An organisation's finished contacts from an earlier system, with their own times. */
@Path("/api/v1/contacts/imports")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Contacts")
public class ContactImportResource {

    private final ContactImports imports;
    private final Callers callers;

    public ContactImportResource(ContactImports imports, Callers callers) {
        this.imports = imports;
        this.callers = callers;
    }

    /** A batch of at most 500 past contacts. */
    public record ImportRequest(@NotNull @Size(min = 1, max = 500) List<@Valid @NotNull PastContactRequest> contacts) {
    }

    /**
     * One finished contact: no personal data (names and contact details are not imported), the
     * earlier system's id and the times of its handling.
     */
    public record PastContactRequest(
            @NotBlank @Size(max = 100) @Pattern(regexp = "[\\p{Graph}]+", message = "must be printable characters without spaces")
            String externalId,
            @NotNull UUID serviceId,
            @NotNull Channel channel,
            @NotNull @Pattern(regexp = "fi|sv|en", message = "must be fi, sv or en") String language,
            @Size(max = 5000) String description,
            @Size(max = 200) String handledBy,
            @NotNull Instant receivedAt,
            Instant firstRespondedAt,
            @NotNull Instant resolvedAt,
            @NotNull ResolutionCode resolutionCode,
            @NotNull Instant closedAt) {

        PastContact toPastContact() {
            return new PastContact(externalId, serviceId, channel, language,
                    description == null ? null : description.strip(), handledBy == null || handledBy.isBlank() ? null : handledBy.strip(),
                    receivedAt, firstRespondedAt, resolvedAt, resolutionCode, closedAt);
        }
    }

    /** What became of one past contact; {@code created} is false when it had been imported before. */
    public record ImportedContact(String externalId, UUID contactId, String trackingCode, boolean created) {
    }

    public record ImportResult(int created, int existing, List<ImportedContact> contacts) {
    }

    @POST
    @RolesAllowed("supervisor")
    @Operation(summary = "Import finished contacts of an earlier system, with their own times",
            description = "For an organisation moving to Kohtaamo: each contact is routed by today's rules to one of "
                    + "the organisation's queues, given its deadlines as of its receipt, closed at its own times and "
                    + "announced like any contact (received, closed), so that the management view and the forecast "
                    + "include it. One batch is all or nothing; a contact whose externalId was imported before is "
                    + "skipped with the same data (counted as existing) and refused with other data (422 naming "
                    + "contacts[i].externalId); one that a concurrent batch is importing is a 409: repeat the batch. "
                    + "Personal data is not imported.")
    @APIResponse(responseCode = "200", description = "Each contact created or found imported before",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ImportResult.class)))
    @APIResponse(responseCode = "409", description = "A concurrent batch is importing one of the externalIds (named); repeat the batch")
    @APIResponse(responseCode = "422", description = "An externalId (named) was imported before with other data; nothing was imported")
    public ImportResult importContacts(@Valid @NotNull ImportRequest request) {
        List<ContactImports.Imported> imported = imports.importAll(
                request.contacts().stream().map(PastContactRequest::toPastContact).toList(), callers.current());
        List<ImportedContact> contacts = imported.stream().map(one -> new ImportedContact(one.externalId(),
                one.contact().id, one.contact().trackingCode, one.created())).toList();
        int created = (int) imported.stream().filter(ContactImports.Imported::created).count();
        return new ImportResult(created, imported.size() - created, contacts);
    }
}
