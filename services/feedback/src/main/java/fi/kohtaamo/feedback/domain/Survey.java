package fi.kohtaamo.feedback.domain;

import fi.kohtaamo.problem.ProblemException;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** A survey of one of the four types, with its questions, target and period. */
@Entity
@Table(name = "survey")
public class Survey extends PanacheEntityBase {

    /** The four kinds of survey the agencies run. */
    public enum Type { STAKEHOLDER, AWARENESS_AND_IMAGE, DIRECT_CLIENT_SATISFACTION, INDIRECT_CLIENT_SATISFACTION }

    @Id
    public UUID id;

    @Column(nullable = false)
    public String organisation;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Type type;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public Map<String, String> title;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public List<SurveyQuestion> questions = new ArrayList<>();

    @Column(name = "target_service_id")
    public UUID targetServiceId;

    @Column(name = "target_service_group")
    public String targetServiceGroup;

    @Column(name = "target_segment")
    public String targetSegment;

    @Column(name = "target_channel")
    public String targetChannel;

    @Column(name = "opens_at", nullable = false)
    public Instant opensAt;

    @Column(name = "closes_at")
    public Instant closesAt;

    /** The organisation's satisfaction-after-service survey, sent when a contact is resolved. */
    @Column(nullable = false)
    public boolean csat;

    /** Shown on the pages and checked as If-Match on every change a page makes. */
    @Column(nullable = false)
    public int version = 1;

    /**
     * Answers never name the respondent (a recipient cannot choose to be identified). False unless
     * the creator asks, as the column's default: the organisation's satisfaction survey lets a
     * respondent choose to be identified.
     */
    @Column(nullable = false)
    public boolean anonymous;

    /** After how many days a recipient who has not answered is reminded, once; null: never. */
    @Column(name = "reminder_after_days")
    public Integer reminderAfterDays;

    /** How often the survey goes again by itself (each time a new round); null: sent only by hand. */
    @Column(name = "recurrence_every")
    public Integer recurrenceEvery;

    @Enumerated(EnumType.STRING)
    @Column(name = "recurrence_unit")
    public Recurrence.Unit recurrenceUnit;

    /** Whom each round goes to. */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "recurrence_audience")
    public RoundAudience recurrenceAudience;

    /** When the next round goes (null: none is due). */
    @Column(name = "next_round_at")
    public Instant nextRoundAt;

    /** How many rounds have gone. */
    @Column(nullable = false)
    public int rounds;

    /**
     * A round's audience: a segment, a stakeholder role, or the clients of a service and/or channel
     * whose contacts fall since the previous round (the repetition's length before the first).
     */
    public record RoundAudience(String segment, String role, UUID serviceId, String channel) {
    }

    /** The repetition set, or null. */
    public Recurrence recurrence() {
        return recurrenceEvery == null ? null : new Recurrence(recurrenceEvery, recurrenceUnit);
    }

    @Column(name = "created_by", nullable = false)
    public String createdBy;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    /** Refuses a change made on an older version than this (412), as the pages send it. */
    public void requireVersion(int expected) {
        if (expected != version) {
            throw new ProblemException(fi.kohtaamo.problem.Problem.of(412, "version-mismatch", "Precondition failed",
                    "The survey has changed since it was shown (version " + version + ")"));
        }
    }

    public boolean openAt(Instant when) {
        return !when.isBefore(opensAt) && (closesAt == null || when.isBefore(closesAt));
    }

    /**
     * No answers from {@code now} on; a survey that has not opened yet closes just after its
     * opening, so that its window stays a window (a close before the open would be no period).
     * A closed survey is not closed again (409).
     */
    public void close(Instant now) {
        if (closesAt != null && !closesAt.isAfter(now)) {
            throw ProblemException.conflict("The survey is already closed");
        }
        closesAt = now.isAfter(opensAt) ? now : opensAt.plusMillis(1);
        nextRoundAt = null;
    }
}
