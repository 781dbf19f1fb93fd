package fi.kohtaamo.registry.repository;

import fi.kohtaamo.registry.domain.Segment;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;
import java.util.UUID;

/**
 * Segment definitions, and the client_segment table saying which client is in which segment
 * (source RULE: computed from a definition's rule; MANUAL: tagged by staff). The table has no
 * entity, so it is written with SQL; each write flushes first, so the SQL sees pending changes.
 */
@ApplicationScoped
public class SegmentRepository implements PanacheRepositoryBase<Segment, String> {

    /** A definition, its row locked until the transaction ends; null when there is none. */
    public Segment lockById(String code) {
        return findById(code, jakarta.persistence.LockModeType.PESSIMISTIC_WRITE);
    }

    /** The definitions in code order. */
    public List<Segment> definitions() {
        return listAll(Sort.by("code"));
    }

    /** Every segment of a client, rule and manual, in code order. */
    @SuppressWarnings("unchecked")
    public List<String> segmentsOf(UUID clientId) {
        return getEntityManager().createNativeQuery(
                        "select distinct segment_code from client_segment where client_id = ?1 order by segment_code")
                .setParameter(1, clientId).getResultList();
    }

    /** The preferred channels of a client's segments, in segment code order, each channel once. */
    @SuppressWarnings("unchecked")
    public List<String> preferredChannelsOf(UUID clientId) {
        return getEntityManager().createNativeQuery("""
                        select channel from (
                            select distinct on (c.channel) c.channel, s.code, c.place
                              from segment s
                              cross join lateral unnest(s.preferred_channels) with ordinality as c(channel, place)
                             where s.code in (select segment_code from client_segment where client_id = ?1)
                             order by c.channel, s.code, c.place) first_named
                         order by code, place""")
                .setParameter(1, clientId).getResultList();
    }

    /** The clients in a segment, by rule or by tag. */
    @SuppressWarnings("unchecked")
    public List<UUID> clientIdsIn(String segmentCode) {
        return getEntityManager().createNativeQuery(
                        "select distinct client_id from client_segment where segment_code = ?1", UUID.class)
                .setParameter(1, segmentCode).getResultList();
    }

    /** A client's rule segments, in code order. */
    @SuppressWarnings("unchecked")
    public List<String> ruleSegmentsOf(UUID clientId) {
        return getEntityManager().createNativeQuery(
                        "select segment_code from client_segment where client_id = ?1 and source = 'RULE' order by segment_code")
                .setParameter(1, clientId).getResultList();
    }

    /** Replaces a client's rule segments with these; manual tags stay. */
    public void replaceRuleSegments(UUID clientId, List<String> codes) {
        flush();
        getEntityManager().createNativeQuery("delete from client_segment where client_id = ?1 and source = 'RULE'")
                .setParameter(1, clientId).executeUpdate();
        for (String code : codes) {
            getEntityManager().createNativeQuery("insert into client_segment (client_id, segment_code, source) values (?1, ?2, 'RULE')")
                    .setParameter(1, clientId).setParameter(2, code).executeUpdate();
        }
    }

    /** Removes a client from every segment, rule and manual. */
    public void removeFromAll(UUID clientId) {
        flush();
        getEntityManager().createNativeQuery("delete from client_segment where client_id = ?1").setParameter(1, clientId).executeUpdate();
    }

    /** Gives {@code to} every manual tag {@code from} has (those it already has stay as they are). */
    public void copyManualTags(UUID from, UUID to) {
        flush();
        getEntityManager().createNativeQuery("insert into client_segment (client_id, segment_code, source)"
                        + " select ?2, segment_code, 'MANUAL' from client_segment where client_id = ?1 and source = 'MANUAL'"
                        + " on conflict do nothing")
                .setParameter(1, from).setParameter(2, to).executeUpdate();
    }

    /** Tags a client manually; answers whether the tag is new. */
    public boolean addManualTag(UUID clientId, String code) {
        return getEntityManager().createNativeQuery("insert into client_segment (client_id, segment_code, source)"
                        + " values (?1, ?2, 'MANUAL') on conflict do nothing")
                .setParameter(1, clientId).setParameter(2, code).executeUpdate() == 1;
    }

    /** Removes a manual tag; answers whether the client had it. */
    public boolean removeManualTag(UUID clientId, String code) {
        return getEntityManager().createNativeQuery("delete from client_segment where client_id = ?1 and segment_code = ?2"
                        + " and source = 'MANUAL'")
                .setParameter(1, clientId).setParameter(2, code).executeUpdate() == 1;
    }
}
