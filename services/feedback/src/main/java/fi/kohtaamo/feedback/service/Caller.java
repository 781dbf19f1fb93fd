package fi.kohtaamo.feedback.service;

import fi.kohtaamo.problem.ProblemException;

import java.util.Set;

/** Who is asking: subject, username, organisation ({@code org} claim) and roles; or nobody. */
public record Caller(String subject, String username, String organisation, Set<String> roles, boolean serviceAccount) {

    public static final Caller ANONYMOUS = new Caller(null, null, null, Set.of(), false);

    /** Staff who handle their organisation's feedback. */
    public static final Set<String> HANDLERS = Set.of("feedback-handler", "manager");

    public boolean anonymous() {
        return subject == null;
    }

    public boolean has(String role) {
        return roles.contains(role);
    }

    public boolean handlesFeedback() {
        return roles.stream().anyMatch(HANDLERS::contains);
    }

    /** Staff or an agency system, who may log feedback from other channels and name its client. */
    public boolean staff() {
        return serviceAccount || handlesFeedback() || roles.contains("agent") || roles.contains("expert")
                || roles.contains("supervisor");
    }

    public boolean citizen() {
        return !anonymous() && !staff() && roles.contains("citizen");
    }

    public String requireOrganisation() {
        if (organisation == null || organisation.isBlank()) {
            throw ProblemException.forbidden("Your account belongs to no organisation");
        }
        return organisation;
    }

    public String displayName() {
        return username != null ? username : subject;
    }
}
