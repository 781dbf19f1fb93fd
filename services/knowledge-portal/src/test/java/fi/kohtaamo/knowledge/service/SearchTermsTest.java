package fi.kohtaamo.knowledge.service;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The pure parts of search: words, terms and safe snippets. */
class SearchTermsTest {

    @Test
    void wordsAreLowerCasedSplitOnAnythingButLettersAndDigitsAndDeduplicated() {
        assertThat(Search.words("Lupahakemuksen käsittely: LUPAHAKEMUKSEN 'tila' & (2026)!"))
                .containsExactly("lupahakemuksen", "käsittely", "tila", "2026");
        assertThat(Search.words("  ")).isEmpty();
        assertThat(Search.words("a b c d e f g h i j k")).hasSize(8);
    }

    @Test
    void finnishAndSwedishStemsAreMatchedAsPrefixesOfAShortenedStem() {
        assertThat(Search.term("lupahakemuks", "fi")).isEqualTo("('lupahakemuks' | 'lupahakemu':*)");
        assertThat(Search.term("ajokort", "fi")).isEqualTo("('ajokort' | 'ajokor':*)");
        assertThat(Search.term("talo", "fi")).isEqualTo("('talo' | 'talo':*)");
        assertThat(Search.term("pokak", "fi")).as("five letters stay").isEqualTo("('pokak' | 'pokak':*)");
        assertThat(Search.term("kaupa", "fi")).isEqualTo("('kaupa' | 'kaupa':*)");
        assertThat(Search.term("bygglovet", "sv")).isEqualTo("('bygglovet' | 'bygglov':*)");
        assertThat(Search.term("permit", "en")).isEqualTo("('permit' | 'permit':*)");
        assertThat(Search.term("o'neil", "en")).isEqualTo("('o''neil' | 'o''neil':*)");
    }

    @Test
    void snippetsAreEscapedExceptForTheMarks() {
        assertThat(Search.highlight("a <b>bold</b> \u0001lupa\u0002 & \"more\""))
                .isEqualTo("a &lt;b&gt;bold&lt;/b&gt; <mark>lupa</mark> &amp; &quot;more&quot;");
    }
}
