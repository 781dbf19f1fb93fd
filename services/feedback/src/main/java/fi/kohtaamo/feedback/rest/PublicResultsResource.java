package fi.kohtaamo.feedback.rest;

import fi.kohtaamo.feedback.domain.Quarter;
import fi.kohtaamo.feedback.service.PublicResults;
import fi.kohtaamo.problem.ProblemException;
import fi.kohtaamo.problem.RequestValues;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.time.Instant;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * The public results: read-only, for anyone, signed in or not. Only aggregates leave here, so the
 * answer may be cached by browsers and proxies for a few minutes: a past quarter's figures change
 * only when late events arrive.
 */
@Path("/api/v1/public-results")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Public results")
@PermitAll
public class PublicResultsResource {

    /** An organisation code as the catalogue writes them ("ely-lappi", "kela"). */
    private static final Pattern ORGANISATION = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_-]{0,79}");
    private static final String CACHE = "public, max-age=300";

    private final PublicResults results;

    public PublicResultsResource(PublicResults results) {
        this.results = results;
    }

    @GET
    @Operation(summary = "An organisation's (or one service's) public results of a completed quarter",
            description = "quarter is YYYY-Qn in Europe/Helsinki time, a quarter that has ended (default: the last one). "
                    + "Service levels and times are left out for fewer than minimumGroupSize contacts, "
                    + "satisfaction for fewer than minimumGroupSize answers (suppressed: true).")
    @APIResponse(responseCode = "200", description = "The results",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PublicResults.Results.class)))
    @APIResponse(responseCode = "400", description = "A bad query parameter, named")
    @APIResponse(responseCode = "404", description = "No such organisation, or no such service of it")
    public Response results(@QueryParam("organisation") String organisation, @QueryParam("service") String service,
                            @QueryParam("quarter") String quarter) {
        if (organisation == null || !ORGANISATION.matcher(organisation).matches()) {
            throw ProblemException.invalid("organisation", "an organisation's code: letters, digits, hyphens and underscores");
        }
        UUID serviceId = service == null ? null : RequestValues.uuid("service", service);
        Instant now = Instant.now();
        Quarter period = quarter == null ? Quarter.lastFullBefore(now) : Quarter.parseOrNull(quarter);
        if (period == null) {
            throw ProblemException.invalid("quarter", "a quarter as YYYY-Qn, for example 2026-Q3");
        }
        if (!period.endedBy(now)) {
            throw ProblemException.invalid("quarter", "only a quarter that has ended is published");
        }
        return Response.ok(results.of(organisation, serviceId, period)).header("Cache-Control", CACHE).build();
    }
}
