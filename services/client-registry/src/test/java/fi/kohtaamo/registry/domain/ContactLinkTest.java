package fi.kohtaamo.registry.domain;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** Which contact serves a read: the client's (or a merged one's), of the reader's organisation. */
class ContactLinkTest {

    private static final UUID CLIENT = UUID.randomUUID();
    private static final UUID MERGED = UUID.randomUUID();

    private static ContactLink link(UUID clientId, String organisation) {
        ContactLink link = new ContactLink();
        link.contactId = UUID.randomUUID();
        link.clientId = clientId;
        link.organisation = organisation;
        return link;
    }

    @Test
    void aContactOfTheReadersOrganisationAboutTheClientServes() {
        assertThat(link(CLIENT, "ely-uusimaa").serves(List.of(CLIENT), "ely-uusimaa", false)).isTrue();
        assertThat(link(MERGED, "ely-uusimaa").serves(List.of(MERGED, CLIENT), "ely-uusimaa", false)).isTrue();
    }

    @Test
    void anotherOrganisationsContactServesOnlyRegistryAdministration() {
        assertThat(link(CLIENT, "ely-pirkanmaa").serves(List.of(CLIENT), "ely-uusimaa", false)).isFalse();
        assertThat(link(CLIENT, "ely-pirkanmaa").serves(List.of(CLIENT), null, false)).isFalse();
        assertThat(link(CLIENT, "ely-pirkanmaa").serves(List.of(CLIENT), "ely-uusimaa", true)).isTrue();
    }

    @Test
    void aContactAboutAnotherClientOrNoneServesNobody() {
        assertThat(link(UUID.randomUUID(), "ely-uusimaa").serves(List.of(CLIENT), "ely-uusimaa", true)).isFalse();
        assertThat(link(null, "ely-uusimaa").serves(List.of(CLIENT), "ely-uusimaa", true)).isFalse();
    }
}
