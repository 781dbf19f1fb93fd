package fi.kohtaamo.feedback.repository;

import fi.kohtaamo.feedback.domain.SurveyInvitation;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Instant;
import java.util.UUID;

@ApplicationScoped
public class SurveyInvitationRepository implements PanacheRepositoryBase<SurveyInvitation, UUID> {

    /** The invitation a token's hash belongs to, or null. */
    public SurveyInvitation findByTokenHash(String tokenHash) {
        return find("tokenHash", tokenHash).firstResult();
    }

    public boolean existsForContact(UUID contactId) {
        return count("contactId", contactId) > 0;
    }

    /** A survey's invitations, of one round or of every round (a negative round). */
    public long countOfSurvey(UUID surveyId, int round) {
        return round < 0 ? count("surveyId", surveyId) : count("surveyId = ?1 and round = ?2", surveyId, round);
    }

    /** Marks the invitation answered unless it already is; answers whether this call did it (the token works once). */
    public boolean claimForResponse(UUID invitationId, Instant now) {
        return getEntityManager().createQuery(
                        "update SurveyInvitation set respondedAt = :now where id = :id and respondedAt is null")
                .setParameter("now", now).setParameter("id", invitationId).executeUpdate() != 0;
    }

    /** The invitations stay without the client (an erasure); answers how many changed. */
    public int detachClient(UUID clientId) {
        return update("clientId = null where clientId = ?1", clientId);
    }

    /** The client {@code from} is now {@code to} (a merge); answers how many changed. */
    public int repointClient(UUID from, UUID to) {
        return update("clientId = ?1 where clientId = ?2", to, from);
    }
}
