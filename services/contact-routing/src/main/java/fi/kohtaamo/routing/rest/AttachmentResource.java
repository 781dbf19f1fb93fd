package fi.kohtaamo.routing.rest;

import fi.kohtaamo.caller.Callers;
import fi.kohtaamo.problem.ProblemException;
import fi.kohtaamo.routing.domain.Attachment;
import fi.kohtaamo.routing.domain.Contact;
import fi.kohtaamo.routing.repository.AttachmentRepository;
import fi.kohtaamo.routing.service.AttachmentScanning;
import fi.kohtaamo.routing.service.Attachments;
import fi.kohtaamo.routing.service.ContactTracking;
import io.quarkus.security.Authenticated;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
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
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;

import java.util.List;
import java.util.UUID;

/**
 * Files on contacts: uploaded as {@code multipart/form-data} (field {@code file}), listed, and
 * downloaded as attachments of their detected type. Staff, agency systems and the signed-in
 * citizen use the contact's id; a client following the contact with its tracking code and secret
 * sends them in the form or the JSON body, never in the URL.
 */
@Path("/api/v1/contacts")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Attachments")
public class AttachmentResource {

    private final Attachments attachments;
    private final AttachmentScanning scanning;
    private final ContactTracking tracking;
    private final Callers callers;

    public AttachmentResource(Attachments attachments, AttachmentScanning scanning, ContactTracking tracking,
                              Callers callers) {
        this.attachments = attachments;
        this.scanning = scanning;
        this.tracking = tracking;
        this.callers = callers;
    }

    /** The upload form. */
    public static class FileForm {
        @RestForm(Attachments.FILE_FIELD)
        @Schema(type = SchemaType.STRING, format = "binary", description = "The file; its type is detected from its content")
        public FileUpload file;
    }

    /** The upload form of staff, agency systems and the signed-in citizen. */
    public static class ContactFileForm extends FileForm {
        @RestForm
        @Schema(type = SchemaType.BOOLEAN, description = "Staff and agency systems: true when the file is for the client "
                + "to see and download (a reply's attachment); false or absent: it stays with staff. The client's own "
                + "files are always theirs.")
        public String visibleToClient;

        /** Strictly true or false (absent: false): a misspelt value must not quietly keep a reply's file from the client. */
        boolean forClient() {
            if (visibleToClient == null || visibleToClient.isBlank() || visibleToClient.strip().equals("false")) {
                return false;
            }
            if (visibleToClient.strip().equals("true")) {
                return true;
            }
            throw ProblemException.invalid("visibleToClient", "must be true or false");
        }
    }

    /** The upload form of a client following the contact with its tracking code and secret. */
    public static class TrackedFileForm extends FileForm {
        @RestForm
        @Schema(required = true)
        public String trackingCode;

        @RestForm
        @Schema(required = true)
        public String accessSecret;
    }

    /** The file as listed: no bytes; {@code available} false until the scan finds it clean. */
    public record AttachmentView(UUID id, UUID contactId, String fileName, String contentType, long sizeBytes,
                                 String sha256, String addedBy, String scanState, String scanReason,
                                 boolean available, java.time.Instant createdAt, boolean visibleToClient) {
        static AttachmentView of(Attachment attachment) {
            return new AttachmentView(attachment.id, attachment.contactId, attachment.fileName, attachment.contentType,
                    attachment.sizeBytes, attachment.sha256, attachment.addedByKind.name(), attachment.scanState.name(),
                    attachment.scanReason, attachment.available(), attachment.createdAt, attachment.visibleToClient);
        }
    }

    /** A file of the data subject's own contact, with its contact's tracking code and where to download it. */
    public record OwnedView(UUID id, UUID contactId, String trackingCode, String fileName, String contentType,
                            long sizeBytes, String addedBy, String scanState, String scanReason, boolean available,
                            java.time.Instant createdAt, String download) {
        static OwnedView of(AttachmentRepository.Owned owned) {
            Attachment file = owned.attachment();
            return new OwnedView(file.id, file.contactId, owned.trackingCode(), file.fileName, file.contentType,
                    file.sizeBytes, file.addedByKind.name(), file.scanState.name(), file.scanReason, file.available(),
                    file.createdAt, Attachments.SUBJECT_DOWNLOAD_PATH + file.id);
        }
    }

