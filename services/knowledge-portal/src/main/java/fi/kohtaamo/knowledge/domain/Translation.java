package fi.kohtaamo.knowledge.domain;

import fi.kohtaamo.problem.Problem;
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
import java.util.Optional;
import java.util.UUID;

/**
 * One language version of an article: the working copy (Markdown) that goes through the workflow,
 * and the published copy (sanitised HTML and its text) that readers and search see. Its workflow
 * status changes only through the methods below; each refuses a change its status does not allow
 * with the problem the API answers, before it changes anything, and returns the
 * {@link WorkflowStep} to record (the caller persists it).
 */
@Entity
@jakarta.persistence.EntityListeners(fi.kohtaamo.knowledge.service.SearchResults.Changes.class)
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

    /** A new language version of the article: a DRAFT without text yet (see {@link #write}). */
    public static Translation start(Article article, String language) {
        Translation translation = new Translation();
        translation.id = UUID.randomUUID();
        translation.articleId = article.id;
        translation.language = language;
        translation.status = Status.DRAFT;
        translation.version = 0;
        translation.copyFrom(article);
        return translation;
    }

    /** The step that records the start of a new translation. */
    public WorkflowStep started(String actor, String note, Instant now) {
        return WorkflowStep.of(this, null, Status.DRAFT, actor, note, now);
    }

    /** A new version of the working copy; returns the version to keep in the history. */
    public TranslationVersion write(String newTitle, String newBody, String editor, Instant now) {
        version++;
        title = newTitle.strip();
        body = newBody;
        lastEditedBy = editor;
        updatedAt = now;
        TranslationVersion written = new TranslationVersion();
        written.translationId = id;
        written.version = version;
        written.title = title;
        written.body = newBody;
        written.editedBy = editor;
        written.editedAt = now;
        return written;
    }

    /** An edit returns text in review, scheduled, published or archived to DRAFT (a schedule is dropped). */
    public Optional<WorkflowStep> edited(String actor, Instant now) {
        if (status == Status.DRAFT) {
            return Optional.empty();
        }
        Status before = status;
        status = Status.DRAFT;
        publishAt = null;
        return Optional.of(WorkflowStep.of(this, before, Status.DRAFT, actor, "edited", now));
    }

    /** The author asks for review. */
    public WorkflowStep submit(String actor, Instant now) {
        WorkflowStep step = moveTo(Status.DRAFT, Status.IN_REVIEW, actor, null, now);
        submittedBy = actor;
        return step;
    }

    /** A reviewer other than the author sends the text back to its author. */
    public WorkflowStep reject(String reviewer, String note, Instant now) {
        refuseSelfReview(reviewer);
        return moveTo(Status.IN_REVIEW, Status.DRAFT, reviewer, note, now);
    }

    /**
     * A reviewer other than the author approves: SCHEDULED when {@code publishAt} is in the future,
     * PUBLISHED otherwise (then {@link #published} sets the published copy). An expiry must come
     * after the publication.
     */
    public WorkflowStep approve(String reviewer, Instant publishAt, Instant expireAt, Instant now) {
        refuseSelfReview(reviewer);
        if (expireAt != null && !expireAt.isAfter(publishAt != null ? publishAt : now)) {
            throw ProblemException.invalid("expireAt", "must be after the publication");
        }
        boolean later = publishAt != null && publishAt.isAfter(now);
        WorkflowStep step = moveTo(Status.IN_REVIEW, later ? Status.SCHEDULED : Status.PUBLISHED, reviewer,
                later ? "publish at " + publishAt : null, now);
        reviewedBy = reviewer;
        this.expireAt = expireAt;
        if (later) {
            this.publishAt = publishAt;
        }
        return step;
    }

    /** A scheduled text whose time has come is published by the schedule. */
    public WorkflowStep publishScheduled(String actor, Instant now) {
        if (status != Status.SCHEDULED || publishAt == null || publishAt.isAfter(now)) {
            throw ProblemException.conflict("The " + language + " text is " + status + " and not due at " + now);
        }
        return moveTo(Status.SCHEDULED, Status.PUBLISHED, actor, "scheduled publication", now);
    }

    /**
     * The working copy becomes the published copy (rendered by the caller). Returns whether it
     * replaced an earlier published copy.
     */
    public boolean published(MarkdownRenderer.Rendered rendered, Instant now) {
        if (status != Status.PUBLISHED) {
            throw new IllegalStateException("the " + language + " text is " + status + ", not PUBLISHED");
        }
        boolean republished = isPublished();
        publishedVersion = version;
        publishedTitle = title;
        publishedHtml = rendered.html();
        publishedText = rendered.text();
        publishedAt = now;
        publishAt = null;
        updatedAt = now;
        return republished;
    }

    /** A published or scheduled text (or one whose earlier version is published) is taken off the site. */
    public WorkflowStep archive(String actor, Instant now) {
        if (status != Status.PUBLISHED && status != Status.SCHEDULED && !isPublished()) {
            throw ProblemException.conflict("Only a published or scheduled text is archived; this one is " + status);
        }
        WorkflowStep step = WorkflowStep.of(this, status, Status.ARCHIVED, actor, null, now);
        status = Status.ARCHIVED;
        publishedVersion = null;
        publishedTitle = null;
        publishedHtml = null;
        publishedText = null;
        publishAt = null;
        expireAt = null;
        updatedAt = now;
        return step;
    }

    public boolean isPublished() {
        return publishedVersion != null;
    }

    private WorkflowStep moveTo(Status from, Status to, String actor, String note, Instant now) {
        if (status != from) {
            throw ProblemException.conflict("The " + language + " text is " + status + ", not " + from);
        }
        WorkflowStep step = WorkflowStep.of(this, from, to, actor, note, now);
        status = to;
        updatedAt = now;
        return step;
    }

    private void refuseSelfReview(String reviewer) {
        if (reviewer.equals(submittedBy) || reviewer.equals(lastEditedBy)) {
            throw new ProblemException(Problem.of(403, "self-review", "Review by another editor",
                    "A reviewer other than the author reviews the text"));
        }
    }
}
