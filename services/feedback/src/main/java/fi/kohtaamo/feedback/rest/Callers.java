package fi.kohtaamo.feedback.rest;

import fi.kohtaamo.feedback.service.Caller;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import org.eclipse.microprofile.jwt.JsonWebToken;

/** The caller of the current request, from the verified access token. */
@RequestScoped
public class Callers {

    private final SecurityIdentity identity;
    private final JsonWebToken token;

    public Callers(SecurityIdentity identity, JsonWebToken token) {
        this.identity = identity;
        this.token = token;
    }

    public Caller current() {
        if (identity.isAnonymous()) {
            return Caller.ANONYMOUS;
        }
        String subject = token.getSubject() != null ? token.getSubject() : identity.getPrincipal().getName();
        Object org = token.getClaim("org");
        String username = token.getClaim("preferred_username");
        boolean serviceAccount = token.getClaim("client_id") != null
                || (username != null && username.startsWith("service-account-"));
        return new Caller(subject, username != null ? username : identity.getPrincipal().getName(),
                org == null ? null : org.toString(), identity.getRoles(), serviceAccount);
    }
}
