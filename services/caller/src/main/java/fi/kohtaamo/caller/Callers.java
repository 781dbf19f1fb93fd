package fi.kohtaamo.caller;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import org.eclipse.microprofile.jwt.JsonWebToken;

import java.util.Set;
import java.util.function.Function;

/**
 * The caller of the current request, for REST resources: inject it and pass
 * {@code callers.current()} to the use case, which then needs no security API of its own.
 * Request-scoped because resources are singletons and the caller changes with every request.
 */
@RequestScoped
public class Callers {

    /** Keycloak names the user of a client-credentials token {@code service-account-<client>}. */
    static final String SERVICE_ACCOUNT_PREFIX = "service-account-";

    private final SecurityIdentity identity;
    private final JsonWebToken token;
    private Caller current;

    public Callers(SecurityIdentity identity, JsonWebToken token) {
        this.identity = identity;
        this.token = token;
    }

    public Caller current() {
        if (current == null) {
            current = identity.isAnonymous() ? Caller.ANONYMOUS
                    : fromToken(identity.getPrincipal().getName(), identity.getRoles(), token.getSubject(), token::getClaim);
        }
        return current;
    }

    /**
     * A signed-in caller from the token's claims. The subject and user name fall back to the
     * principal's name, which is what a token without {@code sub} (or a test identity) has. Keycloak
     * marks a client-credentials token with a {@code client_id} claim and a service-account user
     * name; either makes the caller a service account, whose client is {@code client_id}, else the
     * authorised party {@code azp} (for a client-credentials token, the client itself). Only a single string {@code org} names an
     * organisation: anything else (a list, an empty string) names none, rather than a text that
     * never matches an owner.
     */
    static Caller fromToken(String principalName, Set<String> roles, String tokenSubject, Function<String, Object> claims) {
        String subject = text(tokenSubject);
        String username = text(claims.apply("preferred_username"));
        boolean serviceAccount = claims.apply("client_id") != null
                || (username != null && username.startsWith(SERVICE_ACCOUNT_PREFIX));
        String clientId = text(claims.apply("client_id"));
        return new Caller(subject != null ? subject : principalName, username != null ? username : principalName,
                text(claims.apply("org")), roles, serviceAccount, clientId != null ? clientId : text(claims.apply("azp")));
    }

    private static String text(Object claim) {
        return claim instanceof String value && !value.isBlank() ? value : null;
    }
}
