package fi.kohtaamo.registry.service;

import java.util.Set;

/** Who is asking, from the verified token. */
public record Caller(String subject, String organisation, Set<String> roles) {

    /** Staff who may read a client's personal data, always with a stated purpose. */
    public static final Set<String> READERS = Set.of("agent", "expert", "supervisor", "registry-admin");

    public String rolesText() {
        return String.join(",", new java.util.TreeSet<>(roles));
    }
}
