package fi.kohtaamo.knowledge.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.UUID;

/** An answer to "was this helpful". */
@Entity
@Table(name = "article_rating")
public class ArticleRating extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "translation_id", nullable = false)
    public UUID translationId;

    @Column(nullable = false)
    public boolean helpful;

    public String comment;

    @Column(nullable = false)
    public Instant at;
}
