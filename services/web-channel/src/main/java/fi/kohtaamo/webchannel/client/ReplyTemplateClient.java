package fi.kohtaamo.webchannel.client;

import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import org.eclipse.microprofile.rest.client.annotation.RegisterClientHeaders;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Contact routing's reply templates: the organisation's ready answers its supervisors keep, and one
 * filled for a contact. Who may do what is routing's decision, by the token passed on.
 */
@RegisterRestClient(configKey = "contact-routing")
@RegisterClientHeaders
@Path("/api/v1")
public interface ReplyTemplateClient {

    @GET
    @Path("/reply-templates")
    List<Template> list();

    @GET
    @Path("/reply-templates/{id}")
    Template get(@PathParam("id") UUID id);

    @POST
    @Path("/reply-templates")
    Template create(Draft draft);

    @PUT
    @Path("/reply-templates/{id}")
    Template update(@PathParam("id") UUID id, Draft draft, @HeaderParam("If-Match") String ifMatch);

    @DELETE
    @Path("/reply-templates/{id}")
    void delete(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch);

    /** The template filled for the contact, in its language (or routing's fallback). */
    @GET
    @Path("/contacts/{contactId}/reply-templates/{templateId}")
    Rendered render(@PathParam("contactId") UUID contactId, @PathParam("templateId") UUID templateId);

    /** A template's text per language; null where it has none. */
    record Texts(String fi, String sv, String en) {
    }

    record Template(UUID id, String name, Texts texts, int version, String updatedBy, Instant updatedAt) {
    }

    record Draft(String name, Texts texts) {
    }

    record Rendered(UUID templateId, String name, String language, String text, List<String> missing) {
    }
}
