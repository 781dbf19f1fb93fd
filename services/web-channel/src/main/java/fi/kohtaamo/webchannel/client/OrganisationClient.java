package fi.kohtaamo.webchannel.client;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

import java.util.List;
import java.util.UUID;

/** The catalogue's organisations (public): whose results the public results pages show. */
@RegisterRestClient(configKey = "catalogue")
@Path("/api/v1/organisations")
public interface OrganisationClient {

    @GET
    List<Organisation> organisations();

    record Organisation(UUID id, String code, CatalogueClient.Texts name) {
    }
}
