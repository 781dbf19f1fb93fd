package fi.kohtaamo.webchannel.client;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import org.eclipse.microprofile.rest.client.annotation.RegisterClientHeaders;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** The client registry, as a signed-in citizen sees their own record. */
@RegisterRestClient(configKey = "registry")
@RegisterClientHeaders
@Path("/api/v1/me")
public interface RegistryClient {

    @GET
    Own me();

    @GET
    @Path("/access-log")
    List<Access> accessLog();

    record Own(String kind, String firstName, String lastName, String name, LocalDate birthDate, String businessId,
               String preferredLanguage, List<String> preferredChannels, List<String> emails, List<String> phones,
               String municipalityCode, List<String> segments, List<String> segmentChannels, Instant updatedAt) {
    }

    record Access(Instant at, String organisation, String roles, String action, String purpose) {
    }
}
