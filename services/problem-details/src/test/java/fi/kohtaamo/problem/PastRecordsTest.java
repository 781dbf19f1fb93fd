package fi.kohtaamo.problem;

import org.junit.jupiter.api.Test;

import java.sql.SQLException;
import java.time.Instant;

import static fi.kohtaamo.problem.PastRecords.step;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PastRecordsTest {

    private static final Instant NOW = Instant.parse("2026-12-01T12:00:00Z");
    private static final Instant RECEIVED = Instant.parse("2026-03-01T08:00:00Z");

    @Test
    void stepsInOrderInThePastAreTakenAndAbsentStepsAreSkipped() {
        assertThatCode(() -> PastRecords.requireInOrder("feedback[0]", NOW, step("receivedAt", RECEIVED),
                step("answeredAt", null), step("closedAt", RECEIVED.plusSeconds(60)))).doesNotThrowAnyException();
        assertThatCode(() -> PastRecords.requireInOrder("x", NOW, step("at", PastRecords.EARLIEST))).doesNotThrowAnyException();
    }

    @Test
    void aStepBeforeTheLastPresentOneIsNamedWithTheOneItFollows() {
        assertThat(field(() -> PastRecords.requireInOrder("contacts[3]", NOW, step("receivedAt", RECEIVED),
                step("firstRespondedAt", null), step("resolvedAt", RECEIVED.minusSeconds(1)))))
                .isEqualTo("contacts[3].resolvedAt: must not be before receivedAt");
    }

    @Test
    void before1970IsATypo() {
        assertThat(field(() -> PastRecords.requireInOrder("responses[0]", NOW,
                step("respondedAt", PastRecords.EARLIEST.minusNanos(1)))))
                .isEqualTo("responses[0].respondedAt: must be in 1970 or later");
    }

    @Test
    void theLastStepMustBeInThePast() {
        assertThat(field(() -> PastRecords.requireInOrder("feedback[1]", NOW, step("receivedAt", RECEIVED),
                step("closedAt", NOW.plusSeconds(1))))).startsWith("feedback[1].closedAt: must be in the past");
    }

    @Test
    void otherDataIsA422AndARaceA409BothNamingTheField() {
        Problem other = PastRecords.importedWithOtherData("feedback[3].externalId").problem();
        assertThat(other.status()).isEqualTo(422);
        assertThat(other.violations()).extracting(Problem.Violation::field).containsExactly("feedback[3].externalId");
        Problem race = PastRecords.importedConcurrently("contacts[0].externalId").problem();
        assertThat(race.status()).isEqualTo(409);
        assertThat(race.violations()).extracting(Problem.Violation::field).containsExactly("contacts[0].externalId");
    }

    @Test
    void onlyAUniqueViolationOfTheInsertIsTheConcurrentBatch() {
        assertThatThrownBy(() -> PastRecords.insertOnce("feedback[0].externalId", () -> {
            throw new IllegalStateException(new SQLException("duplicate key", "23505"));
        })).isInstanceOfSatisfying(ProblemException.class, e -> assertThat(e.problem().status()).isEqualTo(409));
        assertThatThrownBy(() -> PastRecords.insertOnce("feedback[0].externalId", () -> {
            throw new IllegalStateException("something else");
        })).isInstanceOf(IllegalStateException.class);
    }

    private static String field(Runnable check) {
        try {
            check.run();
        } catch (ProblemException e) {
            Problem.Violation violation = e.problem().violations().get(0);
            assertThat(e.problem().status()).isEqualTo(400);
            return violation.field() + ": " + violation.message();
        }
        throw new AssertionError("not refused");
    }
}
