package fi.kohtaamo.feedback.repository;

import fi.kohtaamo.feedback.domain.Survey;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class SurveyRepository implements PanacheRepositoryBase<Survey, UUID> {

    /** An organisation's surveys, latest opening first. */
    public List<Survey> ofOrganisation(String organisation) {
        return list("organisation", Sort.by("opensAt").descending(), organisation);
    }

    /** The survey, its row locked until the transaction ends (two changes on one version: one wins). */
    public Survey lock(UUID id) {
        return findById(id, jakarta.persistence.LockModeType.PESSIMISTIC_WRITE);
    }

    /** Open surveys whose next round is due by {@code now}, the longest due first. */
    public List<UUID> dueForRound(java.time.Instant now, int limit) {
        return getEntityManager().createQuery("""
                        select s.id from Survey s
                        where s.nextRoundAt is not null and s.nextRoundAt <= :now and (s.closesAt is null or s.closesAt > :now)
                        order by s.nextRoundAt""", UUID.class)
                .setParameter("now", now).setMaxResults(limit).getResultList();
    }

    /** The organisation's satisfaction survey, or null. */
    public Survey satisfactionSurveyOf(String organisation) {
        return find("organisation = ?1 and csat = true", organisation).firstResult();
    }

    /**
     * Holds the organisation's satisfaction-survey lock until the transaction ends, so two
     * transactions never both create the survey.
     */
    public void lockSatisfactionSurveyOf(String organisation) {
        getEntityManager().createNativeQuery("select pg_advisory_xact_lock(hashtext(?1))")
                .setParameter(1, "csat:" + organisation).getSingleResult();
    }
}
