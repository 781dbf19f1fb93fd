package fi.kohtaamo.webchannel.client;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.rest.client.annotation.RegisterClientHeaders;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

import java.util.UUID;

/**
 * Contact routing as the client 360 page uses it: which client a contact concerns (link, unlink)
 * and the organisation's contacts of that client. Routing decides who may.
 */
@RegisterRestClient(configKey = "contact-routing")
@RegisterClientHeaders
@Path("/api/v1/contacts")
public interface ClientLinkClient {

    @PUT
    @Path("/{id}/client")
    @Consumes(MediaType.APPLICATION_JSON)
    WorkClient.StaffContact link(@PathParam("id") UUID id, Link link);

    @DELETE
    @Path("/{id}/client")
    WorkClient.StaffContact unlink(@PathParam("id") UUID id);

    /** The organisation's contacts of the client, open or closed, newest first; each listed one is recorded as read. */
    @GET
    WorkClient.SearchResults ofClient(@QueryParam("clientId") UUID clientId, @QueryParam("page") int page,
                                      @QueryParam("size") int size);

    record Link(UUID clientId) {
    }
}
