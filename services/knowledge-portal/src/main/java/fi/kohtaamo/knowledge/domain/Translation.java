package fi.kohtaamo.knowledge.domain;

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
import java.util.UUID;

/**
 * One language version of an article: the working copy (Markdown) that goes through the workflow,
 * and the published copy (sanitised HTML and its text) that readers and search see.
 */
@Entity
@Table(name = "translation")
public class Translation extends PanacheEntityBase {

    /** DRAFT → IN_REVIEW → (SCHEDULED →) PUBLISHED → ARCHIVED; an edit returns the working copy to DRAFT. */
    public enum Status { DRAFT, IN_REVIEW, SCHEDULED, PUBLISHED, ARCHIVED }

    @Id
    public UUID id;

    @Column(name = "article_id", nullable = false)
    public UUID articleId;

    @Column(nullable = false)
    public String language;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Status status;

    @Column(nullable = false)
    public String title;

    /** Markdown. */
    @Column(nullable = false)
    public String body;

    @Column(nullable = false)
    public int version;

    /** For a translation of the source language version: the source's version it was made from. */
    @Column(name = "source_version")
    public Integer sourceVersion;

    @Column(name = "last_edited_by", nullable = false)
    public String lastEditedBy;

    @Column(name = "submitted_by")
    public String submittedBy;

    @Column(name = "reviewed_by")
    public String reviewedBy;

    @Column(name = "publish_at")
    public Instant publishAt;

    @Column(name = "expire_at")
    public Instant expireAt;

    @Column(name = "published_version")
    public Integer publishedVersion;

    @Column(name = "published_title")
    public String publishedTitle;

    @Column(name = "published_html")
    public String publishedHtml;

    @Column(name = "published_text")
    public String publishedText;

    @Column(name = "published_at")
    public Instant publishedAt;

    @Column(nullable = false)
    public long views;

    @Column(name = "helpful_yes", nullable = false)
    public int helpfulYes;

    @Column(name = "helpful_no", nullable = false)
    public int helpfulNo;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    /** The article's audience and links, kept here for search (see {@link #copyFrom(Article)}). */
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Article.Audience audience;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "service_ids", nullable = false)
    public List<String> serviceIds = new ArrayList<>();

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "service_groups", nullable = false)
    public List<String> serviceGroups = new ArrayList<>();

    public void copyFrom(Article article) {
        audience = article.audience;
        serviceIds = new ArrayList<>(article.serviceIds);
        serviceGroups = new ArrayList<>(article.serviceGroups);
    }

    public boolean isPublished() {
        return publishedVersion != null;
    }
}
