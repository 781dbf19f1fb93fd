package fi.kohtaamo.feedback.domain;

import fi.kohtaamo.feedback.domain.Feedback.Status;
import fi.kohtaamo.problem.ProblemException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.stream.Stream;

import static fi.kohtaamo.feedback.domain.Feedback.Status.ANSWERED;
import static fi.kohtaamo.feedback.domain.Feedback.Status.CLOSED;
import static fi.kohtaamo.feedback.domain.Feedback.Status.IN_PROGRESS;
import static fi.kohtaamo.feedback.domain.Feedback.Status.NEW;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Feedback handling as a state machine: every step from every status, allowed or refused, without a database. */
class FeedbackTest {

    static final Instant NOW = Instant.parse("2026-03-02T10:00:00Z");

    /** Each step with the statuses it is allowed from (as the handler, for NEW and IN_PROGRESS feedback). */
    enum Step {
        CLAIM(f -> f.claim("Hanna Handler"), NEW, IN_PROGRESS),
        ANSWER(f -> f.answer("Kiitos palautteesta", "Hanna Handler", NOW), NEW, IN_PROGRESS),
        CLOSE(f -> f.close(NOW), NEW, IN_PROGRESS, ANSWERED),
        REOPEN(Feedback::reopen, ANSWERED, CLOSED);

        final Consumer<Feedback> apply;
        final Set<Status> allowedFrom;

        Step(Consumer<Feedback> apply, Status first, Status... rest) {
            this.apply = apply;
            this.allowedFrom = EnumSet.of(first, rest);
        }
    }

    static Stream<Arguments> allowed() {
        return pairs(true);
    }

    static Stream<Arguments> refused() {
        return pairs(false);
    }

    private static Stream<Arguments> pairs(boolean allowed) {
        return Arrays.stream(Status.values()).flatMap(status -> Arrays.stream(Step.values())
                .filter(step -> step.allowedFrom.contains(status) == allowed)
                .map(step -> Arguments.of(status, step)));
    }

    @ParameterizedTest(name = "{1} from {0}")
    @MethodSource("allowed")
    void anAllowedStepChangesTheStatus(Status from, Step step) {
        Feedback feedback = feedbackIn(from);
        step.apply.accept(feedback);
        Status expected = switch (step) {
            case CLAIM -> IN_PROGRESS;
            case ANSWER -> ANSWERED;
            case CLOSE -> CLOSED;
            case REOPEN -> IN_PROGRESS; // the fixture's answered and closed feedback had a handler
        };
        assertThat(feedback.status).isEqualTo(expected);
        assertThat(feedback.closedAt != null).isEqualTo(expected == CLOSED);
    }

    @ParameterizedTest(name = "{1} from {0}")
    @MethodSource("refused")
    void aRefusedStepAnswers409AndChangesNothing(Status from, Step step) {
        Feedback feedback = feedbackIn(from);
        assertThatThrownBy(() -> step.apply.accept(feedback))
                .isInstanceOfSatisfying(ProblemException.class, e -> assertThat(e.problem().status()).isEqualTo(409));
        assertThat(feedback).usingRecursiveComparison().isEqualTo(feedbackIn(from));
    }

    @Test
    void claimingNewFeedbackMakesTheCallerItsHandler() {
        Feedback feedback = feedbackIn(NEW);
        feedback.claim("Hanna Handler");
        assertThat(feedback.handler).isEqualTo("Hanna Handler");
        assertThat(feedback.status).isEqualTo(IN_PROGRESS);
    }

    @Test
    void anotherHandlersFeedbackIsNotClaimed() {
        Feedback feedback = feedbackIn(IN_PROGRESS);
        assertThatThrownBy(() -> feedback.claim("Olli Other")).isInstanceOfSatisfying(ProblemException.class,
                e -> assertThat(e.problem().detail()).isEqualTo("The feedback is handled by Hanna Handler"));
        assertThat(feedback).usingRecursiveComparison().isEqualTo(feedbackIn(IN_PROGRESS));
    }

    @Test
    void releasingByItsHandlerOrAManagerMakesItNewAgain() {
        Feedback byHandler = feedbackIn(IN_PROGRESS);
        assertThat(byHandler.release("Hanna Handler", false)).isEqualTo("Hanna Handler");
        assertThat(byHandler.status).isEqualTo(NEW);
        assertThat(byHandler.handler).isNull();

        Feedback byManager = feedbackIn(IN_PROGRESS);
        byManager.release("Maija Manager", true);
        assertThat(byManager.status).isEqualTo(NEW);
    }

    @Test
    void anotherHandlerMayNotRelease() {
        Feedback feedback = feedbackIn(IN_PROGRESS);
        assertThatThrownBy(() -> feedback.release("Olli Other", false)).isInstanceOfSatisfying(ProblemException.class,
                e -> assertThat(e.problem().status()).isEqualTo(403));
        assertThat(feedback).usingRecursiveComparison().isEqualTo(feedbackIn(IN_PROGRESS));
    }

    @ParameterizedTest
    @EnumSource(value = Status.class, names = {"NEW", "ANSWERED", "CLOSED"})
    void onlyHandledOpenFeedbackIsReleased(Status status) {
        Feedback feedback = feedbackIn(status);
        assertThatThrownBy(() -> feedback.release("Hanna Handler", true)).isInstanceOfSatisfying(ProblemException.class,
                e -> assertThat(e.problem().status()).isEqualTo(409));
        assertThat(feedback).usingRecursiveComparison().isEqualTo(feedbackIn(status));
    }

