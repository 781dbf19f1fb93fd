package fi.kohtaamo.webchannel.client;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.rest.client.annotation.RegisterClientHeaders;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

import java.util.List;
import java.util.UUID;

/** The knowledge portal: search and published articles. */
@RegisterRestClient(configKey = "knowledge")
@RegisterClientHeaders
@Path("/api/v1")
public interface KnowledgeClient {

    @GET
    @Path("/search")
    Results search(@QueryParam("q") String query, @QueryParam("language") String language,
                   @QueryParam("serviceId") UUID serviceId, @QueryParam("limit") int limit);

    @GET
    @Path("/articles/{id}/translations/{language}")
    Text text(@PathParam("id") UUID id, @PathParam("language") String language);

    /** Articles that may answer a contact being written; those linked to the service first. */
    @GET
    @Path("/search/suggestions")
    List<Hit> suggestions(@QueryParam("text") String text, @QueryParam("language") String language,
                          @QueryParam("serviceId") UUID serviceId, @QueryParam("limit") int limit);

    /** {@code audience} PUBLIC or INTERNAL (staff of the owner only): only a public article goes into a reply. */
    record Hit(UUID articleId, String language, String title, String snippet, String audience) {
    }

    /** {@code missingWords}: the query's words that none of the listed texts has (when only some words matched). */
    record Results(List<Hit> results, boolean more, String didYouMean, List<String> missingWords) {
    }

    record Text(UUID articleId, String language, String title, String html) {
    }
}
