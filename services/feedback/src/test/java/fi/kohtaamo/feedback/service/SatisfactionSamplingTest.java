package fi.kohtaamo.feedback.service;

import org.junit.jupiter.api.Test;

import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class SatisfactionSamplingTest {

    @Test
    void theSameContactIsAlwaysInOrOutAndAboutTheShareIsTaken() {
        int in = 0;
        for (int i = 0; i < 20_000; i++) {
            UUID contact = UUID.randomUUID();
            boolean sampled = Satisfaction.sampled(contact, 0.25);
            assertThat(Satisfaction.sampled(contact, 0.25)).isEqualTo(sampled);
            if (sampled) {
                in++;
            }
        }
        // 25 % of 20 000 is 5 000; ±400 is more than six standard deviations.
        assertThat(in).isBetween(4_600, 5_400);
    }

    @Test
    void noneAndAllAreExact() {
        for (int i = 0; i < 1000; i++) {
            assertThat(Satisfaction.sampled(UUID.randomUUID(), 0.0)).isFalse();
            assertThat(Satisfaction.sampled(UUID.randomUUID(), 1.0)).isTrue();
        }
    }
}
