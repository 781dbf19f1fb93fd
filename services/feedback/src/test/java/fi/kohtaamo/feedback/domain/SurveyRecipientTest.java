package fi.kohtaamo.feedback.domain;

import fi.kohtaamo.problem.ProblemException;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A recipient is reminded once, never after an opt-out, and forgets the address once nothing more goes. */
class SurveyRecipientTest {

    private static final Instant NOW = Instant.parse("2026-12-01T10:00:00Z");

    private static SurveyRecipient recipient() {
        SurveyRecipient recipient = new SurveyRecipient();
        recipient.invitationId = UUID.randomUUID();
        recipient.email = "aino@example.org";
        recipient.token = "token";
        recipient.optOutToken = "opt-out";
        return recipient;
    }

    @Test
    void remindedOnceOnly() {
        SurveyRecipient recipient = recipient();
        recipient.remind(NOW);
        assertThat(recipient.remindedAt).isEqualTo(NOW);
        assertThatThrownBy(() -> recipient.remind(NOW.plusSeconds(1))).isInstanceOf(ProblemException.class);
    }

    @Test
    void anOptOutForgetsTheAddressAndStopsTheReminder() {
        SurveyRecipient recipient = recipient();
        recipient.optOut(NOW);
        recipient.optOut(NOW.plusSeconds(5));
        assertThat(recipient.optedOutAt).isEqualTo(NOW);
        assertThat(recipient.email).isNull();
        assertThat(recipient.token).isNull();
        assertThat(recipient.optOutToken).isNull();
        assertThatThrownBy(() -> recipient.remind(NOW)).isInstanceOf(ProblemException.class);
    }

    @Test
    void anAnswerUnlinksTheInvitationSoTheAnswerNamesNobody() {
        SurveyRecipient recipient = recipient();
        recipient.answered();
        assertThat(recipient.answered).isTrue();
        assertThat(recipient.invitationId).isNull();
        assertThat(recipient.email).isNull();
        assertThatThrownBy(() -> recipient.remind(NOW)).isInstanceOf(ProblemException.class);
    }
}
