package fi.kohtaamo.routing.service;

import fi.kohtaamo.problem.ProblemException;

import java.util.Set;

/**
 * Who is asking: the token's subject and username, organisation ({@code org} claim) and roles; or
 * nobody. {@code serviceAccount} marks an agency system signed in with client credentials.
 */
public record Caller(String subject, String username, String organisation, Set<String> roles, boolean serviceAccount) {

    public static final Caller ANONYMOUS = new Caller(null, null, null, Set.of(), false);

    public static final Set<String> QUEUE_WORKERS = Set.of("agent", "expert", "supervisor");

    /** The role of an Open311 client signed in with its api_key. */
    public static final String OPEN311_CLIENT = "open311-client";

    /** An Open311 client as a caller: its requests are the agency system's, on channel OPEN311. */
    public static Caller open311(String name, String organisation) {
        return new Caller("open311:" + name, name, organisation, Set.of(OPEN311_CLIENT), true);
    }

    public boolean open311() {
        return roles.contains(OPEN311_CLIENT);
    }

    public boolean anonymous() {
        return subject == null;
    }

    public boolean worksQueues() {
        return roles.stream().anyMatch(QUEUE_WORKERS::contains);
    }

    public boolean supervisor() {
        return roles.contains("supervisor");
    }

    /** A signed-in citizen submitting for themselves follows the contact signed in. */
    public boolean isClientThemself() {
        return !anonymous() && !serviceAccount && !worksQueues() && roles.contains("citizen");
    }

    /** Staff must belong to an organisation to see any of its work. */
    public String requireOrganisation() {
        if (organisation == null || organisation.isBlank()) {
            throw ProblemException.forbidden("Your account belongs to no organisation");
        }
        return organisation;
    }

    /** The name history shows for a staff member. */
    public String displayName() {
        return username != null ? username : subject;
    }
}
