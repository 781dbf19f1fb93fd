package fi.kohtaamo.catalogue.domain;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class BusinessIdTest {

    @Test
    void acceptsIdsWithTheRightCheckDigit() {
        assertThat(BusinessId.isValid("0245437-2")).isTrue();
        assertThat(BusinessId.isValid("0112038-9")).isTrue();
    }

    @Test
    void rejectsWrongCheckDigitsAndShapes() {
        assertThat(BusinessId.isValid("0245437-3")).isFalse();
        assertThat(BusinessId.isValid("245437-2")).isFalse();
        assertThat(BusinessId.isValid("02454372")).isFalse();
        assertThat(BusinessId.isValid("0245437-")).isFalse();
        assertThat(BusinessId.isValid(null)).isFalse();
    }

    @Test
    void remainderOneIsNeverValid() {
        // 0000001: 1 * 2 = 2 → remainder 2, check 9; 0000006: 6 * 2 = 12 → remainder 1, never issued
        assertThat(BusinessId.isValid("0000001-9")).isTrue();
        for (int check = 0; check <= 9; check++) {
            assertThat(BusinessId.isValid("0000006-" + check)).isFalse();
        }
    }
}
