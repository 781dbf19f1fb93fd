package fi.kohtaamo.webchannel.client;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.rest.client.annotation.RegisterClientHeaders;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * The client registry, as a signed-in citizen sees their own record: reading it, correcting the
 * contact details a person may change themselves (naming the version read, If-Match), asking for
 * a copy of everything (an export) and asking to be forgotten (an erasure request).
 */
@RegisterRestClient(configKey = "registry")
@RegisterClientHeaders
@Path("/api/v1/me")
public interface RegistryClient {

    @GET
    Own me();

    @GET
    @Path("/access-log")
    List<Access> accessLog();

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    Own correct(Correction correction, @HeaderParam("If-Match") String ifMatch);

    @POST
    @Path("/exports")
    Export requestExport();

    @GET
    @Path("/exports")
    List<Export> exports();

    /** One export with its document, as the registry sends it: the citizen's copy, passed on unchanged. */
    @GET
    @Path("/exports/{id}")
    String exportDocument(@PathParam("id") UUID id);

    @POST
    @Path("/erasure-requests")
    @Consumes(MediaType.APPLICATION_JSON)
    Erasure requestErasure(ErasureAsk ask);

    @GET
    @Path("/erasure-requests")
    List<Erasure> erasureRequests();

    record Own(String kind, String firstName, String lastName, String name, LocalDate birthDate, String businessId,
               String preferredLanguage, List<String> preferredChannels, List<String> emails, List<String> phones,
               List<Address> addresses, String municipalityCode, List<String> segments, List<String> segmentChannels, int version,
               Instant updatedAt) {
    }

    record Address(String kind, String street, String postalCode, String postOffice, String country) {
    }

    /** What a person may change themselves; names and the identity code come from the sign-in. */
    record Correction(String preferredLanguage, List<String> preferredChannels, List<String> emails, List<String> phones,
                      List<Address> addresses, String municipalityCode) {
    }

    record Export(UUID id, String status, Instant requestedAt, Instant deadlineAt, Instant completedAt,
                  List<String> missingParts) {
    }

    record ErasureAsk(String reason) {
    }

    record Erasure(UUID id, String status, String reason, Instant requestedAt, Instant decidedAt, String decisionReason) {
    }

    record Access(Instant at, String organisation, String roles, String action, String purpose) {
    }
}
