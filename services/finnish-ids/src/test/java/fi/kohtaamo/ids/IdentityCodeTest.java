package fi.kohtaamo.ids;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

class IdentityCodeTest {

    @ParameterizedTest
    @ValueSource(strings = {
            "131052-308T",
            // the Digital and Population Data Services Agency's examples of the century signs in use since 2023
            "010594Y9032", "010594Y9021", "020594X903P", "020594X902N", "030594W903B", "030694W9024",
            "040594V9030", "050594U903M", "050594U902L",
            "010516B903X", "010516B902W", "020516C903K", "020516C902J", "030516D9037", "030516D9026",
            "010501E9032", "020502E902X", "020503F9037", "020504A902E"})
    void acceptsValidCodes(String code) {
        assertThat(IdentityCode.isValid(code)).as(code).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "131052-308U",   // wrong check character
            "131052G308T",   // no such century sign
            "311152-308T",   // no 31 November... (and the check fails too)
            "290223A0029",   // 29 February 2023 does not exist
            "131052-001T",   // individual numbers start at 002
            "131052-308",    // too short
            "131052-308TT",  // too long
            ""})
    void rejectsInvalidCodes(String code) {
        assertThat(IdentityCode.isValid(code)).as(code).isFalse();
    }

    @Test
    void readsTheDateOfBirthFromEveryCenturySign() {
        assertThat(IdentityCode.birthDate("131052-308T")).isEqualTo(LocalDate.of(1952, 10, 13));
        assertThat(IdentityCode.birthDate("010594Y9032")).isEqualTo(LocalDate.of(1994, 5, 1));
        assertThat(IdentityCode.birthDate("010516B903X")).isEqualTo(LocalDate.of(2016, 5, 1));
    }

    @Test
    void normalisesAndMasks() {
        assertThat(IdentityCode.parse(" 131052-308t ")).contains("131052-308T");
        assertThat(IdentityCode.masked("131052-308T")).isEqualTo("131052-****");
        assertThat(IdentityCode.isTemporary("010594Y9032")).isTrue();
        assertThat(IdentityCode.isTemporary("131052-308T")).isFalse();
    }

    @Test
    void aLeapDayIsValidInALeapYear() {
        // 29 February 2024 with individual number 123: the check character computed by the rule
        String body = "290224" + "123";
        char check = "0123456789ABCDEFHJKLMNPRSTUVWXY".charAt(Integer.parseInt(body) % 31);
        assertThat(IdentityCode.isValid("290224A123" + check)).isTrue();
    }
}
