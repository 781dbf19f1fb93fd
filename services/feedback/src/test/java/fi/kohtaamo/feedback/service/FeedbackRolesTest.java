package fi.kohtaamo.feedback.service;

import fi.kohtaamo.caller.Caller;
import org.junit.jupiter.api.Test;

import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class FeedbackRolesTest {

    private static Caller person(String... roles) {
        return new Caller("s", "u", "ely-uusimaa", Set.of(roles), false);
    }

    @Test
    void feedbackHandlersAndManagersHandleFeedback() {
        assertThat(FeedbackRoles.handlesFeedback(person("feedback-handler"))).isTrue();
        assertThat(FeedbackRoles.handlesFeedback(person("manager"))).isTrue();
        assertThat(FeedbackRoles.handlesFeedback(person("agent", "supervisor"))).isFalse();
    }

    @Test
    void handlersContactCentreStaffAndAgencySystemsAreStaff() {
        assertThat(FeedbackRoles.staff(person("feedback-handler"))).isTrue();
        assertThat(FeedbackRoles.staff(person("agent"))).isTrue();
        assertThat(FeedbackRoles.staff(person("expert"))).isTrue();
        assertThat(FeedbackRoles.staff(person("supervisor"))).isTrue();
        assertThat(FeedbackRoles.staff(new Caller("s", "service-account-crm", "ely-uusimaa", Set.of(), true))).isTrue();
    }

    @Test
    void citizensAndNobodyAreNotStaff() {
        assertThat(FeedbackRoles.staff(person("citizen"))).isFalse();
        assertThat(FeedbackRoles.staff(person("content-editor"))).isFalse();
        assertThat(FeedbackRoles.staff(Caller.ANONYMOUS)).isFalse();
    }

    @Test
    void aCitizenIsSignedInWithTheCitizenRoleAndNotStaff() {
        assertThat(FeedbackRoles.citizen(person("citizen"))).isTrue();
        assertThat(FeedbackRoles.citizen(person("citizen", "agent"))).isFalse();
        assertThat(FeedbackRoles.citizen(person())).isFalse();
        assertThat(FeedbackRoles.citizen(Caller.ANONYMOUS)).isFalse();
    }
}
