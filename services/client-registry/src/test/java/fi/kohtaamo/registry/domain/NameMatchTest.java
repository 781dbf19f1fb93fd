package fi.kohtaamo.registry.domain;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class NameMatchTest {

    @Test
    void caseAccentsAndSpacingDoNotMatter() {
        assertThat(NameMatch.similarity("Maija Meikäläinen", "  maija   MEIKALAINEN ")).isEqualTo(1.0);
        assertThat(NameMatch.similarity("Åsa Öberg-Lind", "asa oberg lind")).isEqualTo(1.0);
    }

    @Test
    void aTypoStaysACandidateAnotherPersonDoesNot() {
        assertThat(NameMatch.similarity("Maija Meikäläinen", "Maija Meikälänen")).isGreaterThanOrEqualTo(NameMatch.CANDIDATE_THRESHOLD);
        assertThat(NameMatch.similarity("Maija Meikäläinen", "Matti Virtanen")).isLessThan(NameMatch.CANDIDATE_THRESHOLD);
    }

    @Test
    void phonesComparedByDigits() {
        assertThat(NameMatch.normalisePhone("+358 40 123-4567")).isEqualTo("+358401234567");
        assertThat(NameMatch.normalisePhone("(040) 123 4567")).isEqualTo("0401234567");
    }
}
