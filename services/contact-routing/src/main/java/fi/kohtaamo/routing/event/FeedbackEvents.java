package fi.kohtaamo.routing.event;

import fi.kohtaamo.outbox.Inbox;
import fi.kohtaamo.routing.service.SurveyInvitations;
import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/** Incoming: feedback's events (topic kohtaamo.feedback.v1): invitations to the satisfaction survey. */
@ApplicationScoped
public class FeedbackEvents {

    private final Inbox inbox;
    private final SurveyInvitations invitations;

    public FeedbackEvents(Inbox inbox, SurveyInvitations invitations) {
        this.inbox = inbox;
        this.invitations = invitations;
    }

    @Incoming("feedback-events")
    @Blocking
    public void on(String json) {
        invitations.apply(inbox.parse(json));
    }
}
