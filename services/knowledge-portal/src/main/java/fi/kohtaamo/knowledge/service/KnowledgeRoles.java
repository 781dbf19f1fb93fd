package fi.kohtaamo.knowledge.service;

import fi.kohtaamo.caller.Caller;

import java.util.Set;

/** The knowledge base's own rules on a caller's roles: who reads internal articles, who edits. */
public final class KnowledgeRoles {

    /** Roles that read internal articles (answers for agents). */
    public static final Set<String> STAFF = Set.of("agent", "expert", "supervisor", "manager", "content-editor");

    public static final String CONTENT_EDITOR = "content-editor";

    private KnowledgeRoles() {
    }

    public static boolean isStaff(Caller caller) {
        return caller.hasAnyRole(STAFF);
    }

    /**
     * Internal articles are the organisation's own working instructions for its staff, so they are
     * per organisation: another agency's staff neither find nor read them (sharing is publishing).
     */
    public static boolean readsInternalOf(Caller caller, String owner) {
        return isStaff(caller) && caller.belongsTo(owner);
    }

    /** A content editor of this organisation edits its articles. */
    public static boolean edits(Caller caller, String owner) {
        return caller.hasRole(CONTENT_EDITOR) && caller.belongsTo(owner);
    }
}
