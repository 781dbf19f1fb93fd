package fi.kohtaamo.webchannel.client;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.rest.client.annotation.RegisterClientHeaders;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;
import org.jboss.resteasy.reactive.client.api.ClientMultipartForm;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Contact routing's files on contacts, as the pages use them: uploads are sent as
 * {@code multipart/form-data} streamed from the page's temporary copy on disk, downloads are
 * passed on as routing gives them. Who may do what is routing's decision, by the token passed on.
 */
@RegisterRestClient(configKey = "contact-routing")
@RegisterClientHeaders
@Path("/api/v1/contacts")
public interface AttachmentClient {

    /** Staff, an agency system or the citizen who submitted the contact signed in attaches a file. */
    @POST
    @Path("/{id}/attachments")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    File attach(@PathParam("id") UUID contactId, ClientMultipartForm form);

    /** The client attaches a file with the tracking code and secret as form fields. */
    @POST
    @Path("/lookup/attachments")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    File attachByClient(ClientMultipartForm form);

    /** Staff: every file; the signed-in citizen: the files they added. */
    @GET
    @Path("/{id}/attachments")
    List<File> files(@PathParam("id") UUID contactId);

    @POST
    @Path("/lookup/attachments/query")
    List<File> filesByClient(ContactClient.Tracking tracking);

    @GET
    @Path("/{id}/attachments/{fileId}")
    @Produces(MediaType.WILDCARD)
    Response download(@PathParam("id") UUID contactId, @PathParam("fileId") UUID fileId);

    @POST
    @Path("/lookup/attachments/{fileId}")
    @Produces(MediaType.WILDCARD)
    Response downloadByClient(@PathParam("fileId") UUID fileId, ContactClient.Tracking tracking);

    /** Every file of the signed-in data subject's contacts (what their data export lists). */
    @GET
    @Path("/mine/attachments")
    List<OwnFile> filesOfMine();

    @GET
    @Path("/mine/attachments/{fileId}")
    @Produces(MediaType.WILDCARD)
    Response downloadMine(@PathParam("fileId") UUID fileId);

    /** A file as routing lists it: no bytes; {@code available} once it may be downloaded. */
    record File(UUID id, UUID contactId, String fileName, String contentType, long sizeBytes, String addedBy,
                String scanState, String scanReason, boolean available, Instant createdAt) {
    }

    /** A file of one of the data subject's contacts, with the contact's tracking code. */
    record OwnFile(UUID id, UUID contactId, String trackingCode, String fileName, String contentType, long sizeBytes,
                   String addedBy, String scanState, String scanReason, boolean available, Instant createdAt) {
    }
}
