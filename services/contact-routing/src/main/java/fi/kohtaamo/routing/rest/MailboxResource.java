package fi.kohtaamo.routing.rest;

import fi.kohtaamo.caller.Callers;
import fi.kohtaamo.problem.RequestValues;
import fi.kohtaamo.routing.domain.Mailbox;
import fi.kohtaamo.routing.service.MailboxReader;
import fi.kohtaamo.routing.service.MailboxSecrets;
import fi.kohtaamo.routing.service.Mailboxes;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** An organisation's mailboxes that routing reads; managed by its supervisors. No answer ever holds a password. */
@Path("/api/v1/mailboxes")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Mailboxes")
@RolesAllowed("supervisor")
public class MailboxResource {

    private final Mailboxes mailboxes;
    private final MailboxReader reader;
    private final MailboxSecrets secrets;
    private final Callers callers;

    public MailboxResource(Mailboxes mailboxes, MailboxReader reader, MailboxSecrets secrets, Callers callers) {
        this.mailboxes = mailboxes;
        this.reader = reader;
        this.secrets = secrets;
        this.callers = callers;
    }

    /**
     * A mailbox as a supervisor writes it. {@code passwordSecret} names the secret that holds the
     * password ({@code kohtaamo.mailbox-secret.<organisation>.<name>}, set by operations for the
     * caller's organisation), never the password.
     */
    public record MailboxRequest(@NotBlank @Email @Size(max = 254) String address,
                                 UUID queueId,
                                 UUID serviceId,
                                 @NotNull @Pattern(regexp = "fi|sv|en", message = "must be fi, sv or en") String language,
                                 @NotBlank @Size(max = 253) @Pattern(regexp = "[A-Za-z0-9.:\\[\\]-]+", message = "must be a host name or address") String host,
                                 @NotNull @Min(1) @Max(65535) Integer port,
                                 @NotNull @Pattern(regexp = "TLS|STARTTLS|NONE", message = "must be TLS, STARTTLS or NONE") String security,
                                 @NotBlank @Size(max = 320) String username,
                                 @NotBlank @Pattern(regexp = "[a-z0-9][a-z0-9-]{0,62}", message = "must be a secret's name: lower-case letters, digits and hyphens") String passwordSecret,
                                 @Size(max = 200) String folder,
                                 @Size(max = 200) String processedFolder,
                                 Boolean enabled) {
        Mailboxes.Draft draft() {
            return new Mailboxes.Draft(address, queueId, serviceId, language, host, port, Mailbox.Security.valueOf(security),
                    username, passwordSecret, folder, processedFolder, enabled == null || enabled);
        }
    }

    /** A mailbox as shown: whether its secret is configured, never the password. */
    public record MailboxView(UUID id, String address, UUID queueId, UUID serviceId, String language, String host, int port,
                              String security, String username, String passwordSecret, boolean passwordConfigured,
                              String folder, String processedFolder, boolean enabled, int version, String updatedBy,
                              Instant updatedAt, Instant lastReadAt, String lastError) {
    }

    private MailboxView view(Mailbox mailbox) {
        return new MailboxView(mailbox.id, mailbox.address, mailbox.queue == null ? null : mailbox.queue.id, mailbox.serviceId,
                mailbox.language, mailbox.host, mailbox.port, mailbox.security.name(), mailbox.username,
                mailbox.passwordSecret, secrets.password(mailbox.organisation, mailbox.passwordSecret).isPresent(), mailbox.folder,
                mailbox.processedFolder, mailbox.enabled, mailbox.version, mailbox.updatedBy, mailbox.updatedAt,
                mailbox.lastReadAt, mailbox.lastError);
    }

    private Response withTag(Response.ResponseBuilder builder, Mailbox mailbox) {
        return builder.tag(new EntityTag(String.valueOf(mailbox.version))).entity(view(mailbox)).build();
    }

    @GET
    @Operation(summary = "Your organisation's mailboxes")
    public List<MailboxView> list() {
        return mailboxes.list(callers.current()).stream().map(this::view).toList();
    }

    @POST
    @Operation(summary = "Add a mailbox to read; its messages become contacts on channel EMAIL")
    @APIResponse(responseCode = "201", description = "Added", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = MailboxView.class)),
            headers = {@Header(name = "Location", description = "The mailbox", schema = @Schema(type = SchemaType.STRING, format = "uri")),
                    @Header(name = "ETag", description = "The mailbox's version, for If-Match", schema = @Schema(type = SchemaType.STRING))})
    public Response create(@Valid @NotNull MailboxRequest request, @Context UriInfo uri) {
        Mailbox mailbox = mailboxes.create(callers.current(), request.draft());
        return withTag(Response.created(uri.getAbsolutePathBuilder().path(mailbox.id.toString()).build()), mailbox);
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "One of your organisation's mailboxes (another organisation's: 404)")
    @APIResponse(responseCode = "200", description = "The mailbox", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = MailboxView.class)), headers = @Header(name = "ETag", description = "The mailbox's version, for If-Match", schema = @Schema(type = SchemaType.STRING)))
    public Response get(@PathParam("id") UUID id) {
        return withTag(Response.ok(), mailboxes.get(callers.current(), id));
    }

    @PUT
    @Path("/{id}")
    @Operation(summary = "Replace a mailbox's settings; send If-Match with the version you read (412 when it changed since)")
    @APIResponse(responseCode = "200", description = "The mailbox as it now is", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = MailboxView.class)), headers = @Header(name = "ETag", description = "The mailbox's version, for If-Match", schema = @Schema(type = SchemaType.STRING)))
    public Response update(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch,
                           @Valid @NotNull MailboxRequest request) {
        return withTag(Response.ok(), mailboxes.update(callers.current(), id, RequestValues.requiredIfMatchVersion(ifMatch),
                request.draft()));
    }

    @DELETE
    @Path("/{id}")
    @Operation(summary = "Stop reading a mailbox; its contacts stay")
    @APIResponse(responseCode = "204", description = "Removed")
    public Response delete(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch) {
        mailboxes.delete(callers.current(), id, RequestValues.requiredIfMatchVersion(ifMatch));
        return Response.noContent().build();
    }

    public record PassView(int read, int taken, int setAside, boolean busy) {
    }

    @POST
    @Path("/{id}/read")
    @Operation(summary = "Read the mailbox now instead of at the next pass")
    public PassView read(@PathParam("id") UUID id) {
        mailboxes.get(callers.current(), id);
        MailboxReader.Pass pass = reader.read(id);
        return new PassView(pass.read(), pass.taken(), pass.setAside(), pass.busy());
    }
}
