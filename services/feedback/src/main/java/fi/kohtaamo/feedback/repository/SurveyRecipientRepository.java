package fi.kohtaamo.feedback.repository;

import fi.kohtaamo.feedback.domain.SurveyMail;
import fi.kohtaamo.feedback.domain.SurveyOptOut;
import fi.kohtaamo.feedback.domain.SurveyRecipient;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Instant;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/** Recipients of sent surveys, their opt-outs and their mails. */
@ApplicationScoped
public class SurveyRecipientRepository implements PanacheRepositoryBase<SurveyRecipient, UUID> {

    /** The clients a survey has already been sent to. */
    public Set<UUID> clientsOf(UUID surveyId) {
        return new HashSet<>(getEntityManager().createQuery(
                        "select r.clientId from SurveyRecipient r where r.surveyId = :survey and r.clientId is not null", UUID.class)
                .setParameter("survey", surveyId).getResultList());
    }

    /** The clients mailed in one round of a survey. */
    public Set<UUID> clientsOf(UUID surveyId, int round) {
        return new HashSet<>(getEntityManager().createQuery("""
                        select r.clientId from SurveyRecipient r
                        where r.surveyId = :survey and r.round = :round and r.clientId is not null""", UUID.class)
                .setParameter("survey", surveyId).setParameter("round", round).getResultList());
    }

    /**
     * A new round begins: the earlier rounds' links have expired, so their recipients' mails still
     * waiting go and their addresses and tokens are forgotten. Returns how many were forgotten.
     */
    public int forgetEarlierRounds(UUID surveyId, int round) {
        getEntityManager().createQuery("""
                        delete from SurveyMail m where m.delivery.sentAt is null and m.recipientId in
                          (select r.id from SurveyRecipient r where r.surveyId = :survey and r.round > 0 and r.round < :round)""")
                .setParameter("survey", surveyId).setParameter("round", round).executeUpdate();
        return getEntityManager().createQuery("""
                        update SurveyRecipient r set r.email = null, r.token = null, r.optOutToken = null
                        where r.surveyId = :survey and r.round > 0 and r.round < :round and r.email is not null""")
                .setParameter("survey", surveyId).setParameter("round", round).executeUpdate();
    }

    /** Those of the clients who asked for no survey mail. */
    public Set<UUID> optedOut(Collection<UUID> clientIds) {
        if (clientIds.isEmpty()) {
            return Set.of();
        }
        return new HashSet<>(getEntityManager().createQuery(
                        "select o.clientId from SurveyOptOut o where o.clientId in :ids", UUID.class)
                .setParameter("ids", clientIds).getResultList());
    }

    public SurveyOptOut optOutOf(UUID clientId) {
        return getEntityManager().find(SurveyOptOut.class, clientId);
    }

    public SurveyRecipient findByInvitation(UUID invitationId) {
        return find("invitationId", invitationId).firstResult();
    }

    public SurveyRecipient findByOptOutTokenHash(String hash) {
        return find("optOutTokenHash", hash).firstResult();
    }

    /**
     * Recipients of open surveys who may be reminded by {@code now}: not reminded, not answered,
     * not opted out, their address still held, and their survey's reminder days passed since the
     * invitation. With {@code surveyId} only that survey's, and without waiting for the days (the
     * manager's "remind now").
     */
    @SuppressWarnings("unchecked")
    public List<SurveyRecipient> dueForReminder(Instant now, UUID surveyId, int limit) {
        return getEntityManager().createNativeQuery("""
                        select r.* from survey_recipient r join survey s on s.id = r.survey_id
                         where r.reminded_at is null and r.opted_out_at is null and not r.answered
                           and r.email is not null and s.reminder_after_days is not null
                           and (s.closes_at is null or s.closes_at > ?1)
                           and (cast(?2 as uuid) is null
                                  and r.sent_at + make_interval(days => s.reminder_after_days) <= ?1
                                or s.id = cast(?2 as uuid))
                         order by r.sent_at
                         limit ?3
                           for update of r skip locked""", SurveyRecipient.class)
                .setParameter(1, now).setParameter(2, surveyId == null ? null : surveyId.toString())
                .setParameter(3, limit).getResultList();
    }

    /** Where a survey's sending is. */
    public record Delivery(long recipients, long invitationsSent, long remindersSent, long answered, long optedOut) {
    }

    public Delivery delivery(UUID surveyId) {
        Object[] row = (Object[]) getEntityManager().createNativeQuery("""
                select count(*),
                       (select count(*) from survey_mail m join survey_recipient x on x.id = m.recipient_id
                         where x.survey_id = ?1 and m.kind = 'INVITATION' and m.sent_at is not null),
                       (select count(*) from survey_mail m join survey_recipient x on x.id = m.recipient_id
                         where x.survey_id = ?1 and m.kind = 'REMINDER' and m.sent_at is not null),
                       count(*) filter (where answered),
                       count(*) filter (where opted_out_at is not null)
                  from survey_recipient where survey_id = ?1""").setParameter(1, surveyId).getSingleResult();
        return new Delivery(number(row[0]), number(row[1]), number(row[2]), number(row[3]), number(row[4]));
    }

    private static long number(Object value) {
        return ((Number) value).longValue();
    }

    /** A client's recipient rows (an erasure forgets their addresses and unlinks them). */
    public List<SurveyRecipient> ofClient(UUID clientId) {
        return list("clientId", clientId);
    }

    /** The mails of a recipient not yet sent (an opt-out or an erasure stops them). */
    public long dropUnsentMails(Collection<UUID> recipientIds) {
        if (recipientIds.isEmpty()) {
            return 0;
        }
        return getEntityManager().createQuery("delete from SurveyMail m where m.recipientId in :ids and m.delivery.sentAt is null")
                .setParameter("ids", recipientIds).executeUpdate();
    }

    /** Whether the recipient has a mail of this kind still waiting. */
    public boolean hasUnsent(UUID recipientId, SurveyMail.Kind kind) {
        return getEntityManager().createQuery("""
                        select count(m) from SurveyMail m
                        where m.recipientId = :id and m.kind = :kind and m.delivery.sentAt is null""", Long.class)
                .setParameter("id", recipientId).setParameter("kind", kind).getSingleResult() > 0;
    }
}
