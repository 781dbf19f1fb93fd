package fi.kohtaamo.catalogue.service;

import fi.kohtaamo.caller.Caller;
import org.junit.jupiter.api.Test;

import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class AdminsTest {

    @Test
    void aCatalogueAdminAdministersTheirOwnOrganisation() {
        Caller admin = new Caller("s", "u", "ely-uusimaa", Set.of(Admins.ROLE), false);
        assertThat(Admins.administers(admin, "ely-uusimaa")).isTrue();
        assertThat(Admins.administers(admin, "kela")).isFalse();
    }

    @Test
    void withoutTheRoleOrAnOrganisationNobodyAdministers() {
        assertThat(Admins.administers(new Caller("s", "u", "ely-uusimaa", Set.of("manager"), false), "ely-uusimaa")).isFalse();
        assertThat(Admins.administers(new Caller("s", "u", null, Set.of(Admins.ROLE), false), "ely-uusimaa")).isFalse();
        assertThat(Admins.administers(Caller.ANONYMOUS, "ely-uusimaa")).isFalse();
    }
}
