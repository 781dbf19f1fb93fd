package fi.kohtaamo.feedback.domain;

import fi.kohtaamo.problem.ProblemException;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.UUID;

/**
 * One registry client a survey was sent to, with their one-time invitation. The address and the
 * link's token are held only while a mail may still go to them; {@link #forget()} drops both.
 */
@Entity
@Table(name = "survey_recipient")
public class SurveyRecipient extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "survey_id", nullable = false)
    public UUID surveyId;

    @Column(name = "client_id")
    public UUID clientId;

    /** The recipient's invitation until they answer; then null, so that the answer names nobody. */
    @Column(name = "invitation_id")
    public UUID invitationId;

    @Column(nullable = false)
    public String language;

    public String email;

    public String token;

    @Column(name = "opt_out_token")
    public String optOutToken;

    @Column(name = "opt_out_token_hash", nullable = false)
    public String optOutTokenHash;

    @Column(nullable = false)
    public boolean answered;

    /** The round of a recurring survey it belongs to; 0 when sent by hand or not sent at all. */
    @Column(nullable = false)
    public int round;

    @Column(name = "sent_at", nullable = false)
    public Instant sentAt;

    @Column(name = "reminded_at")
    public Instant remindedAt;

    @Column(name = "opted_out_at")
    public Instant optedOutAt;

    /** The one reminder: only once, and never after an opt-out or once the address is forgotten. */
    public void remind(Instant now) {
        if (remindedAt != null) {
            throw ProblemException.conflict("This recipient has already been reminded");
        }
        if (optedOutAt != null || email == null) {
            throw ProblemException.conflict("This recipient can no longer be reminded");
        }
        remindedAt = now;
    }

    /** No more survey mail to this recipient; the address goes at once. */
    public void optOut(Instant now) {
        if (optedOutAt == null) {
            optedOutAt = now;
        }
        forget();
    }

    /** Answered: nothing more is mailed, and the link to the invitation (so to the answer) goes. */
    public void answered() {
        answered = true;
        invitationId = null;
        forget();
    }

    /** Nothing more will be mailed: the address and the tokens are no longer needed. */
    public void forget() {
        email = null;
        token = null;
        optOutToken = null;
    }
}
