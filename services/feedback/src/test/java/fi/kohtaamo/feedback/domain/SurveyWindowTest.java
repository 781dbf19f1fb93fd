package fi.kohtaamo.feedback.domain;

import fi.kohtaamo.problem.ProblemException;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A survey's window: open from its opening until it is closed, and closed once. */
class SurveyWindowTest {

    private static final Instant NOW = Instant.parse("2026-03-02T10:00:00Z");

    private static Survey opening(Instant opensAt) {
        Survey survey = new Survey();
        survey.opensAt = opensAt;
        return survey;
    }

    @Test
    void closingAnOpenSurveyEndsItsWindowNow() {
        Survey survey = opening(NOW.minus(Duration.ofDays(7)));
        survey.close(NOW);
        assertThat(survey.closesAt).isEqualTo(NOW);
        assertThat(survey.openAt(NOW.minusMillis(1))).isTrue();
        assertThat(survey.openAt(NOW)).isFalse();
    }

    @Test
    void closingASurveyBeforeItOpensLeavesAWindowOfAMoment() {
        Survey survey = opening(NOW.plus(Duration.ofDays(1)));
        survey.close(NOW);
        assertThat(survey.closesAt).isEqualTo(survey.opensAt.plusMillis(1));
        assertThat(survey.closesAt).isAfter(survey.opensAt);
    }

    @Test
    void aSurveyWhoseCloseIsStillAheadIsClosedNow() {
        Survey survey = opening(NOW.minus(Duration.ofDays(7)));
        survey.closesAt = NOW.plus(Duration.ofDays(7));
        survey.close(NOW);
        assertThat(survey.closesAt).isEqualTo(NOW);
    }

    @Test
    void aClosedSurveyIsNotClosedAgain() {
        Survey survey = opening(NOW.minus(Duration.ofDays(7)));
        survey.closesAt = NOW;
        assertThatThrownBy(() -> survey.close(NOW.plusSeconds(1))).isInstanceOfSatisfying(ProblemException.class,
                e -> assertThat(e.problem().status()).isEqualTo(409));
        assertThat(survey.closesAt).isEqualTo(NOW);
    }
}
