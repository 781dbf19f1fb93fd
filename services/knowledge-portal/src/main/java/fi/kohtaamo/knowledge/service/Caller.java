package fi.kohtaamo.knowledge.service;

import java.util.Set;

/** Who is asking: anonymous (no subject), a citizen, staff or a content editor of an organisation. */
public record Caller(String subject, String organisation, Set<String> roles) {

    /** Roles that read internal articles (answers for agents). */
    public static final Set<String> STAFF = Set.of("agent", "expert", "supervisor", "manager", "content-editor");

    public static final Caller ANONYMOUS = new Caller(null, null, Set.of());

    public boolean isStaff() {
        return roles.stream().anyMatch(STAFF::contains);
    }

    /**
     * Internal articles are the organisation's own working instructions for its staff, so they are
     * per organisation: another agency's staff neither find nor read them (sharing is publishing).
     */
    public boolean readsInternalOf(String owner) {
        return isStaff() && owner.equals(organisation);
    }

    /** A content editor of this organisation edits its articles. */
    public boolean edits(String owner) {
        return roles.contains("content-editor") && owner.equals(organisation);
    }
}
