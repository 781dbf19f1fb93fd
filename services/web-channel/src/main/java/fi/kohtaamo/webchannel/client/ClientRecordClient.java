package fi.kohtaamo.webchannel.client;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.rest.client.annotation.RegisterClientHeaders;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** The client registry as staff read it: every read names its purpose and is audited there. */
@RegisterRestClient(configKey = "registry")
@RegisterClientHeaders
@Path("/api/v1/clients")
public interface ClientRecordClient {

    @GET
    @Path("/{id}")
    Record read(@PathParam("id") UUID id, @QueryParam("purpose") String purpose);

    record Record(UUID id, String kind, String firstName, String lastName, String name, String identityCode,
                  LocalDate birthDate, String businessId, String preferredLanguage, List<String> emails, List<String> phones,
                  String municipalityCode, List<String> segments) {
    }
}
