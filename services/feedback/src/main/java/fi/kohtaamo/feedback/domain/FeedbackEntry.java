package fi.kohtaamo.feedback.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/** One line of a feedback's history: every change, who made it and when. */
@Entity
@Table(name = "feedback_entry")
public class FeedbackEntry extends PanacheEntityBase {

    public enum Kind { RECEIVED, CLAIMED, RELEASED, THEMES_SET, ANSWERED, CLOSED, REOPENED, ERASED, PERSONAL_DATA_REMOVED }

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "feedback_entry_seq")
    @SequenceGenerator(name = "feedback_entry_seq", sequenceName = "feedback_entry_seq", allocationSize = 50)
    public Long id;

    @Column(name = "feedback_id", nullable = false)
    public UUID feedbackId;

    @Column(nullable = false)
    public Instant at;

    @Column(nullable = false)
    public String actor;

    @jakarta.persistence.Enumerated(jakarta.persistence.EnumType.STRING)
    @Column(nullable = false)
    public Kind kind;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public Map<String, Object> details = new LinkedHashMap<>();
}
