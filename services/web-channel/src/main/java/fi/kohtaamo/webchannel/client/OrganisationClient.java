package fi.kohtaamo.webchannel.client;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

import java.util.List;
import java.util.UUID;

/**
 * The catalogue's organisations (public): whom a supervisor shares a queue with, whose results the
 * public pages show.
 */
@RegisterRestClient(configKey = "catalogue")
@Path("/api/v1/organisations")
public interface OrganisationClient {

    @GET
    List<Organisation> organisations();

    /** The code is what routing's queue shares name; a unit (a responsibility area) has its agency as parent. */
    record Organisation(UUID id, String code, UUID parentId, CatalogueClient.Texts name) {

        /** An agency rather than one of its units: whom queues are shared with and results are published for. */
        public boolean agency() {
            return parentId == null;
        }
    }
}
