package fi.kohtaamo.routing.service;

import fi.kohtaamo.caller.Caller;
import fi.kohtaamo.problem.ProblemException;
import fi.kohtaamo.routing.domain.Contact;
import fi.kohtaamo.routing.domain.Queue;
import fi.kohtaamo.routing.repository.ContactRepository;
import fi.kohtaamo.routing.repository.QueueRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.util.List;
import java.util.UUID;

/** What staff see of queues: only their own organisation's, and those shared with it. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class QueueQueries {

    private final QueueRepository queues;
    private final ContactRepository contacts;

    public QueueQueries(QueueRepository queues, ContactRepository contacts) {
        this.queues = queues;
        this.contacts = contacts;
    }

    public record QueueView(Queue queue, long waiting, long atRisk, long breached) {
        public QueueView(Queue queue) {
            this(queue, 0, 0, 0);
        }
    }

    public List<QueueView> visibleQueues(Caller caller) {
        if (caller.organisation() == null) {
            return List.of();
        }
        List<Queue> visible = queues.visibleTo(caller.organisation());
        java.util.Map<java.util.UUID, fi.kohtaamo.routing.repository.ContactRepository.Waiting> figures =
                contacts.waitingIn(visible.stream().map(queue -> queue.id).toList());
        return visible.stream().map(queue -> {
            var waiting = figures.getOrDefault(queue.id, fi.kohtaamo.routing.repository.ContactRepository.Waiting.NONE);
            return new QueueView(queue, waiting.waiting(), waiting.atRisk(), waiting.breached());
        }).toList();
    }

    public List<Contact> contactsIn(UUID queueId, Caller caller, int limit) {
        Queue queue = queues.findByIdOptional(queueId).orElseThrow(() -> ProblemException.notFound("Queue", queueId));
        if (!queue.visibleTo(caller.organisation())) {
            throw ProblemException.notFound("Queue", queueId);
        }
        return contacts.inQueue(queueId, limit);
    }
}
