package fi.kohtaamo.routing.service;

import java.util.Set;

/**
 * Who is asking: the token's subject, organisation ({@code org} claim) and roles; or nobody.
 * {@code serviceAccount} marks an agency system signed in with client credentials.
 */
public record Caller(String subject, String organisation, Set<String> roles, boolean serviceAccount) {

    public static final Caller ANONYMOUS = new Caller(null, null, Set.of(), false);

    public static final Set<String> QUEUE_WORKERS = Set.of("agent", "expert", "supervisor");

    public boolean anonymous() {
        return subject == null;
    }

    public boolean worksQueues() {
        return roles.stream().anyMatch(QUEUE_WORKERS::contains);
    }

    /** A signed-in citizen submitting for themselves follows the contact signed in. */
    public boolean isClientThemself() {
        return !anonymous() && !serviceAccount && !worksQueues() && roles.contains("citizen");
    }
}
