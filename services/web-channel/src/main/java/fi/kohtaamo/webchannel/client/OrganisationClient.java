package fi.kohtaamo.webchannel.client;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

import java.util.List;

/** The catalogue's organisations, by which a supervisor chooses whom a queue is shared with. */
@RegisterRestClient(configKey = "catalogue")
@Path("/api/v1/organisations")
public interface OrganisationClient {

    @GET
    List<Organisation> organisations();

    /** The code is what routing's queue shares name. */
    record Organisation(String code, Name name) {
    }

    record Name(String fi, String sv, String en) {
    }
}
