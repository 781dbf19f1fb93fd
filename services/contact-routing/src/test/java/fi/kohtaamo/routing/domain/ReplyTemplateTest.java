package fi.kohtaamo.routing.domain;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ReplyTemplateTest {

    private static ReplyTemplate template(String fi, String sv, String en) {
        ReplyTemplate template = new ReplyTemplate();
        template.textFi = fi;
        template.textSv = sv;
        template.textEn = en;
        return template;
    }

    @Test
    void theContactsOwnLanguageComesFirst() {
        assertThat(template("hei", "hej", "hello").languageFor("sv")).isEqualTo("sv");
        assertThat(template("hei", "hej", "hello").languageFor("en")).isEqualTo("en");
    }

    @Test
    void aMissingLanguageFallsBackToFinnishThenSwedishThenEnglish() {
        assertThat(template("hei", null, "hello").languageFor("sv")).isEqualTo("fi");
        assertThat(template(null, "hej", "hello").languageFor("en")).isEqualTo("en");
        assertThat(template(null, "hej", "hello").languageFor("fi")).isEqualTo("sv");
        assertThat(template(null, null, "hello").languageFor("fi")).isEqualTo("en");
        assertThat(template("hei", null, null).languageFor("de")).isEqualTo("fi");
    }
}
