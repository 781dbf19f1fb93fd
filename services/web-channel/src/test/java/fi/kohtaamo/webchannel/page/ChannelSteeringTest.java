package fi.kohtaamo.webchannel.page;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ChannelSteeringTest {

    /** A channel as the steering sees it: its catalogue type and whether it gives an e-mail address. */
    record Channel(String name, String type, boolean email) {
    }

    private static final Channel WEB = new Channel("web", "ELECTRONIC", false);
    private static final Channel PAGE = new Channel("page", "WEB_PAGE", false);
    private static final Channel PHONE = new Channel("phone", "PHONE", true);
    private static final Channel OFFICE = new Channel("office", "SERVICE_LOCATION", false);
    private static final List<Channel> CATALOGUE = List.of(WEB, PHONE, OFFICE, PAGE);

    private static List<String> order(List<String> preferred) {
        return ChannelSteering.order(CATALOGUE, preferred, Channel::type, Channel::email).stream()
                .map(s -> s.channel().name() + (s.recommended() ? "*" : "")).toList();
    }

    @Test
    void preferredChannelsComeFirstInTheSegmentsOrderAndAreMarked() {
        assertThat(order(List.of("IN_PERSON", "PHONE"))).containsExactly("office*", "phone*", "web", "page");
        assertThat(order(List.of("WEB"))).containsExactly("web*", "page*", "phone", "office");
    }

    @Test
    void withoutPreferencesOrMatchesTheCataloguesOrderStays() {
        assertThat(order(List.of())).containsExactly("web", "phone", "office", "page");
        assertThat(order(null)).containsExactly("web", "phone", "office", "page");
        assertThat(order(List.of("LETTER", "UNKNOWN"))).containsExactly("web", "phone", "office", "page");
    }

    @Test
    void eMailIsAnyChannelGivingAnAddressAndAChannelIsShownOnce() {
        assertThat(order(List.of("EMAIL", "PHONE"))).containsExactly("phone*", "web", "office", "page");
        assertThat(order(List.of("CHAT", "WEB"))).containsExactly("web*", "page*", "phone", "office");
    }
}
