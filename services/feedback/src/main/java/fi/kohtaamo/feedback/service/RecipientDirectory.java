package fi.kohtaamo.feedback.service;

import fi.kohtaamo.feedback.client.RegistryClient;
import fi.kohtaamo.feedback.client.RegistryServiceClient;
import fi.kohtaamo.problem.Problem;
import fi.kohtaamo.problem.ProblemException;
import io.quarkus.oidc.client.OidcClientException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.logging.Logger;

import java.util.List;
import java.util.function.Supplier;

/**
 * Where survey recipients' addresses come from: the client registry, asked at send time with the
 * manager's token. Its refusals become this service's problems naming the audience field; an
 * unreachable registry is a 503, never a half-sent survey.
 */
@ApplicationScoped
public class RecipientDirectory {

    private static final Logger LOG = Logger.getLogger(RecipientDirectory.class);

    private final RegistryClient registry;
    private final RegistryServiceClient service;

    public RecipientDirectory(@RestClient RegistryClient registry, @RestClient RegistryServiceClient service) {
        this.registry = registry;
        this.service = service;
    }

    /** The active clients with an address that the query names; {@code field} is the audience field asked. */
    public List<RegistryClient.Recipient> recipients(RegistryClient.Query query, String field) {
        return ask(() -> registry.recipients(query), field);
    }

    /**
     * The same, asked as this service (a scheduled round: no manager is there); the query names
     * the survey's organisation, the only one whose recipients the registry then gives.
     */
    public List<RegistryClient.Recipient> recipientsAsService(RegistryClient.Query query, String field) {
        if (query.organisation() == null) {
            throw new IllegalArgumentException("a service query names the survey's organisation");
        }
        return ask(() -> service.recipients(query), field);
    }

    private static List<RegistryClient.Recipient> ask(Supplier<RegistryClient.Recipients> call, String field) {
        try {
            RegistryClient.Recipients answer = call.get();
            return answer == null || answer.recipients() == null ? List.of() : answer.recipients();
        } catch (WebApplicationException e) {
            int status = e.getResponse().getStatus();
            if (status == 400) {
                throw ProblemException.invalid(field, "the client registry does not know it");
            }
            if (status == 401 || status == 403) {
                throw ProblemException.forbidden("The client registry does not give you these recipients");
            }
            LOG.warnf("The client registry answered %d to a survey recipient query", status);
            throw unavailable();
        } catch (OidcClientException e) {
            LOG.warnf("This service's token for the client registry could not be had: %s", e.getClass().getSimpleName());
            throw unavailable();
        } catch (ProcessingException e) {
            LOG.warnf("The client registry could not be reached: %s", e.getClass().getSimpleName());
            throw unavailable();
        }
    }

    private static ProblemException unavailable() {
        return new ProblemException(Problem.of(503, "registry-unavailable", "Service unavailable",
                "The client registry cannot be reached; nothing was sent"));
    }
}
