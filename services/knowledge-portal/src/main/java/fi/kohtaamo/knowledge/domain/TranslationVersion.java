package fi.kohtaamo.knowledge.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import java.io.Serializable;
import java.time.Instant;
import java.util.UUID;

/** One version of a translation's text: who wrote it and when. */
@Entity
@Table(name = "translation_version")
@IdClass(TranslationVersion.Key.class)
public class TranslationVersion extends PanacheEntityBase {

    public record Key(UUID translationId, int version) implements Serializable {
        public Key() {
            this(null, 0);
        }
    }

    @Id
    @Column(name = "translation_id")
    public UUID translationId;

    @Id
    public int version;

    @Column(nullable = false)
    public String title;

    @Column(nullable = false)
    public String body;

    @Column(name = "edited_by", nullable = false)
    public String editedBy;

    @Column(name = "edited_at", nullable = false)
    public Instant editedAt;
}