    @GET
    @Path("/mine/attachments")
    @RolesAllowed("citizen")
    @Operation(summary = "Every file of the signed-in citizen's contacts, whoever added it",
            description = "The contacts they submitted signed in and those of the registry client linked to them: the "
                    + "files their data export lists by id (`download`), oldest first. Listing reads no bytes.")
    public List<OwnedView> ofDataSubject() {
        return attachments.ofDataSubject(callers.current()).stream().map(OwnedView::of).toList();
    }

    @GET
    @Path("/mine/attachments/{attachmentId}")
    @RolesAllowed("citizen")
    @Produces(MediaType.WILDCARD)
    @Operation(summary = "The signed-in citizen downloads a file of their own contact (their data export's reference)",
            description = "Another's file is 404, as an unknown id is. Written to the contact's read log "
                    + "(action SUBJECT_DOWNLOAD), which the citizen sees.")
    @APIResponse(responseCode = "200", description = "The file's bytes",
            content = @Content(mediaType = MediaType.APPLICATION_OCTET_STREAM, schema = @Schema(type = SchemaType.STRING, format = "binary")),
            headers = @Header(name = "Content-Disposition", description = "attachment, with the file's name", schema = @Schema(type = SchemaType.STRING)))
    @APIResponse(responseCode = "404", description = "No such file of the citizen's contacts",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = "Problem")))
    @APIResponse(responseCode = "409", description = "Not scanned clean yet, or infected (scanState, scanReason)",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = "Problem")))
    public Response downloadByDataSubject(@PathParam("attachmentId") UUID attachmentId) {
        return file(attachments.downloadByDataSubject(callers.current(), attachmentId));
    }

    @POST
    @Path("/{id}/attachments")
    @Authenticated
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Operation(summary = "Attach a file to a contact",
            description = "Staff of an organisation that sees the contact, the organisation's agency systems, and the "
                    + "citizen who submitted it signed in. Checked by name, size, the contact's total and its type by "
                    + "content. With clamd configured the file waits (PENDING) for its scan before anyone may have it. "
                    + "A file staff attach is theirs only unless sent with visibleToClient=true (a reply's attachment).")
    @APIResponse(responseCode = "201", description = "Stored",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AttachmentView.class)),
            headers = @Header(name = HttpHeaders.LOCATION, description = "The file's download", schema = @Schema(type = SchemaType.STRING, format = "uri")))
    @APIResponse(responseCode = "409", description = "The contact is closed to the client, or its personal data was removed",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = "Problem")))
    @APIResponse(responseCode = "413", description = "The file is larger than the per-file limit (violation on file)",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = "Problem")))
    @APIResponse(responseCode = "415", description = "The file's content is of a type that may not be attached; detectedType names it",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = "Problem")))
    @APIResponse(responseCode = "422", description = "The contact's files would exceed the per-contact limit (violation on file)",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = "Problem")))
    public Response upload(@PathParam("id") UUID id, ContactFileForm form, @Context UriInfo uri) {
        Attachment added = attachments.add(callers.current(), id, upload(form), form != null && form.forClient());
        return created(added, uri);
    }

    @GET
    @Path("/{id}/attachments")
    @Authenticated
    @Operation(summary = "A contact's files",
            description = "Staff and agency systems see every file with its scan state (a pending or infected file is "
                    + "listed but not available; an infected one says what was found); the citizen sees the files they added "
                    + "and those staff attached for them.")
    public List<AttachmentView> list(@PathParam("id") UUID id) {
        return attachments.list(callers.current(), id).stream().map(AttachmentView::of).toList();
    }

    @GET
    @Path("/{id}/attachments/{attachmentId}")
    @Authenticated
    @Produces(MediaType.WILDCARD)
    @Operation(summary = "Download a file",
            description = "As an attachment of its detected type (never rendered inline). A download by staff or an "
                    + "agency system is written to the contact's read log (action DOWNLOAD).")
    @APIResponse(responseCode = "200", description = "The file's bytes",
            content = @Content(mediaType = MediaType.APPLICATION_OCTET_STREAM, schema = @Schema(type = SchemaType.STRING, format = "binary")),
            headers = @Header(name = "Content-Disposition", description = "attachment, with the file's name", schema = @Schema(type = SchemaType.STRING)))
    @APIResponse(responseCode = "409", description = "Not scanned clean yet, or infected (scanState, scanReason)",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = "Problem")))
    public Response download(@PathParam("id") UUID id, @PathParam("attachmentId") UUID attachmentId) {
        return file(attachments.download(callers.current(), id, attachmentId));
    }

    @POST
    @Path("/lookup/attachments")
    @PermitAll
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Operation(summary = "The client attaches a file to a contact followed with tracking code and access secret",
            description = "Both in the form, never in the URL; a wrong code or secret is 404.")
    @APIResponse(responseCode = "201", description = "Stored",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AttachmentView.class)))
    @APIResponse(responseCode = "409", description = "The contact is closed to the client, or its personal data was removed",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = "Problem")))
    @APIResponse(responseCode = "413", description = "The file is larger than the per-file limit (violation on file)",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = "Problem")))
    @APIResponse(responseCode = "415", description = "The file's content is of a type that may not be attached; detectedType names it",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = "Problem")))
    @APIResponse(responseCode = "422", description = "The contact's files would exceed the per-contact limit (violation on file)",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = "Problem")))
    public Response uploadByClient(TrackedFileForm form, @Context UriInfo uri) {
        Contact contact = followed(form.trackingCode, form.accessSecret);
        Attachment added = attachments.addByClient(contact, upload(form));
        return Response.status(Response.Status.CREATED).entity(scanned(added)).build();
    }

    @POST
    @Path("/lookup/attachments/query")
    @PermitAll
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "The files the client added to a contact followed with tracking code and access secret")
    public List<AttachmentView> listByClient(@Valid @NotNull ContactResource.TrackingRequest request) {
        Contact contact = tracking.find(request.trackingCode(), request.accessSecret());
        return attachments.ofClient(contact).stream().map(AttachmentView::of).toList();
    }

    @POST
    @Path("/lookup/attachments/{attachmentId}")
    @PermitAll
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.WILDCARD)
    @Operation(summary = "The client downloads a file they added, with tracking code and access secret in the body")
    @APIResponse(responseCode = "200", description = "The file's bytes",
            content = @Content(mediaType = MediaType.APPLICATION_OCTET_STREAM, schema = @Schema(type = SchemaType.STRING, format = "binary")),
            headers = @Header(name = "Content-Disposition", description = "attachment, with the file's name", schema = @Schema(type = SchemaType.STRING)))
    @APIResponse(responseCode = "409", description = "Not scanned clean yet, or infected",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = "Problem")))
    public Response downloadByClient(@PathParam("attachmentId") UUID attachmentId,
                                     @Valid @NotNull ContactResource.TrackingRequest request) {
        Contact contact = tracking.find(request.trackingCode(), request.accessSecret());
        return file(attachments.downloadByClient(contact, attachmentId));
    }

    private Response created(Attachment added, UriInfo uri) {
        return Response.status(Response.Status.CREATED)
                .location(uri.getBaseUriBuilder().path("api/v1/contacts").path(added.contactId.toString())
                        .path("attachments").path(added.id.toString()).build())
                .entity(scanned(added)).build();
    }

    /** Scans the new file at once where clamd is configured (after the upload committed); the job retries failures. */
    private AttachmentView scanned(Attachment added) {
        if (!scanning.scanOne(added.id)) {
            return AttachmentView.of(added);
        }
        Attachment now = attachments.current(added.id);
        return AttachmentView.of(now == null ? added : now);
    }

    private Contact followed(String trackingCode, String accessSecret) {
        if (trackingCode == null || trackingCode.isBlank()) {
            throw ProblemException.invalid("trackingCode", "must not be blank");
        }
        if (accessSecret == null || accessSecret.isBlank()) {
            throw ProblemException.invalid("accessSecret", "must not be blank");
        }
        return tracking.find(trackingCode.strip(), accessSecret.strip());
    }

    private static Attachments.Upload upload(FileForm form) {
        FileUpload file = form == null ? null : form.file;
        return file == null ? null : new Attachments.Upload(file.fileName(), file.uploadedFile(), file.size());
    }

    private static Response file(Attachments.Download download) {
        Attachment attachment = download.attachment();
        return Response.ok(download.content(), attachment.contentType)
                .header("Content-Disposition", ContentDisposition.attachment(attachment.fileName))
                .header("X-Content-Type-Options", "nosniff")
                .header(HttpHeaders.CONTENT_LENGTH, attachment.sizeBytes)
                .header(HttpHeaders.CACHE_CONTROL, "private, no-store")
                .build();
    }
}