    @Test
    void answeringKeepsTheReplyAndMakesAnUnclaimedFeedbacksAnswererItsHandler() {
        Feedback feedback = feedbackIn(NEW);
        feedback.answer("Kiitos", "Olli Other", NOW);
        assertThat(feedback.reply).isEqualTo("Kiitos");
        assertThat(feedback.answeredAt).isEqualTo(NOW);
        assertThat(feedback.handler).isEqualTo("Olli Other");

        Feedback claimed = feedbackIn(IN_PROGRESS);
        claimed.answer("Kiitos", "Maija Manager", NOW);
        assertThat(claimed.handler).as("a claimed feedback keeps its handler").isEqualTo("Hanna Handler");
    }

    @ParameterizedTest
    @EnumSource(value = Status.class, names = {"ANSWERED", "CLOSED"})
    void answeredOrClosedFeedbackIsReopenedBeforeWork(Status status) {
        assertThatThrownBy(() -> feedbackIn(status).requireOpen()).isInstanceOfSatisfying(ProblemException.class,
                e -> assertThat(e.problem().detail()).endsWith("; reopen it first"));
    }

    @Test
    void reopeningFeedbackWithoutAHandlerMakesItNewAndClearsTheClose() {
        Feedback feedback = feedbackIn(CLOSED);
        feedback.handler = null;
        feedback.reopen();
        assertThat(feedback.status).isEqualTo(NEW);
        assertThat(feedback.closedAt).isNull();
    }

    @Test
    void feedbackSentSignedInBecomesTheLinkedClientsOnce() {
        Feedback feedback = feedbackIn(NEW);
        feedback.senderSubject = "citizen-1";
        UUID client = UUID.fromString("00000000-0000-0000-0000-0000000000c1");
        assertThat(feedback.linkToClient(client)).isTrue();
        assertThat(feedback.clientId).isEqualTo(client);
        assertThat(feedback.linkToClient(UUID.randomUUID())).as("a client, once there, stays").isFalse();
        assertThat(feedback.clientId).isEqualTo(client);
    }

    @Test
    void feedbackNobodySentSignedInIsNotLinked() {
        Feedback feedback = feedbackIn(NEW);
        assertThat(feedback.linkToClient(UUID.randomUUID())).isFalse();
        assertThat(feedback.clientId).isNull();
    }

    /** Feedback as it typically is in a status; the same every time, so that two can be compared. */
    static Feedback feedbackIn(Status status) {
        Feedback feedback = new Feedback();
        feedback.id = UUID.fromString("00000000-0000-0000-0000-0000000000f1");
        feedback.reference = "FB-TEST-0001";
        feedback.kind = Feedback.Kind.COMPLAINT;
        feedback.organisation = "ely-uusimaa";
        feedback.channel = "WEB";
        feedback.language = "fi";
        feedback.body = "Jono oli pitkä";
        feedback.receivedAt = NOW.minus(Duration.ofDays(3));
        feedback.replyDue = NOW.plus(Duration.ofDays(11));
        feedback.status = status;
        if (status != NEW) {
            feedback.handler = "Hanna Handler";
        }
        if (status == ANSWERED || status == CLOSED) {
            feedback.reply = "Kiitos";
            feedback.answeredAt = NOW.minus(Duration.ofDays(1));
        }
        if (status == CLOSED) {
            feedback.closedAt = NOW.minus(Duration.ofHours(1));
        }
        return feedback;
    }

    @Test
    void feedbackArrivesNewWithItsReplyDueAndItsSender() {
        UUID client = UUID.randomUUID();
        Feedback feedback = Feedback.receive(Feedback.Kind.QUESTION, "WEB", "sv", "Hur länge?",
                new Feedback.Sender("citizen-1", client, "Sven", "sven@example.org"), NOW, Duration.ofDays(5));
        assertThat(feedback.status).isEqualTo(NEW);
        assertThat(feedback.replyDue).isEqualTo(NOW.plus(Duration.ofDays(5)));
        assertThat(feedback.reference).matches("FB-[2-9A-Z]{4}-[2-9A-Z]{4}");
        assertThat(feedback.clientId).isEqualTo(client);
        assertThat(feedback.reachable()).isTrue();
    }

    @Test
    void importedFeedbackArrivesAnonymousAndNewThenTakesItsOwnAnswerAndClosing() {
        Feedback feedback = Feedback.imported("old-7", "fingerprint", Feedback.Kind.COMPLAINT, "ely-kainuu", "LETTER", "fi",
                "Tie oli auraamatta", java.util.List.of("roads"), NOW, Duration.ofDays(5));
        assertThat(feedback.status).isEqualTo(NEW);
        assertThat(feedback.senderSubject).isNull();
        assertThat(feedback.reachable()).isFalse();
        assertThat(feedback.externalId).isEqualTo("old-7");
        feedback.answer(null, null, NOW.plus(Duration.ofDays(1)));
        feedback.close(NOW.plus(Duration.ofDays(2)));
        assertThat(feedback.status).isEqualTo(CLOSED);
        assertThat(feedback.finishedAt()).isEqualTo(NOW.plus(Duration.ofDays(2)));
    }
}
