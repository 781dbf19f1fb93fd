package fi.kohtaamo.feedback.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.UUID;

/** One round of a recurring survey that went: when, and how many it mailed and skipped. */
@Entity
@Table(name = "survey_round")
public class SurveyRound extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "survey_id", nullable = false)
    public UUID surveyId;

    @Column(nullable = false)
    public int round;

    @Column(name = "started_at", nullable = false)
    public Instant startedAt;

    @Column(nullable = false)
    public int sent;

    @Column(nullable = false)
    public int skipped;
}
