package fi.kohtaamo.registry.domain;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SegmentRuleTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 28);

    private static Client person(LocalDate born, String municipality, String language) {
        Client client = new Client();
        client.kind = Client.Kind.PERSON;
        client.birthDate = born;
        client.municipalityCode = municipality;
        client.preferredLanguage = language;
        return client;
    }

    private static Client company(String industry, String size) {
        Client client = new Client();
        client.kind = Client.Kind.ORGANISATION;
        client.organisationType = "COMPANY";
        client.industryCode = industry;
        client.sizeClass = size;
        client.preferredLanguage = "fi";
        return client;
    }

    @Test
    void everyGivenConditionMustHold() {
        SegmentRule youngInHelsinki = new SegmentRule(List.of(Client.Kind.PERSON), null, null, null, List.of("091"), null, 18, 29);
        assertThat(youngInHelsinki.matches(person(LocalDate.of(2000, 1, 1), "091", "fi"), TODAY)).isTrue();
        assertThat(youngInHelsinki.matches(person(LocalDate.of(2000, 1, 1), "837", "fi"), TODAY)).isFalse();
        assertThat(youngInHelsinki.matches(person(LocalDate.of(1952, 10, 13), "091", "fi"), TODAY)).isFalse();
        assertThat(youngInHelsinki.matches(person(null, "091", "fi"), TODAY)).as("age unknown").isFalse();
        assertThat(youngInHelsinki.matches(person(LocalDate.of(2000, 1, 1), null, "fi"), TODAY)).as("municipality unknown").isFalse();
        assertThat(new SegmentRule(null, List.of("COMPANY"), null, List.of("MICRO"), null, null, null, null)
                .matches(person(null, null, "fi"), TODAY)).as("no organisation type or size").isFalse();
    }

    @Test
    void theAgeBoundsAreInclusiveOnTheBirthday() {
        SegmentRule under30 = new SegmentRule(null, null, null, null, null, null, null, 29);
        assertThat(under30.matches(person(LocalDate.of(1996, 11, 29), null, "fi"), TODAY)).isTrue();
        assertThat(under30.matches(person(LocalDate.of(1996, 11, 28), null, "fi"), TODAY)).as("turns 30 today").isFalse();
    }

    @Test
    void industryCodesMatchByPrefix() {
        SegmentRule smallFarms = new SegmentRule(List.of(Client.Kind.ORGANISATION), List.of("COMPANY"), List.of("01"),
                List.of("MICRO", "SMALL"), null, null, null, null);
        assertThat(smallFarms.matches(company("01110", "MICRO"), TODAY)).isTrue();
        assertThat(smallFarms.matches(company("10110", "MICRO"), TODAY)).isFalse();
        assertThat(smallFarms.matches(company("01110", "LARGE"), TODAY)).isFalse();
        assertThat(smallFarms.matches(company(null, "MICRO"), TODAY)).isFalse();
    }

    @Test
    void swedishSpeakersAndTheEmptyRule() {
        assertThat(new SegmentRule(null, null, null, null, null, List.of("sv"), null, null)
                .matches(person(null, null, "sv"), TODAY)).isTrue();
        assertThat(new SegmentRule(null, null, null, null, null, null, null, null)
                .matches(company(null, null), TODAY)).as("no conditions: everyone").isTrue();
        assertThatThrownBy(() -> new SegmentRule(null, null, null, null, null, null, 40, 30))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
