package fi.kohtaamo.routing.service;

import fi.kohtaamo.caller.Caller;

import java.util.Set;

/**
 * Routing's own rules on a caller's roles: who works queues, which caller is an Open311 client,
 * and when a signed-in citizen submits for themselves.
 */
public final class RoutingRoles {

    public static final Set<String> QUEUE_WORKERS = Set.of("agent", "expert", "supervisor");

    public static final String SUPERVISOR = "supervisor";

    /** The role of an Open311 client signed in with its api_key. */
    public static final String OPEN311_CLIENT = "open311-client";

    /** The role of a mailbox routing reads: its messages are contacts on channel EMAIL. */
    public static final String MAILBOX = "mailbox";

    private RoutingRoles() {
    }

    /** A mailbox as the caller of intake: it speaks for no person, so its contacts are the client's own. */
    public static Caller mailbox(java.util.UUID id, String organisation) {
        String subject = "mailbox:" + id;
        return new Caller(subject, subject, organisation, Set.of(MAILBOX), true);
    }

    public static boolean isMailbox(Caller caller) {
        return caller.hasRole(MAILBOX);
    }

    /** An Open311 client as a caller: its requests are the agency system's, on channel OPEN311. */
    public static Caller open311Client(String name, String organisation) {
        return new Caller("open311:" + name, name, organisation, Set.of(OPEN311_CLIENT), true);
    }

    public static boolean isOpen311(Caller caller) {
        return caller.hasRole(OPEN311_CLIENT);
    }

    /**
     * An agency system: a client-credentials client of an organisation (Keycloak's service account),
     * neither an Open311 client nor a mailbox, which are service accounts of their own kind.
     */
    public static boolean isAgencySystem(Caller caller) {
        return caller.serviceAccount() && caller.organisation() != null && !isOpen311(caller) && !isMailbox(caller);
    }

    /**
     * The agency system a contact is submitted by, as its events name it: an agency system's client
     * id (its user name when the token named no client), an Open311 client as {@code open311:<name>};
     * null for anyone else (people, mailboxes).
     */
    public static String submittingSystem(Caller caller) {
        if (isOpen311(caller)) {
            return caller.subject();
        }
        if (isAgencySystem(caller)) {
            return caller.clientId() != null ? caller.clientId() : caller.username();
        }
        return null;
    }

    public static boolean worksQueues(Caller caller) {
        return caller.hasAnyRole(QUEUE_WORKERS);
    }

    public static boolean supervises(Caller caller) {
        return caller.hasRole(SUPERVISOR);
    }

    /** A signed-in citizen submitting for themselves follows the contact signed in. */
    public static boolean isClientThemself(Caller caller) {
        return caller.isPerson() && !worksQueues(caller) && caller.hasRole("citizen");
    }
}
