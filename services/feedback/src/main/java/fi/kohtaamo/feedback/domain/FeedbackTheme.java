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
import java.util.ArrayList;
import java.util.List;

/** A theme an organisation tags its feedback with; its keywords suggest it for new feedback. */
@Entity
@Table(name = "feedback_theme")
@IdClass(FeedbackTheme.Key.class)
public class FeedbackTheme extends PanacheEntityBase {

    public record Key(String organisation, String code) implements Serializable {
        public Key() {
            this(null, null);
        }
    }

    @Id
    public String organisation;

    @Id
    public String code;

    @Column(name = "name_fi", nullable = false)
    public String nameFi;

    @Column(name = "name_sv", nullable = false)
    public String nameSv;

    @Column(name = "name_en", nullable = false)
    public String nameEn;

    /** Lower-case words; a feedback text with a word starting with one suggests the theme. */
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(nullable = false)
    public List<String> keywords = new ArrayList<>();
}
