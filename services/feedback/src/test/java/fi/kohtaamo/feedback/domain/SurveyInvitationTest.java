package fi.kohtaamo.feedback.domain;

import fi.kohtaamo.problem.ProblemException;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** When a survey invitation can be answered, without a database. */
class SurveyInvitationTest {

    static final Instant NOW = Instant.parse("2026-03-02T10:00:00Z");

    @Test
    void anOpenInvitationOfAnOpenSurveyIsAnswerable() {
        invitation(NOW.plus(Duration.ofDays(7))).requireAnswerable(survey(NOW.minus(Duration.ofDays(1)), null), NOW);
    }

    @Test
    void anAnsweredInvitationIsGone() {
        SurveyInvitation invitation = invitation(NOW.plus(Duration.ofDays(7)));
        invitation.respondedAt = NOW.minusSeconds(60);
        assertRefused(invitation, survey(NOW.minus(Duration.ofDays(1)), null), 410, "already-answered");
    }

    @Test
    void anExpiredInvitationIsGoneFromTheMomentItExpires() {
        assertRefused(invitation(NOW), survey(NOW.minus(Duration.ofDays(1)), null), 410, "expired");
    }

    @Test
    void anInvitationToAClosedSurveyIsGone() {
        assertRefused(invitation(NOW.plus(Duration.ofDays(7))), survey(NOW.minus(Duration.ofDays(9)), NOW), 410, "expired");
    }

    @Test
    void aSurveyThatHasNotOpenedIsAConflict() {
        assertRefused(invitation(NOW.plus(Duration.ofDays(7))), survey(NOW.plusSeconds(1), null), 409, "conflict");
    }

    private static void assertRefused(SurveyInvitation invitation, Survey survey, int status, String slug) {
        assertThatThrownBy(() -> invitation.requireAnswerable(survey, NOW)).isInstanceOfSatisfying(ProblemException.class, e -> {
            assertThat(e.problem().status()).isEqualTo(status);
            assertThat(e.problem().type().toString()).endsWith(slug);
        });
    }

    static SurveyInvitation invitation(Instant expiresAt) {
        SurveyInvitation invitation = new SurveyInvitation();
        invitation.expiresAt = expiresAt;
        return invitation;
    }

    static Survey survey(Instant opensAt, Instant closesAt) {
        Survey survey = new Survey();
        survey.opensAt = opensAt;
        survey.closesAt = closesAt;
        return survey;
    }
}
