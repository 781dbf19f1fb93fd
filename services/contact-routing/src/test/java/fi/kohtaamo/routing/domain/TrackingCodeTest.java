package fi.kohtaamo.routing.domain;

import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TrackingCodeTest {

    @RepeatedTest(50)
    void generatedCodesAreValid() {
        String code = TrackingCode.generate();
        assertThat(code).matches("KH-[2-9A-HJKMNP-TV-Z]{4}-[2-9A-HJKMNP-TV-Z]{4}");
        assertThat(TrackingCode.isValid(code)).isTrue();
        assertThat(TrackingCode.isValid(" " + code.toLowerCase() + " ")).isTrue();
    }

    @Test
    void everySingleCharacterTypoIsCaught() {
        String code = TrackingCode.generate();
        for (int position : new int[]{3, 4, 5, 6, 8, 9, 10, 11}) {
            for (char replacement : TrackingCode.ALPHABET.toCharArray()) {
                if (replacement == code.charAt(position)) {
                    continue;
                }
                String typo = code.substring(0, position) + replacement + code.substring(position + 1);
                assertThat(TrackingCode.isValid(typo)).as(typo).isFalse();
            }
        }
    }

    @Test
    void rejectsWrongShapes() {
        assertThat(TrackingCode.isValid(null)).isFalse();
        assertThat(TrackingCode.isValid("KH-1234-5678")).isFalse();
        assertThat(TrackingCode.isValid("KH-ABCD")).isFalse();
        assertThat(TrackingCode.isValid("XX-ABCD-EFGH")).isFalse();
    }

    @Test
    void aValidCodeIsFoundInASubjectInAnyCaseAndAnInvalidOneIsPassedBy() {
        String code = TrackingCode.generate();
        String wrongCheck = code.substring(0, 11) + (code.charAt(11) == '2' ? '3' : '2');
        assertThat(TrackingCode.findIn("Re: " + wrongCheck + " ja " + code.toLowerCase() + ": uusi vastaus"))
                .contains(code);
        assertThat(TrackingCode.findIn("Re: " + wrongCheck)).isEmpty();
        assertThat(TrackingCode.findIn(null)).isEmpty();
    }
}
