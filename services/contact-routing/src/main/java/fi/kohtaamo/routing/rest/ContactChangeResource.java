package fi.kohtaamo.routing.rest;

import fi.kohtaamo.caller.Callers;
import fi.kohtaamo.routing.domain.ContactStatus;
import fi.kohtaamo.routing.repository.ContactChangeRepository;
import fi.kohtaamo.routing.service.ContactChanges;
import io.quarkus.security.Authenticated;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** The change feed: what became of an agency's contacts, for systems that poll. */
@Path("/api/v1/contacts/changes")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Contacts")
public class ContactChangeResource {

    private final ContactChanges changes;
    private final Callers callers;

    public ContactChangeResource(ContactChanges changes, Callers callers) {
        this.changes = changes;
        this.callers = callers;
    }

    /** One version of a contact: ids, state and time, never the client's details or the matter's text. */
    public record Change(UUID contactId, String trackingCode, ContactStatus status,
                         UUID queueId, @Schema(description = "The queue's code") String queue,
                         @Schema(description = "1 most urgent … 5") int priority,
                         @Schema(description = "The contact's version: each change raises it by one") int version,
                         Instant changedAt) {

        static Change of(ContactChangeRepository.Row row) {
            return new Change(row.contactId(), row.trackingCode(), ContactStatus.valueOf(row.status()), row.queueId(), row.queueCode(),
                    row.priority(), row.version(), row.changedAt());
        }
    }

    public record ChangePage(List<Change> changes,
                             @Schema(description = "The cursor to ask with next (after=); the same as sent when nothing was new")
                             String next,
                             @Schema(description = "More changes wait: ask again at once with next") boolean more) {
    }

    @GET
    @Authenticated
    @Operation(summary = "The changes of your organisation's contacts, and of those you submitted, after a cursor",
            description = "For agency systems (client credentials). Every version of each contact once, in the order "
                    + "they were committed (a contact's versions in their own order), with no change skipped or "
                    + "repeated from page to page, also while contacts are being received and changed. Without "
                    + "after: from the start. Keep next and ask with it; it never expires.")
    @APIResponse(responseCode = "200", description = "A page of changes",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ChangePage.class)))
    public ChangePage changes(
            @QueryParam("after") @Size(max = 100) @Parameter(description = "The next of the previous page (opaque)") String after,
            @QueryParam("limit") @DefaultValue("100") @Min(1) @Max(500) int limit) {
        ContactChanges.Page page = changes.after(callers.current(), after, limit);
        return new ChangePage(page.changes().stream().map(Change::of).toList(), page.next(), page.more());
    }
}
