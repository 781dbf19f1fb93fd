package fi.kohtaamo.routing.event;

import fi.kohtaamo.outbox.EventReceiver;
import fi.kohtaamo.routing.service.SurveyInvitations;
import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/** Incoming: feedback's events (topic kohtaamo.feedback.v1): invitations to the satisfaction survey. */
@ApplicationScoped
public class FeedbackEvents {

    private final EventReceiver receiver;
    private final SurveyInvitations invitations;

    public FeedbackEvents(EventReceiver receiver, SurveyInvitations invitations) {
        this.receiver = receiver;
        this.invitations = invitations;
    }

    @Incoming("feedback-events")
    @Blocking
    public void on(ConsumerRecord<String, String> record) {
        receiver.receive("contact-routing.feedback", record, invitations::apply);
    }
}
