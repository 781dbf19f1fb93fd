package fi.kohtaamo.feedback.domain;

import fi.kohtaamo.problem.Problem;
import fi.kohtaamo.problem.ProblemException;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.UUID;

/** A one-time invitation to answer a survey; only its token's hash is kept. */
@Entity
@Table(name = "survey_invitation")
public class SurveyInvitation extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "survey_id", nullable = false)
    public UUID surveyId;

    @Column(name = "token_hash", nullable = false, unique = true)
    public String tokenHash;

    @Column(nullable = false)
    public String language;

    /** The resolved contact a satisfaction invitation is about. */
    @Column(name = "contact_id")
    public UUID contactId;

    @Column(name = "client_id")
    public UUID clientId;

    /** The round of a recurring survey it belongs to; 0 when sent by hand or not sent at all. */
    @Column(nullable = false)
    public int round;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "expires_at", nullable = false)
    public Instant expiresAt;

    @Column(name = "responded_at")
    public Instant respondedAt;

    /**
     * The invitation can be answered now: once (410 already-answered), before it or its survey
     * closes (410 expired), and not before the survey opens (409).
     */
    public void requireAnswerable(Survey survey, Instant now) {
        if (respondedAt != null) {
            throw alreadyAnswered();
        }
        if (!expiresAt.isAfter(now) || (survey.closesAt != null && !survey.closesAt.isAfter(now))) {
            throw new ProblemException(Problem.of(410, "expired", "Gone", "This invitation is no longer open"));
        }
        if (now.isBefore(survey.opensAt)) {
            throw ProblemException.conflict("The survey opens at " + survey.opensAt);
        }
    }

    /** The answer to a second use of the token (also when two answers race for it). */
    public static ProblemException alreadyAnswered() {
        return new ProblemException(Problem.of(410, "already-answered", "Gone", "This invitation has already been answered"));
    }
}
