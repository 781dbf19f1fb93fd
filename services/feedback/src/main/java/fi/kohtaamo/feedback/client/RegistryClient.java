package fi.kohtaamo.feedback.client;

import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import org.eclipse.microprofile.rest.client.annotation.RegisterClientHeaders;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

import java.util.List;
import java.util.UUID;

/**
 * The client registry's survey recipients, asked with the caller's own token (propagated:
 * {@code org.eclipse.microprofile.rest.client.propagateHeaders}), so that the registry decides
 * whether this manager may read these addresses. This service's own view of the answer.
 */
@RegisterRestClient(configKey = "registry")
@RegisterClientHeaders
@Path("/api/v1/survey-recipients")
public interface RegistryClient {

    @POST
    Recipients recipients(Query query);

    /**
     * One of segment, role (a stakeholder role towards the organisation's agency) or clientIds;
     * {@code organisation} is the survey's (a manager's own; the service identity must name it).
     */
    record Query(String segment, String role, List<UUID> clientIds, String organisation) {

        public Query(String segment, String role, List<UUID> clientIds) {
            this(segment, role, clientIds, null);
        }
    }

    record Recipients(List<Recipient> recipients) {
    }

    record Recipient(UUID clientId, String email, String language) {
    }
}
