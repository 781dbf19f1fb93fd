package fi.kohtaamo.feedback.rest;

import fi.kohtaamo.feedback.repository.ContactFactRepository;
import fi.kohtaamo.feedback.service.Statistics;
import fi.kohtaamo.problem.RequestValues;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

@Path("/api/v1/statistics")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Statistics")
@RolesAllowed({"manager", "supervisor"})
public class StatisticsResource {

    private final Statistics statistics;
    private final JsonWebToken token;

    public StatisticsResource(Statistics statistics, JsonWebToken token) {
        this.statistics = statistics;
        this.token = token;
    }

    public record ContactVolume(UUID serviceId, String channel, long contacts) {
        static ContactVolume of(ContactFactRepository.Volume volume) {
            return new ContactVolume(volume.serviceId(), volume.channel(), volume.contacts());
        }
    }

    @GET
    @Path("/contact-volumes")
    @Operation(summary = "Contacts received per service and channel in the caller's organisation",
            description = "Period [from, to) as ISO-8601 instants; by default the last 30 days.")
    public List<ContactVolume> contactVolumes(@QueryParam("from") String from, @QueryParam("to") String to) {
        Instant end = RequestValues.instant("to", to, Instant.now());
        Instant start = RequestValues.instant("from", from, end.minus(Duration.ofDays(30)));
        Object org = token.getClaim("org");
        return statistics.contactVolumes(org == null ? null : org.toString(), start, end).stream()
                .map(ContactVolume::of).toList();
    }

    public record ServiceLevel(UUID serviceId, String channel, long contacts, long answered, long answeredOnTime,
                               Double firstResponseAttainment, long resolved, long resolvedOnTime,
                               Double resolutionAttainment) {
        static ServiceLevel of(ContactFactRepository.Attainment row) {
            return new ServiceLevel(row.serviceId(), row.channel(), row.contacts(), row.answered(), row.answeredOnTime(),
                    share(row.answeredOnTime(), row.answered()), row.resolved(), row.resolvedOnTime(),
                    share(row.resolvedOnTime(), row.resolved()));
        }

        /** A share rounded to three decimals; null when nothing was counted. */
        private static Double share(long part, long whole) {
            return whole == 0 ? null : Math.round(part * 1000.0 / whole) / 1000.0;
        }
    }

    @GET
    @Path("/service-levels")
    @Operation(summary = "First-response and resolution service-level attainment per service and channel",
            description = "Contacts received in [from, to) in the caller's organisation (default: the last 30 days): "
                    + "how many were answered and resolved, how many by their deadline, and the shares.")
    public List<ServiceLevel> serviceLevels(@QueryParam("from") String from, @QueryParam("to") String to) {
        Instant end = RequestValues.instant("to", to, Instant.now());
        Instant start = RequestValues.instant("from", from, end.minus(Duration.ofDays(30)));
        Object org = token.getClaim("org");
        return statistics.serviceLevels(org == null ? null : org.toString(), start, end).stream()
                .map(ServiceLevel::of).toList();
    }
}
