package fi.kohtaamo.knowledge.rest;

import fi.kohtaamo.knowledge.service.Caller;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import org.eclipse.microprofile.jwt.JsonWebToken;

/** The caller of the current request, from the verified access token; anonymous without one. */
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
        Object org = token.getClaim("org");
        String subject = token.getSubject() != null ? token.getSubject() : identity.getPrincipal().getName();
        return new Caller(subject, org == null ? null : org.toString(), identity.getRoles());
    }
}
