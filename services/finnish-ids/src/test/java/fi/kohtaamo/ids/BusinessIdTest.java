package fi.kohtaamo.ids;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class BusinessIdTest {

    @Test
    void validatesTheCheckDigit() {
        assertThat(BusinessId.isValid("0245437-2")).isTrue();
        assertThat(BusinessId.isValid("0112038-9")).isTrue();
        assertThat(BusinessId.isValid("0245437-3")).isFalse();
        assertThat(BusinessId.isValid("245437-2")).isFalse();
        assertThat(BusinessId.isValid("0000006-0")).isFalse();
        assertThat(BusinessId.isValid(null)).isFalse();
    }
}
