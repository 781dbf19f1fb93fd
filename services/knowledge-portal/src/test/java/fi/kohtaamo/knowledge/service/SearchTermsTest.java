package fi.kohtaamo.knowledge.service;

import org.junit.jupiter.api.Test;

import java.util.LinkedHashSet;
import java.util.List;

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
    void finnishAndSwedishStemsAreShortenedToTheStartTheirFormsShare() {
        assertThat(Search.prefix("lupahakemuks", "fi")).isEqualTo("lupahakemu");
        assertThat(Search.prefix("rakennusluv", "fi")).isEqualTo("rakennusl");
        assertThat(Search.prefix("ajokort", "fi")).isEqualTo("ajokor");
        assertThat(Search.prefix("talo", "fi")).isEqualTo("talo");
        assertThat(Search.prefix("pokak", "fi")).as("five letters stay").isEqualTo("pokak");
        assertThat(Search.prefix("bygglovet", "sv")).isEqualTo("bygglov");
        assertThat(Search.prefix("permit", "en")).isEqualTo("permit");
    }

    @Test
    void termsAreQuotedAlternatives() {
        assertThat(Search.term(List.of("lupahakemuks", "lupahakemus", "lupahakemu")))
                .isEqualTo("('lupahakemuks' | 'lupahakemus' | 'lupahakemu')");
        assertThat(Search.term(List.of("o'neil"))).isEqualTo("('o''neil')");
    }

    @Test
    void aTermWithDiacriticsIsLeftOutOfWhatFindsTextsWhenItsFoldedFormIsThere() {
        assertThat(SearchTerms.withoutImplied(new LinkedHashSet<>(List.of("työ", "tyo", "työllisyys", "åker", "aker", "bygglov"))))
                .containsExactly("tyo", "työllisyys", "aker", "bygglov");
    }

    @Test
    void aCompoundsPartsMustAllBeThereWithEveryFormAsBefore() {
        SearchTerms.Term term = SearchTerms.Term.of(new LinkedHashSet<>(List.of("työlupa", "tyolupa")),
                new LinkedHashSet<>(List.of("työ", "tyo", "lupa")), true);
        assertThat(term.ranked()).isEqualTo(new SearchTerms.Levels("('työlupa' | 'tyolupa')",
                "('työlupa' | 'tyolupa' | ('työ' & 'tyo' & 'lupa'))", "('työlupa' | 'tyolupa' | 'työ' | 'tyo' | 'lupa')"));
        // "and" is not "or": 'työ' & 'tyo' asks for the form with diacritics, so the parts stay as they are
        assertThat(term.matched()).isEqualTo(new SearchTerms.Levels("('tyolupa')",
                "('tyolupa' | ('työ' & 'tyo' & 'lupa'))", "('tyolupa' | 'tyo' | 'lupa')"));
    }

    @Test
    void snippetsAreEscapedExceptForTheMarks() {
        assertThat(Search.highlight("a <b>bold</b> \u0001lupa\u0002 & \"more\""))
                .isEqualTo("a &lt;b&gt;bold&lt;/b&gt; <mark>lupa</mark> &amp; &quot;more&quot;");
    }
}
