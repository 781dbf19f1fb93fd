package fi.kohtaamo.feedback.client;

import io.quarkus.oidc.client.filter.OidcClientFilter;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/**
 * The same survey recipients, asked by this service itself when no manager is there (the scheduled
 * rounds of a recurring survey): its own client-credentials token (quarkus-oidc-client, client
 * {@code kohtaamo-feedback}), whose role {@code survey-sender} the registry accepts for this one
 * operation only, for the organisation the query names.
 */
@RegisterRestClient(configKey = "registry-service")
@OidcClientFilter
@Path("/api/v1/survey-recipients")
public interface RegistryServiceClient {

    @POST
    RegistryClient.Recipients recipients(RegistryClient.Query query);
}
