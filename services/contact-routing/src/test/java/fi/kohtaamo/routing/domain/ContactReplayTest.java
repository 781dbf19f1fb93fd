package fi.kohtaamo.routing.domain;

import fi.kohtaamo.problem.ProblemException;
import fi.kohtaamo.routing.service.PastContact;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import static fi.kohtaamo.routing.domain.ContactTest.CLOCK;
import static fi.kohtaamo.routing.domain.ContactTest.NOW;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** An earlier system's contact replayed through the live transitions, and the order its times must have. */
class ContactReplayTest {

    /** contactIn(QUEUED): received two days before NOW, first response due NOW + 8 h, resolution due NOW + 4 d. */
    private static Contact queued() {
        return ContactTest.contactIn(ContactStatus.QUEUED);
    }

    @Test
    void aContactHandledInTimeIsClosedOnTimeWithItsOwnTimes() {
        Contact contact = queued();
        Instant answered = NOW.minus(Duration.ofHours(20));
        Instant resolved = NOW.plus(Duration.ofDays(1));
        Instant closed = NOW.plus(Duration.ofDays(15));

        contact.replayHandling("agent-old", answered, ResolutionCode.SOLVED, resolved, closed, CLOCK);

        assertThat(contact.status).isEqualTo(ContactStatus.CLOSED);
        assertThat(contact.assignedTo).isEqualTo("agent-old");
        assertThat(contact.assignedAt).isEqualTo(answered);
        assertThat(contact.firstRespondedAt).isEqualTo(answered);
        assertThat(contact.resolvedAt).isEqualTo(resolved);
        assertThat(contact.resolutionCode).isEqualTo(ResolutionCode.SOLVED);
        assertThat(contact.closedAt).isEqualTo(closed);
        assertThat(contact.firstResponseBreached).isFalse();
        assertThat(contact.resolutionBreached).isFalse();
        assertThat(contact.slaState).isEqualTo(SlaState.ON_TIME);
    }

    @Test
    void lateAnswersAndResolutionsAreBreachesAsTheyWouldHaveBeenLive() {
        Contact contact = queued();

        contact.replayHandling(null, NOW.plus(Duration.ofHours(9)), ResolutionCode.ANSWERED,
                NOW.plus(Duration.ofDays(5)), NOW.plus(Duration.ofDays(19)), CLOCK);

        assertThat(contact.firstResponseBreached).isTrue();
        assertThat(contact.resolutionBreached).isTrue();
        assertThat(contact.slaState).isEqualTo(SlaState.BREACHED);
    }

    @Test
    void onlyAQueuedContactCanBeReplayed() {
        Contact contact = ContactTest.contactIn(ContactStatus.RESOLVED);

        assertThatThrownBy(() -> contact.replayHandling(null, NOW, ResolutionCode.ANSWERED, NOW, NOW, CLOCK))
                .isInstanceOf(ProblemException.class);
    }

    private static PastContact past(Instant received, Instant answered, Instant resolved, Instant closed) {
        return new PastContact("old-1", UUID.randomUUID(), Channel.PHONE, "fi", null, null, received, answered,
                resolved, ResolutionCode.ANSWERED, closed);
    }

    private static String refusedField(PastContact past) {
        try {
            past.requireInOrder("contacts[2]", NOW);
        } catch (ProblemException refused) {
            return refused.problem().violations().get(0).field();
        }
        return null;
    }

    @Test
    void timesOutOfOrderAreRefusedNamingTheField() {
        Instant day = NOW.minus(Duration.ofDays(30));
        assertThat(refusedField(past(day, day.plusSeconds(60), day.plusSeconds(120), day.plusSeconds(180)))).isNull();
        assertThat(refusedField(past(day, null, day, day))).isNull();
        assertThat(refusedField(past(day, day.minusSeconds(1), day.plusSeconds(60), day.plusSeconds(60))))
                .isEqualTo("contacts[2].firstRespondedAt");
        assertThat(refusedField(past(day, null, day.minusSeconds(1), day))).as("no first response: the resolution is wrong")
                .isEqualTo("contacts[2].resolvedAt");
        assertThat(refusedField(past(day, day.plusSeconds(60), day.plusSeconds(30), day.plusSeconds(90))))
                .isEqualTo("contacts[2].resolvedAt");
        assertThat(refusedField(past(day, day, day.plusSeconds(60), day.plusSeconds(30)))).isEqualTo("contacts[2].closedAt");
        assertThat(refusedField(past(day, day, day, NOW.plusSeconds(1)))).isEqualTo("contacts[2].closedAt");
    }

    @Test
    void withoutAFirstResponseTheResolutionIsIt() {
        Instant day = NOW.minus(Duration.ofDays(3));
        assertThat(past(day, null, day.plusSeconds(5), day.plusSeconds(9)).firstResponse()).isEqualTo(day.plusSeconds(5));
    }
}
