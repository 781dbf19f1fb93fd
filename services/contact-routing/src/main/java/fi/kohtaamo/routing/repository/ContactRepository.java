package fi.kohtaamo.routing.repository;

import fi.kohtaamo.routing.domain.Contact;
import fi.kohtaamo.routing.domain.ContactStatus;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class ContactRepository implements PanacheRepositoryBase<Contact, UUID> {

    public Optional<Contact> findByTrackingCode(String trackingCode) {
        return find("trackingCode", trackingCode).firstResultOptional();
    }

    public Optional<Contact> findByIdempotencyKey(String submittedBy, String key) {
        return find("submittedBy = ?1 and idempotencyKey = ?2", submittedBy, key).firstResultOptional();
    }

    public boolean trackingCodeTaken(String trackingCode) {
        return count("trackingCode", trackingCode) > 0;
    }

    /** The open contacts of a queue (queued, assigned, waiting for the client), oldest first. */
    public List<Contact> inQueue(UUID queueId, int limit) {
        return find("queue.id = ?1 and status in ?2", Sort.by("receivedAt").and("id"), queueId,
                List.of(ContactStatus.QUEUED, ContactStatus.ASSIGNED, ContactStatus.WAITING_FOR_CLIENT))
                .page(Page.ofSize(limit)).list();
    }

    public long waitingIn(UUID queueId) {
        return count("queue.id = ?1 and status = ?2", queueId, ContactStatus.QUEUED);
    }
}
