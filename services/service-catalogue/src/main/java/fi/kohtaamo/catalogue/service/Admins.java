package fi.kohtaamo.catalogue.service;

import fi.kohtaamo.caller.Caller;

/** Who changes the catalogue: a catalogue admin changes only their own organisation's data. */
public final class Admins {

    public static final String ROLE = "catalogue-admin";

    private Admins() {
    }

    public static boolean administers(Caller caller, String organisationCode) {
        return caller.hasRole(ROLE) && caller.belongsTo(organisationCode);
    }
}
