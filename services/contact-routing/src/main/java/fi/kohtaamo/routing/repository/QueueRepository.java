package fi.kohtaamo.routing.repository;

import fi.kohtaamo.routing.domain.Queue;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class QueueRepository implements PanacheRepositoryBase<Queue, UUID> {

    public Optional<Queue> findByCode(String code) {
        return find("code", code).firstResultOptional();
    }

    /** Queues of an organisation and those shared with it. */
    public List<Queue> visibleTo(String organisation) {
        return find("select distinct q from Queue q left join q.sharedWith s"
                + " where q.organisation = ?1 or s = ?1 order by q.code", organisation).list();
    }
}
