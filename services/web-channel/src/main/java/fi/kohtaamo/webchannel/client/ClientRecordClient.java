package fi.kohtaamo.webchannel.client;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.rest.client.annotation.RegisterClientHeaders;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * The client registry as staff read it: every read names the contact it serves (the registry
 * checks that it is the reader's organisation's and concerns the client) and its purpose, and is
 * audited there. The identity code comes masked; revealing it is a separate, audited call.
 */
@RegisterRestClient(configKey = "registry")
@RegisterClientHeaders
@Path("/api/v1/clients")
public interface ClientRecordClient {

    @GET
    @Path("/{id}")
    Record read(@PathParam("id") UUID id, @QueryParam("contactId") UUID contactId, @QueryParam("purpose") String purpose);

    @POST
    @Path("/{id}/identity-code")
    @Consumes(MediaType.APPLICATION_JSON)
    Revealed reveal(@PathParam("id") UUID id, Reveal request);

    record Record(UUID id, String kind, String firstName, String lastName, String name, String identityCode,
                  LocalDate birthDate, String businessId, String preferredLanguage, List<String> emails, List<String> phones,
                  String municipalityCode, List<String> segments) {
    }

    record Reveal(UUID contactId, String reason) {
    }

    record Revealed(String identityCode) {
    }
}
