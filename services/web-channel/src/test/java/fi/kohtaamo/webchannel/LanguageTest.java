package fi.kohtaamo.webchannel;

import fi.kohtaamo.webchannel.i18n.Language;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class LanguageTest {

    @Test
    void anExplicitChoiceWinsThenTheRememberedOneThenTheBrowsers() {
        assertThat(Language.resolve("en", "sv", "fi")).isEqualTo("en");
        assertThat(Language.resolve(null, "sv", "en")).isEqualTo("sv");
        assertThat(Language.resolve("de", null, "de-DE, sv-FI;q=0.8, en;q=0.5")).isEqualTo("sv");
        assertThat(Language.resolve(null, "xx", null)).isEqualTo("fi");
        assertThat(Language.resolve(null, null, ";;;garbage")).isEqualTo("fi");
        assertThat(Language.resolve(null, null, "-")).isEqualTo("fi");
    }
}
