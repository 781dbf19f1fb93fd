package fi.kohtaamo.registry.service;

import fi.kohtaamo.problem.ProblemException;
import fi.kohtaamo.registry.domain.Client;
import fi.kohtaamo.registry.domain.Segment;
import fi.kohtaamo.registry.domain.SegmentRule;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

/** Keeps every client's rule segments current, and manual tags as staff set them. */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class Segments {

    private static final ZoneId HELSINKI = ZoneId.of("Europe/Helsinki");

    private final EntityManager entityManager;

    public Segments(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** Recomputes a client's rule segments; answers whether they changed. */
    public boolean recompute(Client client) {
        return recompute(client, definitions());
    }

    /** The definitions in code order, to recompute many clients against one read of them. */
    public List<Segment> definitions() {
        return Segment.listAll(Sort.by("code"));
    }

    public boolean recompute(Client client, List<Segment> definitions) {
        List<String> before = ruleSegmentsOf(client.id);
        LocalDate today = LocalDate.now(HELSINKI);
        List<String> after = client.status == Client.Status.ERASED ? List.of()
                : definitions.stream()
                .filter(segment -> segment.rule != null && segment.rule.matches(client, today))
                .map(segment -> segment.code).toList();
        if (before.equals(after)) {
            return false;
        }
        entityManager.flush();
        entityManager.createNativeQuery("delete from client_segment where client_id = ?1 and source = 'RULE'")
                .setParameter(1, client.id).executeUpdate();
        for (String code : after) {
            entityManager.createNativeQuery("insert into client_segment (client_id, segment_code, source) values (?1, ?2, 'RULE')")
                    .setParameter(1, client.id).setParameter(2, code).executeUpdate();
        }
        return true;
    }

    /** Every segment of a client, rule and manual, in code order. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<String> of(UUID clientId) {
        @SuppressWarnings("unchecked")
        List<String> codes = entityManager.createNativeQuery(
                        "select distinct segment_code from client_segment where client_id = ?1 order by segment_code")
                .setParameter(1, clientId).getResultList();
        return codes;
    }

    public Segment define(String code, String nameFi, String nameSv, String nameEn, SegmentRule rule) {
        Segment segment = Segment.<Segment>findByIdOptional(code).orElse(null);
        if (segment == null) {
            segment = new Segment();
            segment.code = code;
            segment.version = 0;
        }
        segment.nameFi = nameFi;
        segment.nameSv = nameSv;
        segment.nameEn = nameEn;
        segment.rule = rule;
        segment.version++;
        segment.updatedAt = Instant.now().truncatedTo(ChronoUnit.MICROS);
        segment.persist();
        entityManager.flush();
        return segment;
    }

    /** An erased client belongs to no segment, rule or manual. */
    public void clear(UUID clientId) {
        entityManager.flush();
        entityManager.createNativeQuery("delete from client_segment where client_id = ?1").setParameter(1, clientId).executeUpdate();
    }

    /** A merge: the duplicate's manual tags go to the surviving client. */
    public void moveManualTags(UUID from, UUID to) {
        entityManager.flush();
        entityManager.createNativeQuery("insert into client_segment (client_id, segment_code, source)"
                        + " select ?2, segment_code, 'MANUAL' from client_segment where client_id = ?1 and source = 'MANUAL'"
                        + " on conflict do nothing")
                .setParameter(1, from).setParameter(2, to).executeUpdate();
        clear(from);
    }

    public boolean tag(UUID clientId, String code) {
        Segment.<Segment>findByIdOptional(code).orElseThrow(() -> ProblemException.notFound("Segment", code));
        return entityManager.createNativeQuery("insert into client_segment (client_id, segment_code, source)"
                        + " values (?1, ?2, 'MANUAL') on conflict do nothing")
                .setParameter(1, clientId).setParameter(2, code).executeUpdate() == 1;
    }

    public boolean untag(UUID clientId, String code) {
        return entityManager.createNativeQuery("delete from client_segment where client_id = ?1 and segment_code = ?2"
                        + " and source = 'MANUAL'")
                .setParameter(1, clientId).setParameter(2, code).executeUpdate() == 1;
    }

    @SuppressWarnings("unchecked")
    private List<String> ruleSegmentsOf(UUID clientId) {
        return entityManager.createNativeQuery(
                        "select segment_code from client_segment where client_id = ?1 and source = 'RULE' order by segment_code")
                .setParameter(1, clientId).getResultList();
    }
}
