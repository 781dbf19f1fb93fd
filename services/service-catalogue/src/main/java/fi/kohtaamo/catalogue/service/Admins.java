package fi.kohtaamo.catalogue.service;

import java.util.Set;

/** Who changes the catalogue: a catalogue admin changes only their own organisation's data. */
public final class Admins {

    public static final String ROLE = "catalogue-admin";

    private Admins() {
    }

    public record Caller(String subject, String organisation, Set<String> roles) {

        public static final Caller ANONYMOUS = new Caller(null, null, Set.of());

        public boolean administers(String organisationCode) {
            return roles.contains(ROLE) && organisation != null && organisation.equals(organisationCode);
        }
    }
}
