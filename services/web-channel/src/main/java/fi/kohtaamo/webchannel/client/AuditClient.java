package fi.kohtaamo.webchannel.client;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.rest.client.annotation.RegisterClientHeaders;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * The client registry's audit log, as an auditor reads it: who read or changed a client's
 * personal data, when and why. The registry scopes it (an auditor sees their own organisation's
 * staff, a platform-auditor everyone) and defaults the period to the last 30 days.
 */
@RegisterRestClient(configKey = "registry")
@RegisterClientHeaders
@Path("/api/v1/audit")
public interface AuditClient {

    /** Entries newest first, in [from, to) (ISO-8601 instants; null for the registry's default). */
    @GET
    List<Entry> entries(@QueryParam("clientId") UUID clientId, @QueryParam("actor") String actor,
                        @QueryParam("from") String from, @QueryParam("to") String to);

    record Entry(long id, UUID clientId, String actor, String organisation, String roles, String action, String purpose,
                 UUID contactId, Instant at) {
    }
}
