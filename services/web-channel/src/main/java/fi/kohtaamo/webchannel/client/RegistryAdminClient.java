package fi.kohtaamo.webchannel.client;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.rest.client.annotation.RegisterClientHeaders;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * The client registry as registry administration keeps it: segment definitions (with a count of
 * the clients a rule would take in, before saving), citizens' erasure requests to decide, and
 * clients found, read and corrected. Who
 * may do what is the registry's decision, by the token passed on.
 */
@RegisterRestClient(configKey = "registry")
@RegisterClientHeaders
@Path("/api/v1")
public interface RegistryAdminClient {

    @GET
    @Path("/segments")
    List<Segment> segments();

    /** A new segment ({@code ifMatch} null) or a change naming the version it replaces. */
    @PUT
    @Path("/segments/{code}")
    @Consumes(MediaType.APPLICATION_JSON)
    Defined define(@PathParam("code") String code, SegmentDraft draft, @HeaderParam("If-Match") String ifMatch);

    @POST
    @Path("/segments/preview")
    @Consumes(MediaType.APPLICATION_JSON)
    Preview preview(Rule rule);

    @GET
    @Path("/erasure-requests")
    List<ErasureRequest> erasureRequests(@QueryParam("status") String status);

    @POST
    @Path("/erasure-requests/{id}/decision")
    @Consumes(MediaType.APPLICATION_JSON)
    ErasureRequest decide(@PathParam("id") UUID id, Decision decision);

    /** Clients by name or e-mail, identity code, business id or phone; the criteria travel in the body, never a URL. */
    @POST
    @Path("/clients/search")
    @Consumes(MediaType.APPLICATION_JSON)
    List<Found> search(Search search);

    /** One client, its identity code masked; the read is audited with its purpose. */
    @GET
    @Path("/clients/{id}")
    Client client(@PathParam("id") UUID id, @QueryParam("purpose") String purpose);

    /** A correction naming the version it replaces; a null identity code keeps the one held. */
    @PUT
    @Path("/clients/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    Client correct(@PathParam("id") UUID id, Correction correction, @HeaderParam("If-Match") String ifMatch);

    /** A new client; 409 with {@code existingId} when its identity code or business id is held already. */
    @POST
    @Path("/clients")
    @Consumes(MediaType.APPLICATION_JSON)
    Client register(Registration registration);

    /** A duplicate folded into the client that stays, at the survivor's version (If-Match) and the duplicate's. */
    @POST
    @Path("/clients/{id}/merge")
    @Consumes(MediaType.APPLICATION_JSON)
    Client merge(@PathParam("id") UUID survivorId, Merge merge, @HeaderParam("If-Match") String ifMatch);

    record Registration(String kind, String firstName, String lastName, String name, String identityCode, String businessId,
                        String organisationType, String preferredLanguage, List<String> emails, List<String> phones,
                        String municipalityCode, String industryCode, String sizeClass) {
    }

    record Merge(UUID duplicateId, Integer duplicateVersion, String reason) {
    }

    record Search(String q, String identityCode, String businessId, String phone, String purpose) {
    }

    record Found(UUID id, String kind, String displayName, String businessId, java.time.LocalDate birthDate,
                 String municipalityCode) {
    }

    record Client(UUID id, String kind, String firstName, String lastName, String name, String identityCode,
                  java.time.LocalDate birthDate, String businessId, String organisationType, String preferredLanguage,
                  List<String> preferredChannels, List<String> emails, List<String> phones,
                  List<RegistryClient.Address> addresses, String municipalityCode, String industryCode, String sizeClass,
                  List<String> segments, int version) {
    }

    record Correction(String kind, String firstName, String lastName, String name, String businessId, String organisationType,
                      String preferredLanguage, List<String> preferredChannels, List<String> emails, List<String> phones,
                      List<RegistryClient.Address> addresses, String municipalityCode, String industryCode, String sizeClass) {
    }

    /** Every condition given must hold; an empty list or a null bound is no condition. */
    record Rule(List<String> kinds, List<String> organisationTypes, List<String> industryCodePrefixes,
                List<String> sizeClasses, List<String> municipalities, List<String> languages, Integer minAge,
                Integer maxAge) {
    }

    /** {@code preferredChannels}: the channels the segment's clients are guided to first. */
    record Segment(String code, String nameFi, String nameSv, String nameEn, Rule rule, List<String> preferredChannels,
                   int version) {
    }

    record SegmentDraft(String nameFi, String nameSv, String nameEn, Rule rule, List<String> preferredChannels) {
    }

    record Defined(String code, int clientsChanged) {
    }

    record Preview(long matching) {
    }

    record ErasureRequest(UUID id, UUID clientId, String status, String reason, Instant requestedAt, Instant decidedAt,
                          String decisionReason) {
    }

    record Decision(boolean approve, String reason) {
    }
}
