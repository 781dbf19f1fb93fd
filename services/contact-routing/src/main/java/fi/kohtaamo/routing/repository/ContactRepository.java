package fi.kohtaamo.routing.repository;

import fi.kohtaamo.routing.domain.Channel;
import fi.kohtaamo.routing.domain.Contact;
import fi.kohtaamo.routing.domain.TrackingCode;
import fi.kohtaamo.routing.domain.ContactStatus;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class ContactRepository implements PanacheRepositoryBase<Contact, UUID> {

    public Optional<Contact> findByTrackingCode(String trackingCode) {
        return find("trackingCode", trackingCode).firstResultOptional();
    }

    /**
     * Open contacts (not closed, data kept) followed with a secret whose client gave this
     * address, locked for the change of secret; oldest first, at most {@code limit}.
     */
    public List<Contact> lockOpenWithSecretOf(String email, int limit) {
        // The status as a literal, so that the planner may use the partial index of open contacts' addresses.
        return find("lower(contactEmail) = lower(?1) and status <> fi.kohtaamo.routing.domain.ContactStatus.CLOSED"
                        + " and accessSecretHash is not null and personalDataRemovedAt is null order by receivedAt", email)
                .withLock(LockModeType.PESSIMISTIC_WRITE).page(0, limit).list();
    }

    public Optional<Contact> findByIdempotencyKey(String submittedBy, String key) {
        return find("submittedBy = ?1 and idempotencyKey = ?2", submittedBy, key).firstResultOptional();
    }

    /**
     * Whether a contact has this code. One row at most through the unique index, by a query whose
     * plan Hibernate keeps: a Panache {@code count} translates its counting query afresh on every
     * call, which was 8 % of intake's CPU (docs/performance.md).
     */
    public boolean trackingCodeTaken(String trackingCode) {
        return !getEntityManager().createQuery("select 1 from Contact where trackingCode = ?1", Integer.class)
                .setParameter(1, trackingCode).setMaxResults(1).getResultList().isEmpty();
    }

    /** A tracking code no contact has yet. */
    public String newTrackingCode() {
        for (int attempt = 0; attempt < 5; attempt++) {
            String code = TrackingCode.generate();
            if (!trackingCodeTaken(code)) {
                return code;
            }
        }
        throw new IllegalStateException("no free tracking code after five attempts");
    }

    /** The open contacts of a queue (queued, assigned, waiting for the client), oldest first. */
    public List<Contact> inQueue(UUID queueId, int limit) {
        return find("queue.id = ?1 and status in ?2", Sort.by("receivedAt").and("id"), queueId,
                List.of(ContactStatus.QUEUED, ContactStatus.ASSIGNED, ContactStatus.WAITING_FOR_CLIENT))
                .page(Page.ofSize(limit)).list();
    }

    /** Waiting contacts per queue: how many, and how many of them are at risk of or past their service level. */
    public record Waiting(long waiting, long atRisk, long breached) {
        public static final Waiting NONE = new Waiting(0, 0, 0);
    }

    /** {@link Waiting} for each of the queues, in one query; a queue with nobody waiting is absent. */
    public java.util.Map<UUID, Waiting> waitingIn(List<UUID> queueIds) {
        if (queueIds.isEmpty()) {
            return java.util.Map.of();
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = getEntityManager().createNativeQuery("""
                select queue_id, count(*), count(*) filter (where sla_state = 'AT_RISK'),
                       count(*) filter (where sla_state = 'BREACHED')
                  from contact where queue_id in (?1) and status = 'QUEUED' group by queue_id""")
                .setParameter(1, queueIds).getResultList();
        java.util.Map<UUID, Waiting> figures = new java.util.HashMap<>();
        rows.forEach(row -> figures.put((UUID) row[0], new Waiting(((Number) row[1]).longValue(),
                ((Number) row[2]).longValue(), ((Number) row[3]).longValue())));
        return figures;
    }

    /** The contact locked for update (waiting for a lock another transaction holds), or null. */
    public Contact findForUpdate(UUID id) {
        return findById(id, LockModeType.PESSIMISTIC_WRITE);
    }

    /**
     * Picks and locks the best waiting contact for an agent: in one of the queues, in one of the
     * languages, every required skill at most the agent's level ({@code skillsJson}: skill to
     * level); by priority, first-response deadline, age; a call-back not before its first chosen
     * time. Rows other agents are locking are skipped, so concurrent agents never get the same contact.
     */
    public Optional<Contact> lockNextFor(java.util.Collection<UUID> queueIds, java.util.Collection<String> languages,
                                         String skillsJson) {
        @SuppressWarnings("unchecked")
        List<UUID> picked = getEntityManager().createNativeQuery("""
                select c.id from contact c
                 where c.status = 'QUEUED' and c.assigned_to is null
                   and (c.offered_to is null or c.offer_expires_at < now())
                   and (c.callback_from is null or c.callback_from <= now())
                   and c.queue_id in (?1)
                   and c.language in (?2)
                   and not exists (select 1 from jsonb_each_text(c.required_skills) r
                                    where coalesce(cast(cast(?3 as jsonb) ->> r.key as integer), 0) < cast(r.value as integer))
                 order by c.priority, c.first_response_due nulls last, c.received_at, c.id
                 limit 1
                 for update of c skip locked""", UUID.class)
                .setParameter(1, queueIds)
                .setParameter(2, languages)
                .setParameter(3, skillsJson)
                .getResultList();
        return picked.isEmpty() ? Optional.empty() : Optional.of(findById(picked.get(0)));
    }

    /** How many contacts an agent holds now (assigned, not waiting for the client). */
    public long heldBy(String subject) {
        // Not a Panache count, which translates its query afresh on every call (see trackingCodeTaken):
        // every "next contact" asks this, and it was 8 % of routing's CPU in a burst of claims.
        // The status a literal, so that even a generic plan can take the held contacts' index
        // (contact_held_idx) rather than the agent's whole history.
        return getEntityManager().createQuery("select count(*) from Contact where assignedTo = ?1"
                        + " and status = fi.kohtaamo.routing.domain.ContactStatus.ASSIGNED", Long.class)
                .setParameter(1, subject).getSingleResult();
    }

    /**
     * Up to {@code limit} waiting contacts of the queues that are neither assigned nor offered, in
     * the order "next contact" takes them (a call-back not before its first chosen time), locked; rows another transaction holds are skipped.
     */
    @SuppressWarnings("unchecked")
    public List<UUID> lockWaitingToOffer(List<UUID> queueIds, int limit) {
        return getEntityManager().createNativeQuery("""
                select id from contact
                 where status = 'QUEUED' and assigned_to is null and offered_to is null and queue_id in (?1)
                   and (callback_from is null or callback_from <= now())
                 order by priority, first_response_due nulls last, received_at, id
                 limit ?2
                 for update skip locked""", UUID.class)
                .setParameter(1, queueIds).setParameter(2, limit).getResultList();
    }

    /** Contacts whose offer expired by {@code now}, locked; rows another transaction holds are skipped. */
    @SuppressWarnings("unchecked")
    public List<UUID> lockExpiredOffers(Instant now) {
        return getEntityManager().createNativeQuery("""
                select id from contact where offered_to is not null and offer_expires_at <= ?1
                 for update skip locked""", UUID.class).setParameter(1, now).getResultList();
    }

    /** Contacts open to an agent's offer now, by priority and age. */
    public List<Contact> offeredTo(String subject, Instant now) {
        return list("offeredTo = ?1 and offerExpiresAt > ?2 and status = ?3 order by priority, receivedAt",
                subject, now, ContactStatus.QUEUED);
    }

    /** Held contacts and open offers per agent; an agent with neither is absent. */
    public Map<String, Long> loadsOf(List<String> subjects) {
        Map<String, Long> load = new HashMap<>();
        @SuppressWarnings("unchecked")
        List<Object[]> rows = getEntityManager().createNativeQuery(LOADS_OF).setParameter(1, subjects).getResultList();
        rows.forEach(row -> load.put((String) row[0], ((Number) row[1]).longValue()));
        return load;
    }

    // The scheduled jobs' queries (?1 a moment and ?2 a batch size, or ?1 agents): each must find its
    // rows in an index, since with a year's contacts a run that reads the whole table costs hundreds
    // of megabytes of reads every few minutes (JobQueriesTest).
    //
    // The next service-level moment, written as index contact_service_level_next_idx has it (V48):
    // the due contacts come from the index in the order of their moments, earliest first.
    private static final String NEXT_SERVICE_LEVEL_MOMENT = """
            least(case when first_responded_at is null and not first_response_breached then first_response_due end,
                  case when not resolution_breached then resolution_due end,
                  case when sla_state = 'ON_TIME' and first_responded_at is null then first_response_at_risk end,
                  case when sla_state = 'ON_TIME' then resolution_at_risk end)""";
    static final String DUE_FOR_SERVICE_LEVEL_CHECK = "select id from contact"
            + " where status in ('QUEUED', 'ASSIGNED') and waiting_since is null and " + NEXT_SERVICE_LEVEL_MOMENT + " <= ?1"
            + " order by " + NEXT_SERVICE_LEVEL_MOMENT + " limit ?2 for update skip locked";
    static final String RESOLVED_BEFORE = """
            select id from contact where status = 'RESOLVED' and resolved_at < ?1
             order by resolved_at limit ?2 for update skip locked""";
    // Two halves, each from its own index: as one OR the planner could use neither and read the table.
    static final String LOADS_OF = """
            select subject, count(*) from (
                select assigned_to as subject from contact where assigned_to in (?1) and status = 'ASSIGNED'
                union all
                select offered_to from contact where offered_to in (?1) and status = 'QUEUED') held
             group by subject""";
    static final String CLOSED_ANONYMOUS_WITH_PERSONAL_DATA = """
            select id from contact
             where status = 'CLOSED' and client_id is null and personal_data_removed_at is null and closed_at < ?1
             order by closed_at limit ?2 for update skip locked""";

    /**
     * Up to {@code limit} contacts whose service-level clock runs and has passed a deadline or an
     * at-risk point not yet recorded, the longest passed first, locked; rows another replica holds are skipped.
     */
    @SuppressWarnings("unchecked")
    public List<UUID> lockDueForServiceLevelCheck(Instant now, int limit) {
        return getEntityManager().createNativeQuery(DUE_FOR_SERVICE_LEVEL_CHECK, UUID.class)
                .setParameter(1, now).setParameter(2, limit).getResultList();
    }

    /** Up to {@code limit} contacts resolved before {@code cutoff}, oldest first, locked; held rows are skipped. */
    @SuppressWarnings("unchecked")
    public List<UUID> lockResolvedBefore(Instant cutoff, int limit) {
        return getEntityManager().createNativeQuery(RESOLVED_BEFORE, UUID.class)
                .setParameter(1, cutoff).setParameter(2, limit).getResultList();
    }

    /**
     * Up to {@code limit} contacts closed before {@code cutoff} that name no registry client and
     * still hold their personal data, oldest closing first, locked; rows another replica holds are
     * skipped (index {@code contact_retention_idx}).
     */
    @SuppressWarnings("unchecked")
    public List<UUID> lockClosedAnonymousWithPersonalData(Instant cutoff, int limit) {
        return getEntityManager().createNativeQuery(CLOSED_ANONYMOUS_WITH_PERSONAL_DATA, UUID.class)
                .setParameter(1, cutoff).setParameter(2, limit).getResultList();
    }

    /** The contacts with these ids, in no particular order. */
    public List<Contact> withIds(java.util.Collection<UUID> ids) {
        return list("id in ?1", ids);
    }

    /** The contacts a signed-in citizen submitted, newest first, at most {@code limit}. */
    public List<Contact> submittedBy(String subject, int limit) {
        return find("submittedBy = ?1 order by receivedAt desc", subject).page(0, limit).list();
    }

    public List<Contact> ofClient(UUID clientId) {
        return list("clientId", clientId);
    }

    /** A client's contacts, oldest first. */
    public List<Contact> ofClientByReceipt(UUID clientId) {
        return list("clientId", Sort.by("receivedAt"), clientId);
    }

    /** Contacts a signed-in citizen submitted themself that are not linked to a registry client yet. */
    public List<Contact> unlinkedOfClientSubject(String subject) {
        return list("clientSubject = ?1 and clientId is null", subject);
    }

    /** The contacts of {@code from} become {@code to}'s (a merge in the client registry). */
    public int repointClient(UUID from, UUID to) {
        return update("clientId = ?1 where clientId = ?2", to, from);
    }

    /** Open311 requests the public may list, and every one of the organisation {@code fullFor} ("" names none). */
    private static final String OPEN311_VISIBLE = "(publiclyListed = true or organisation = :fullFor)";

    /** The Open311 requests with these tracking codes that {@code fullFor} may see, newest first. */
    public List<Contact> open311WithTrackingCodes(List<String> trackingCodes, String fullFor) {
        return list("channel = :channel and trackingCode in :codes and " + OPEN311_VISIBLE + " order by receivedAt desc",
                Map.of("channel", Channel.OPEN311, "codes", trackingCodes, "fullFor", fullFor));
    }

    /**
     * Open311 requests received in [start, end] that {@code fullFor} may see, of the services
     * (null: any) and in the statuses (empty: any), newest first, at most {@code limit}.
     */
    public List<Contact> open311Received(Instant start, Instant end, String fullFor, List<UUID> serviceIds,
                                         List<ContactStatus> statuses, int limit) {
        StringBuilder where = new StringBuilder("channel = :channel and receivedAt >= :start and receivedAt <= :end and "
                + OPEN311_VISIBLE);
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("fullFor", fullFor);
        parameters.put("channel", Channel.OPEN311);
        parameters.put("start", start);
        parameters.put("end", end);
        if (serviceIds != null) {
            where.append(" and serviceId in :services");
            parameters.put("services", serviceIds);
        }
        if (!statuses.isEmpty()) {
            where.append(" and status in :statuses");
            parameters.put("statuses", statuses);
        }
        return find(where + " order by receivedAt desc", parameters).page(0, limit).list();
    }

    /** Open contacts of a queue by status, the oldest queued one's arrival, and how many are at risk or breached. */
    public record QueueCounts(long queued, long assigned, long waitingForClient, Instant oldestQueuedSince,
                              long atRisk, long breached) {
        public static final QueueCounts NONE = new QueueCounts(0, 0, 0, null, 0, 0);
    }

    /** {@link QueueCounts} for each of the queues, in one query; a queue with no open contact is absent. */
    public Map<UUID, QueueCounts> openIn(List<UUID> queueIds) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = getEntityManager().createNativeQuery("""
                select queue_id,
                       count(*) filter (where status = 'QUEUED'),
                       count(*) filter (where status = 'ASSIGNED'),
                       count(*) filter (where status = 'WAITING_FOR_CLIENT'),
                       min(received_at) filter (where status = 'QUEUED'),
                       count(*) filter (where sla_state = 'AT_RISK'),
                       count(*) filter (where sla_state = 'BREACHED')
                  from contact
                 where queue_id in (?1) and status in ('QUEUED', 'ASSIGNED', 'WAITING_FOR_CLIENT')
                 group by queue_id""").setParameter(1, queueIds).getResultList();
        Map<UUID, QueueCounts> counts = new HashMap<>();
        rows.forEach(row -> counts.put((UUID) row[0], new QueueCounts(number(row[1]), number(row[2]), number(row[3]),
                instant(row[4]), number(row[5]), number(row[6]))));
        return counts;
    }

    /** What an agent holds: assigned contacts and those waiting for the client. */
    public record Held(long assigned, long waitingForClient) {
        public static final Held NONE = new Held(0, 0);
    }

    /** {@link Held} for each agent of the organisation holding anything, in one query. */
    public Map<String, Held> heldByAgentsOf(String organisation) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = getEntityManager().createNativeQuery("""
                select c.assigned_to, count(*) filter (where c.status = 'ASSIGNED'),
                       count(*) filter (where c.status = 'WAITING_FOR_CLIENT')
                  from contact c join agent a on a.subject = c.assigned_to
                 where a.organisation = ?1 and c.status in ('ASSIGNED', 'WAITING_FOR_CLIENT')
                 group by c.assigned_to""").setParameter(1, organisation).getResultList();
        Map<String, Held> held = new HashMap<>();
        rows.forEach(row -> held.put((String) row[0], new Held(number(row[1]), number(row[2]))));
        return held;
    }

    /**
     * What staff search contacts by; every field optional (null) except the queues the caller sees.
     * {@code words}, letters and digits separated by single spaces, are matched against the matter's
     * text stemmed in each contact's language; a query's language is not known, so each word is
     * stemmed as Finnish, Swedish, English and taken as written.
     */
    public record SearchCriteria(List<UUID> queueIds, String words, String trackingCode, UUID clientId, UUID serviceId,
                                 UUID queueId, Channel channel, ContactStatus status, String assignedTo,
                                 Instant receivedFrom, Instant receivedBefore) {
    }

    /** One page of a search's contact ids, best match (or newest) first, and how many match (counted up to {@link #COUNT_CAP} + 1). */
    public record SearchPage(List<UUID> ids, long total) {
    }

    /** The contacts of these ids, in no particular order; none for none. */
    public List<Contact> byIds(List<UUID> ids) {
        return ids.isEmpty() ? List.of() : list("id in ?1", ids);
    }

    /** The contacts that meet every given criterion, a page of them; one query. */
    public SearchPage search(SearchCriteria criteria, int page, int size) {
        if (criteria.queueIds().isEmpty()) {
            return new SearchPage(List.of(), 0);
        }
        StringBuilder where = new StringBuilder(" where c.queue_id in (:queues)");
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("queues", criteria.queueIds());
        String rank = null;
        if (criteria.words() != null) {
            where.append(" and c.search_vector @@ q.query");
            parameters.put("words", criteria.words());
            rank = "ts_rank(c.search_vector, q.query) desc, ";
        }
        condition(where, parameters, "c.tracking_code = :code", "code", criteria.trackingCode());
        condition(where, parameters, "c.client_id = :client", "client", criteria.clientId());
        condition(where, parameters, "c.service_id = :service", "service", criteria.serviceId());
        condition(where, parameters, "c.queue_id = :queue", "queue", criteria.queueId());
        condition(where, parameters, "c.channel = :channel", "channel", criteria.channel() == null ? null : criteria.channel().name());
        condition(where, parameters, "c.status = :status", "status", criteria.status() == null ? null : criteria.status().name());
        condition(where, parameters, "c.assigned_to = :agent", "agent", criteria.assignedTo());
        condition(where, parameters, "c.received_at >= :from", "from", criteria.receivedFrom());
        condition(where, parameters, "c.received_at < :before", "before", criteria.receivedBefore());
        // Each word as a prefix of its stem in each language (or as written), all words required; a stop
        // word of any of the languages is left out, since a contact in that language cannot hold it.
        String words = criteria.words() == null ? "" : """
                , (select tsquery_and_all(term) as query from (
                      select to_tsquery('finnish', w || ':*') || to_tsquery('swedish', w || ':*')
                             || to_tsquery('english', w || ':*') || to_tsquery('simple', w || ':*') as term
                        from regexp_split_to_table(:words, ' ') w
                       where numnode(to_tsquery('finnish', w)) > 0 and numnode(to_tsquery('swedish', w)) > 0
                         and numnode(to_tsquery('english', w)) > 0) terms) q""";
        var query = getEntityManager().createNativeQuery("select c.id from contact c" + words + where
                + " order by " + (rank == null ? "" : rank) + "c.received_at desc, c.id limit :size offset :offset", UUID.class);
        parameters.forEach(query::setParameter);
        query.setParameter("size", size).setParameter("offset", (long) page * size);
        @SuppressWarnings("unchecked")
        List<UUID> ids = query.getResultList();
        // Counted apart and at most COUNT_CAP + 1: a window count over every match carried each
        // matching row through the sort and tripled the time of a search for a common word.
        var count = getEntityManager().createNativeQuery("select count(*) from (select 1 from contact c" + words + where
                + " limit " + (COUNT_CAP + 1) + ") matches");
        parameters.forEach(count::setParameter);
        return new SearchPage(ids, number(count.getSingleResult()));
    }

    /** A search counts its matches up to this many; more read as {@code COUNT_CAP + 1}. */
    public static final int COUNT_CAP = 10_000;

    private static void condition(StringBuilder where, Map<String, Object> parameters, String sql, String name, Object value) {
        if (value != null) {
            where.append(" and ").append(sql);
            parameters.put(name, value);
        }
    }

    /**
     * One agent's resolutions in a period: how many, their average handling time (from the last
     * assignment to the resolution), how many were resolved at first contact (never transferred,
     * released or reopened), and of those with a service level, how many met both targets.
     */
    public record Handled(String agent, long resolved, double averageHandlingSeconds, long firstContact,
                          long withServiceLevel, long onTime) {
    }

    /**
     * {@link Handled} for each agent of the organisation who resolved contacts of the given queues
     * in [from, before); a contact counts once, for its latest resolution, with the agent who held it.
     */
    public List<Handled> handledByAgentsOf(String organisation, List<UUID> queueIds, Instant from, Instant before) {
        if (queueIds.isEmpty()) {
            return List.of();
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = getEntityManager().createNativeQuery("""
                select c.assigned_to, count(*),
                       coalesce(avg(extract(epoch from (c.resolved_at - c.assigned_at)))
                           filter (where c.assigned_at is not null and c.assigned_at <= c.resolved_at), 0),
                       count(*) filter (where not exists (select 1 from contact_entry e where e.contact_id = c.id
                           and e.kind in ('TRANSFERRED', 'RELEASED', 'REOPENED'))),
                       count(*) filter (where c.resolution_due is not null),
                       count(*) filter (where c.resolution_due is not null and not c.resolution_breached
                           and not c.first_response_breached)
                  from contact c join agent a on a.subject = c.assigned_to and a.organisation = :organisation
                 where c.queue_id in (:queues) and c.resolved_at >= :from and c.resolved_at < :before
                 group by c.assigned_to order by c.assigned_to""")
                .setParameter("organisation", organisation).setParameter("queues", queueIds)
                .setParameter("from", from).setParameter("before", before).getResultList();
        return rows.stream().map(row -> new Handled((String) row[0], number(row[1]), ((Number) row[2]).doubleValue(),
                number(row[3]), number(row[4]), number(row[5]))).toList();
    }

    private static long number(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }

    private static Instant instant(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof Instant instant) {
            return instant;
        }
        if (value instanceof java.time.OffsetDateTime offset) {
            return offset.toInstant();
        }
        return ((java.sql.Timestamp) value).toInstant();
    }
}
