package fi.kohtaamo.routing.service;

import fi.kohtaamo.problem.ProblemException;
import fi.kohtaamo.routing.domain.TrackingCode;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ContactSearchWordsTest {

    private static ContactSearch.Query words(String words) {
        return new ContactSearch.Query(words, null, null, null, null, null, null, null, null, null);
    }

    @Test
    void onlyLettersAndDigitsReachTheQueryAsLowerCaseWords() {
        assertThat(ContactSearch.words(words("  Liittymä-LUPA: 'tie' & 12 | !x:* "))).isEqualTo("liittymä lupa tie 12");
        assertThat(ContactSearch.words(words("Företag och bidrag, företag"))).isEqualTo("företag och bidrag");
    }

    @Test
    void nothingSearchableIsNoWordCriterion() {
        assertThat(ContactSearch.words(words(" ?! a "))).isNull();
        assertThat(ContactSearch.words(words(null))).isNull();
    }

    @Test
    void atMostTenWords() {
        assertThat(ContactSearch.words(words("aa bb cc dd ee ff gg hh ii jj kk ll")).split(" ")).hasSize(ContactSearch.MAX_WORDS);
    }

    @Test
    void aTrackingCodeInTheBoxIsSearchedAsTheCode() {
        String code = TrackingCode.generate();
        assertThat(ContactSearch.words(words(" " + code.toLowerCase() + " "))).isNull();
        assertThat(ContactSearch.trackingCode(words(code.toLowerCase()))).isEqualTo(code);
    }

    @Test
    void aMalformedTrackingCodeCriterionIsRefused() {
        assertThatThrownBy(() -> ContactSearch.trackingCode(new ContactSearch.Query(null, "KH-AAAA-AAAA", null, null, null,
                null, null, null, null, null))).isInstanceOf(ProblemException.class);
    }
}
