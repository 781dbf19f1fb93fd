package fi.kohtaamo.feedback.repository;

import fi.kohtaamo.feedback.domain.Feedback;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class FeedbackRepository implements PanacheRepositoryBase<Feedback, UUID> {

    /**
     * One page of an organisation's feedback, oldest reply deadline first. Each filter that is
     * null (false for {@code mine}) matches all; {@code overdueAt} keeps the open feedback whose
     * reply was due before it; {@code handler} keeps what that handler holds.
     */
    public List<Feedback> queue(String organisation, Feedback.Status status, Feedback.Kind kind, String theme,
                                Instant overdueAt, String handler, int page, int size) {
        StringBuilder query = new StringBuilder("organisation = :organisation");
        Parameters parameters = Parameters.with("organisation", organisation);
        if (status != null) {
            query.append(" and status = :status");
            parameters.and("status", status);
        }
        if (kind != null) {
            query.append(" and kind = :kind");
            parameters.and("kind", kind);
        }
        if (theme != null) {
            query.append(" and array_contains(themes, :theme)");
            parameters.and("theme", theme);
        }
        if (overdueAt != null) {
            query.append(" and status in :open and replyDue < :now");
            parameters.and("open", List.of(Feedback.Status.NEW, Feedback.Status.IN_PROGRESS)).and("now", overdueAt);
        }
        if (handler != null) {
            query.append(" and handler = :handler");
            parameters.and("handler", handler);
        }
        return find(query.toString(), Sort.by("replyDue").and("receivedAt"), parameters)
                .page(Page.of(page, size)).list();
    }

    /** A citizen's own feedback, newest first. */
    /** Feedback imported before into the organisation under the earlier system's id. */
    public java.util.Optional<Feedback> imported(String organisation, String externalId) {
        return find("organisation = ?1 and externalId = ?2", organisation, externalId).firstResultOptional();
    }

    public List<Feedback> sentBy(String subject) {
        return list("senderSubject", Sort.by("receivedAt").descending(), subject);
    }

    /** Feedback a signed-in citizen sent that is not linked to a registry client yet. */
    public List<Feedback> unlinkedOfSender(String subject) {
        return list("senderSubject = ?1 and clientId is null", subject);
    }

    /** The feedbacks with these ids, in no particular order. */
    public List<Feedback> withIds(Collection<UUID> ids) {
        return list("id in ?1", ids);
    }

    public List<Feedback> ofClient(UUID clientId) {
        return list("clientId", clientId);
    }

    /** A client's feedback with one organisation, newest first, at most {@code limit}. */
    public List<Feedback> ofClientWith(UUID clientId, String organisation, int limit) {
        return find("clientId = ?1 and organisation = ?2", Sort.by("receivedAt").descending(), clientId, organisation)
                .page(Page.ofSize(limit)).list();
    }

    /** A client's feedback, oldest first. */
    public List<Feedback> ofClientByReceipt(UUID clientId) {
        return list("clientId", Sort.by("receivedAt"), clientId);
    }

    /**
     * Up to {@code limit} feedbacks finished (closed, or answered) before {@code cutoff} that name
     * no registry client and still hold their texts, longest finished first, locked; rows another
     * replica holds are skipped (index {@code feedback_retention_idx}).
     */
    @SuppressWarnings("unchecked")
    public List<UUID> lockFinishedAnonymousWithTexts(Instant cutoff, int limit) {
        return getEntityManager().createNativeQuery("""
                select id from feedback
                 where status in ('ANSWERED', 'CLOSED') and client_id is null and not erased
                   and personal_data_removed_at is null and coalesce(closed_at, answered_at) < ?1
                 order by coalesce(closed_at, answered_at) limit ?2 for update skip locked""", UUID.class)
                .setParameter(1, cutoff).setParameter(2, limit).getResultList();
    }

    /** The client {@code from} is now {@code to} (a merge); answers how many changed. */
    public int repointClient(UUID from, UUID to) {
        return update("clientId = ?1 where clientId = ?2", to, from);
    }
}
