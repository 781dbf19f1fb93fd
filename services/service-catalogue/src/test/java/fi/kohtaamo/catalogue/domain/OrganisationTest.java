package fi.kohtaamo.catalogue.domain;

import org.junit.jupiter.api.Test;

import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class OrganisationTest {

    @Test
    void aUnitIsUnderItsOwnAgencyOnly() {
        Organisation agency = organisation(null);
        Organisation unit = organisation(agency.id);
        Organisation other = organisation(null);
        assertThat(unit.isUnitOf(agency)).isTrue();
        assertThat(unit.isUnitOf(other)).isFalse();
        assertThat(agency.isUnitOf(agency)).isFalse();
        assertThat(unit.isUnitOf(null)).isFalse();
    }

    private static Organisation organisation(UUID parent) {
        Organisation organisation = new Organisation();
        organisation.id = UUID.randomUUID();
        organisation.parentId = parent;
        return organisation;
    }
}
