package fi.kohtaamo.caller;

import fi.kohtaamo.problem.ProblemException;

import java.util.Collection;
import java.util.List;
import java.util.Set;

/**
 * Who is asking, as the verified access token says: the token's {@code subject}, the user name
 * ({@code preferred_username}), the {@code organisation} ({@code org} claim), the realm roles, and
 * whether an agency system signed in with client credentials ({@code serviceAccount}) rather than a
 * person, and then which client it is ({@code clientId}: the token's {@code client_id}, else its
 * {@code azp}; null for a person). Nobody signed in is {@link #ANONYMOUS}: no subject, no roles.
 *
 * <p>Mechanism only. What a role allows is each service's own rule and stays in the service (what
 * "staff" means differs from service to service); this record answers only questions whose answer
 * is the same everywhere.
 */
public record Caller(String subject, String username, String organisation, Set<String> roles, boolean serviceAccount,
                     String clientId) {

    /** The caller of a request without a token. */
    public static final Caller ANONYMOUS = new Caller(null, null, null, Set.of(), false);

    /** A caller whose client is not known (a person, a test, a caller a service makes up). */
    public Caller(String subject, String username, String organisation, Set<String> roles, boolean serviceAccount) {
        this(subject, username, organisation, roles, serviceAccount, null);
    }

    /**
     * A blank organisation is no organisation, so that every check treats a token with an empty
     * {@code org} the same way; roles are copied so that the caller cannot change under a check.
     */
    public Caller {
        organisation = organisation == null || organisation.isBlank() ? null : organisation;
        roles = roles == null ? Set.of() : Set.copyOf(roles);
        clientId = serviceAccount && clientId != null && !clientId.isBlank() ? clientId : null;
    }

    /**
     * Work a service does on its own, outside any request (a scheduled job): recorded as
     * {@code system:<job>} wherever an actor is written, with no organisation and no roles.
     */
    public static Caller system(String job) {
        String subject = "system:" + job;
        return new Caller(subject, subject, null, Set.of(), true);
    }

    public boolean isAnonymous() {
        return subject == null;
    }

    /** Signed in as a person (citizen or staff), not as an agency system. */
    public boolean isPerson() {
        return !isAnonymous() && !serviceAccount;
    }

    public boolean hasRole(String role) {
        return roles.contains(role);
    }

    public boolean hasAnyRole(Collection<String> anyOf) {
        return anyOf.stream().anyMatch(roles::contains);
    }

    public boolean hasAnyRole(String... anyOf) {
        return hasAnyRole(List.of(anyOf));
    }

    /** True when the caller belongs to this organisation; a caller without one belongs to none. */
    public boolean belongsTo(String owner) {
        return organisation != null && organisation.equals(owner);
    }

    /** Staff must belong to an organisation to see any of its work: 403 when the token names none. */
    public String requireOrganisation() {
        if (organisation == null) {
            throw ProblemException.forbidden("Your account belongs to no organisation");
        }
        return organisation;
    }

    /**
     * Another agency's object is answered as if it did not exist (404, the same problem as for an
     * unknown id), so that a caller cannot even learn that it exists.
     *
     * @param owner the organisation that owns the object
     * @param what  the object's kind as the problem names it, e.g. {@code "Contact"}
     * @param id    the id the caller asked for
     */
    public void requireSameOrganisation(String owner, String what, Object id) {
        if (!belongsTo(owner)) {
            throw ProblemException.notFound(what, id);
        }
    }

    /** The name that history and "handled by" show: the user name, else the subject. */
    public String displayName() {
        return username != null ? username : subject;
    }
}
