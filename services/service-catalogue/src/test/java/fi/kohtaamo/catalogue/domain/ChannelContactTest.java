package fi.kohtaamo.catalogue.domain;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class ChannelContactTest {

    @ParameterizedTest
    @ValueSource(strings = {"https://www.ely-keskus.fi/", "https://asiointi.example.fi/lomake?x=1", "http://127.0.0.1:8080/",
            "http://localhost:8080/contact"})
    void httpsAndLocalAddressesAreLinks(String url) {
        assertThat(ChannelContact.isAcceptableUrl(url)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"http://www.ely-keskus.fi/", "javascript:alert(1)", "data:text/html,hi", "/relative/path",
            "https://", "ftp://files.example.fi/", "https://user:pw@example.fi/", "https://exa mple.fi/", "HTTP://example.fi"})
    void anythingElseIsRefused(String url) {
        assertThat(ChannelContact.isAcceptableUrl(url)).isFalse();
    }
}
