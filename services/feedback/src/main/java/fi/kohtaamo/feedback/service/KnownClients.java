package fi.kohtaamo.feedback.service;

import fi.kohtaamo.feedback.domain.Feedback;
import fi.kohtaamo.feedback.domain.KnownClient;
import fi.kohtaamo.feedback.repository.FeedbackRepository;
import fi.kohtaamo.feedback.repository.KnownClientRepository;
import fi.kohtaamo.outbox.CloudEvent;
import fi.kohtaamo.outbox.UpstreamCopies;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.util.Optional;
import java.util.UUID;

/**
 * Which registry client a sign-in subject is, kept from the registry's {@code client.registered}
 * and {@code client.updated} events (once, and only when newer than the copy: {@link UpstreamCopies}).
 * A signed-in citizen's feedback becomes their client's at intake when the copy knows the link,
 * otherwise when the event that brings it is applied; the contract's erasure and export link first
 * too, so feedback that raced with the event is not missed there.
 */
@ApplicationScoped
public class KnownClients {

    static final String CONSUMER = "feedback.client-links";
    static final String REGISTERED = "fi.kohtaamo.client.registered.v1";
    static final String UPDATED = "fi.kohtaamo.client.updated.v1";

    private final UpstreamCopies copies;
    private final KnownClientRepository clients;
    private final FeedbackRepository feedbacks;

    public KnownClients(UpstreamCopies copies, KnownClientRepository clients, FeedbackRepository feedbacks) {
        this.copies = copies;
        this.clients = clients;
        this.feedbacks = feedbacks;
    }

    @Transactional
    public void apply(CloudEvent event) {
        if (!REGISTERED.equals(event.type()) && !UPDATED.equals(event.type())) {
            return;
        }
        UUID id = UUID.fromString(event.data().path("clientId").asText());
        String subject = event.data().path("signInSubject").asText(null);
        UpstreamCopies.Outcome outcome = copies.apply(CONSUMER, event, () -> clients.findById(id), held -> {
            KnownClient client = held != null ? held : new KnownClient();
            client.clientId = id;
            client.signInSubject = subject;
            return client;
        }, created -> created.persist());
        if (outcome == UpstreamCopies.Outcome.APPLIED && subject != null) {
            clients.releaseSubjectFromOthers(subject, id);
            linkFeedback(subject, id);
        }
    }

    /** The client a signed-in citizen is, as far as the registry's events have told. */
    public Optional<UUID> clientOf(String subject) {
        return subject == null ? Optional.empty() : clients.findBySignInSubject(subject).map(client -> client.clientId);
    }

    /** Links the feedback its citizen sent signed in to the client; the number linked. */
    public int linkFeedbackOf(UUID clientId) {
        KnownClient client = clients.findById(clientId);
        return client == null || client.signInSubject == null ? 0 : linkFeedback(client.signInSubject, clientId);
    }

    private int linkFeedback(String subject, UUID clientId) {
        int linked = 0;
        for (Feedback feedback : feedbacks.unlinkedOfSender(subject)) {
            if (feedback.linkToClient(clientId)) {
                linked++;
            }
        }
        return linked;
    }

    /** The registry erased or merged the client away: forget the copy. */
    public void forget(UUID clientId) {
        clients.deleteById(clientId);
    }
}
