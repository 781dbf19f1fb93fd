package fi.kohtaamo.feedback.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.io.Serializable;
import java.util.List;
import java.util.UUID;

/** One question's answer in a response. */
@Entity
@Table(name = "survey_answer")
@IdClass(SurveyAnswer.Key.class)
public class SurveyAnswer extends PanacheEntityBase {

    public record Key(UUID responseId, String questionCode) implements Serializable {
        public Key() {
            this(null, null);
        }
    }

    @Id
    @Column(name = "response_id")
    public UUID responseId;

    @Id
    @Column(name = "question_code")
    public String questionCode;

    public Integer score;

    @JdbcTypeCode(SqlTypes.ARRAY)
    public List<String> choices;

    @Column(name = "free_text")
    public String freeText;
}
