package fi.kohtaamo.feedback.service;

import fi.kohtaamo.caller.Caller;

import java.util.Set;

/** Feedback's own rules on a caller's roles: who handles feedback, who is staff, who is the sender. */
public final class FeedbackRoles {

    /** Staff who handle their organisation's feedback. */
    public static final Set<String> HANDLERS = Set.of("feedback-handler", "manager");

    /** Staff of the contact centre, who may log feedback heard on other channels. */
    public static final Set<String> CONTACT_STAFF = Set.of("agent", "expert", "supervisor");

    private FeedbackRoles() {
    }

    public static boolean handlesFeedback(Caller caller) {
        return caller.hasAnyRole(HANDLERS);
    }

    /** Staff or an agency system, who may log feedback from other channels and name its client. */
    public static boolean staff(Caller caller) {
        return caller.serviceAccount() || handlesFeedback(caller) || caller.hasAnyRole(CONTACT_STAFF);
    }

    /** A signed-in citizen, who follows their own feedback. */
    public static boolean citizen(Caller caller) {
        return !caller.isAnonymous() && !staff(caller) && caller.hasRole("citizen");
    }
}
