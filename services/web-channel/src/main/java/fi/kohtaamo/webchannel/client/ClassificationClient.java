package fi.kohtaamo.webchannel.client;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.rest.client.annotation.RegisterClientHeaders;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

import java.util.List;

/** The catalogue's classifications in use: the life events and target groups its services can be browsed by. */
@RegisterRestClient(configKey = "catalogue")
@RegisterClientHeaders
@Path("/api/v1/classifications")
public interface ClassificationClient {

    @GET
    List<InUse> inUse(@QueryParam("kind") String kind);

    record InUse(String code, CatalogueClient.Texts labels, long services) {
    }
}
