package fi.kohtaamo.webchannel.client;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Feedback's public results (no sign-in): a completed quarter's figures per service, small groups
 * already left out by feedback. No client headers: the answer is the same for everyone.
 */
@RegisterRestClient(configKey = "feedback")
@Path("/api/v1/public-results")
public interface PublicResultsClient {

    @GET
    Results results(@QueryParam("organisation") String organisation, @QueryParam("service") UUID service,
                    @QueryParam("quarter") String quarter);

    record Results(String organisation, String quarter, Instant from, Instant to, int minimumGroupSize, Figures total,
                   List<Figures> services) {
    }

    record Figures(UUID serviceId, Map<String, String> name, long contacts, Long answered, Double firstResponseAttainment,
                   Long medianFirstResponseMinutes, Long resolved, Double resolutionAttainment, Long medianResolutionMinutes,
                   Long responses, Double csatAverage, Integer nps, boolean serviceLevelSuppressed,
                   boolean satisfactionSuppressed) {
    }
}
