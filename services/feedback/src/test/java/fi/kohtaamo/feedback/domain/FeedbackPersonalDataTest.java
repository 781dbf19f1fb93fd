package fi.kohtaamo.feedback.domain;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static fi.kohtaamo.feedback.domain.Feedback.Status.ANSWERED;
import static fi.kohtaamo.feedback.domain.Feedback.Status.CLOSED;
import static fi.kohtaamo.feedback.domain.Feedback.Status.IN_PROGRESS;
import static fi.kohtaamo.feedback.domain.Feedback.Status.NEW;
import static fi.kohtaamo.feedback.domain.FeedbackTest.NOW;
import static fi.kohtaamo.feedback.domain.FeedbackTest.feedbackIn;
import static org.assertj.core.api.Assertions.assertThat;

/** When feedback's retention period starts, and what removing its personal data keeps, without a database. */
class FeedbackPersonalDataTest {

    @Test
    void closedFeedbackIsFinishedWhenItClosed() {
        Feedback feedback = feedbackIn(CLOSED);

        assertThat(feedback.finishedAt()).isEqualTo(feedback.closedAt).isNotEqualTo(feedback.answeredAt);
    }

    @Test
    void answeredFeedbackIsFinishedWhenItWasAnswered() {
        assertThat(feedbackIn(ANSWERED).finishedAt()).isEqualTo(NOW.minus(Duration.ofDays(1)));
    }

    @Test
    void openFeedbackIsNotFinishedAndReopeningRestartsTheClock() {
        assertThat(feedbackIn(NEW).finishedAt()).isNull();
        assertThat(feedbackIn(IN_PROGRESS).finishedAt()).isNull();
        Feedback reopened = feedbackIn(CLOSED);
        reopened.reopen();
        assertThat(reopened.finishedAt()).isNull();
        reopened.answer("Uusi vastaus", "Hanna Handler", NOW.plus(Duration.ofDays(30)));
        assertThat(reopened.finishedAt()).isEqualTo(NOW.plus(Duration.ofDays(30)));
    }

    @Test
    void theSendersWordsAndDetailsAndTheReplyGoAndTheFiguresStay() {
        Feedback feedback = feedbackIn(CLOSED);
        feedback.senderName = "Maija Meikäläinen";
        feedback.senderEmail = "maija@example.fi";
        feedback.senderSubject = "citizen-subject";
        feedback.themes = List.of("queues");
        Instant removed = NOW.plus(Duration.ofDays(730));

        feedback.removePersonalData("[gone]", removed);

        assertThat(feedback.body).isEqualTo("[gone]");
        assertThat(feedback.reply).isEqualTo("[gone]");
        assertThat(feedback.senderName).isNull();
        assertThat(feedback.senderEmail).isNull();
        assertThat(feedback.senderSubject).isNull();
        assertThat(feedback.reachable()).isFalse();
        assertThat(feedback.personalDataRemovedAt).isEqualTo(removed);
        assertThat(feedback.kind).isEqualTo(Feedback.Kind.COMPLAINT);
        assertThat(feedback.themes).containsExactly("queues");
        assertThat(feedback.status).isEqualTo(CLOSED);
        assertThat(feedback.handler).isEqualTo("Hanna Handler");
        assertThat(feedback.receivedAt).isNotNull();
        assertThat(feedback.finishedAt()).isEqualTo(NOW.minus(Duration.ofHours(1)));
    }

    @Test
    void unansweredFeedbackGetsNoReply() {
        Feedback feedback = feedbackIn(IN_PROGRESS);
        feedback.close(NOW);

        feedback.removePersonalData("[gone]", NOW);

        assertThat(feedback.reply).isNull();
    }
}
