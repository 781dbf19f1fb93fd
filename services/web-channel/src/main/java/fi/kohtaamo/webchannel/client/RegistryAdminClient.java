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
 * the clients a rule would take in, before saving) and citizens' erasure requests to decide. Who
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

    /** Every condition given must hold; an empty list or a null bound is no condition. */
    record Rule(List<String> kinds, List<String> organisationTypes, List<String> industryCodePrefixes,
                List<String> sizeClasses, List<String> municipalities, List<String> languages, Integer minAge,
                Integer maxAge) {
    }

    record Segment(String code, String nameFi, String nameSv, String nameEn, Rule rule, int version) {
    }

    record SegmentDraft(String nameFi, String nameSv, String nameEn, Rule rule) {
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
