package fi.kohtaamo.webchannel.client;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.rest.client.annotation.RegisterClientHeaders;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * The client registry as registry administration keeps it: segment definitions (with a count of
 * the clients a rule would take in, before saving), citizens' erasure requests to decide, and
 * clients found, read, registered (with the similar ones asked first) and corrected, their relations
 * and their stakeholder roles towards the administrator's own agency. Who
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

    /** Possible duplicates of a person (first and last name) or an organisation (name) sharing an e-mail or phone. */
    @POST
    @Path("/clients/candidates")
    @Consumes(MediaType.APPLICATION_JSON)
    List<Candidate> candidates(CandidateQuery query);

    /** The client's relations known to the caller's agency, from either side; the read is audited with its purpose. */
    @GET
    @Path("/clients/{id}/relations")
    List<Relation> relations(@PathParam("id") UUID id, @QueryParam("purpose") String purpose);

    /** A person acting for an organisation, in the caller's agency's work; 409 when recorded already. */
    @POST
    @Path("/clients/{id}/relations")
    @Consumes(MediaType.APPLICATION_JSON)
    Relation relate(@PathParam("id") UUID personId, NewRelation relation);

    /** A relation removed at the version shown (If-Match). */
    @DELETE
    @Path("/clients/{id}/relations/{relationId}")
    void unrelate(@PathParam("id") UUID id, @PathParam("relationId") UUID relationId, @HeaderParam("If-Match") String ifMatch);

    /** The roles towards the caller's agency ({@link Role} list), the set's version as the ETag. */
    @GET
    @Path("/clients/{id}/stakeholder-roles")
    Response roles(@PathParam("id") UUID id);

    /** The roles towards the caller's own agency set at the version shown (If-Match). */
    @PUT
    @Path("/clients/{id}/stakeholder-roles/{agency}")
    @Consumes(MediaType.APPLICATION_JSON)
    Response setRoles(@PathParam("id") UUID id, @PathParam("agency") String agency, Roles roles,
                      @HeaderParam("If-Match") String ifMatch);

    record CandidateQuery(String firstName, String lastName, String name, String email, String phone, String purpose) {
    }

    record Candidate(UUID id, String displayName, double score, List<String> matchedOn) {
    }

    record Relation(UUID id, UUID personId, String personName, UUID organisationId, String organisationName, String kind,
                    String agency, java.time.LocalDate validFrom, java.time.LocalDate validUntil, int version) {
    }

    record NewRelation(UUID organisationId, String kind, java.time.LocalDate validFrom, java.time.LocalDate validUntil) {
    }

    record Role(String agency, String role, java.time.LocalDate since) {
    }

    record Roles(List<String> roles) {
    }

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
