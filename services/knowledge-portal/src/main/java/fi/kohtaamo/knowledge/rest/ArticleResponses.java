package fi.kohtaamo.knowledge.rest;

import com.fasterxml.jackson.annotation.JsonInclude;
import fi.kohtaamo.knowledge.domain.Article;
import fi.kohtaamo.knowledge.domain.Translation;
import fi.kohtaamo.knowledge.domain.TranslationVersion;
import fi.kohtaamo.knowledge.domain.WorkflowStep;
import fi.kohtaamo.knowledge.service.Articles;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** Response bodies; entities never leave as JSON. */
final class ArticleResponses {

    private ArticleResponses() {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record LanguageResponse(String language, String translationStatus, String status, String title, Integer version,
                                   Integer publishedVersion, Instant publishedAt) {
    }

    public record ArticleResponse(UUID id, String organisation, String audience, String sourceLanguage, List<String> serviceIds,
                                  List<String> serviceGroups, List<String> tags, List<String> categories, int version,
                                  List<LanguageResponse> languages) {
        static ArticleResponse of(Articles.ArticleView view, boolean editor) {
            Article a = view.article();
            List<LanguageResponse> languages = view.languages().stream().map(l -> {
                Translation t = l.translation();
                if (t == null) {
                    return new LanguageResponse(l.language(), l.translationStatus(), null, null, null, null, null);
                }
                return editor
                        ? new LanguageResponse(l.language(), l.translationStatus(), t.status.name(), t.title, t.version,
                        t.publishedVersion, t.publishedAt)
                        : new LanguageResponse(l.language(), l.translationStatus(), null, t.publishedTitle, null,
                        t.publishedVersion, t.publishedAt);
            }).toList();
            return new ArticleResponse(a.id, a.organisation, a.audience.name(), a.sourceLanguage, List.copyOf(a.serviceIds),
                    List.copyOf(a.serviceGroups), List.copyOf(a.tags), List.copyOf(a.categories), a.version, languages);
        }
    }

    /** A reader's text (sanitised HTML), or an editor's working copy (Markdown and workflow state). */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record TextResponse(UUID articleId, String language, String title, String html, String markdown, String status,
                               Integer version, Integer publishedVersion, Instant publishedAt, Instant publishAt,
                               Instant expireAt, String submittedBy, String reviewedBy, Long views, Integer helpfulYes,
                               Integer helpfulNo) {
        static TextResponse published(Translation t) {
            return new TextResponse(t.articleId, t.language, t.publishedTitle, t.publishedHtml, null, null, null,
                    t.publishedVersion, t.publishedAt, null, null, null, null, null, null, null);
        }

        static TextResponse working(Translation t) {
            return new TextResponse(t.articleId, t.language, t.title, null, t.body, t.status.name(), t.version,
                    t.publishedVersion, t.publishedAt, t.publishAt, t.expireAt, t.submittedBy, t.reviewedBy, t.views,
                    t.helpfulYes, t.helpfulNo);
        }
    }

    public record VersionResponse(int version, String title, String editedBy, Instant editedAt) {
        static VersionResponse of(TranslationVersion v) {
            return new VersionResponse(v.version, v.title, v.editedBy, v.editedAt);
        }
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record StepResponse(int version, String from, String to, String actor, Instant at, String note) {
        static StepResponse of(WorkflowStep s) {
            return new StepResponse(s.version, s.fromStatus, s.toStatus, s.actor, s.at, s.note);
        }
    }

    public record HistoryResponse(List<VersionResponse> versions, List<StepResponse> steps) {
    }

    public record DiffResponse(int from, int to, List<String> unifiedDiff) {
    }

    /** A worklist or report row. */
    public record TextSummary(UUID articleId, String language, String title, String status, int version, Instant updatedAt,
                              long views, int helpfulYes, int helpfulNo) {
        static TextSummary of(Translation t) {
            return new TextSummary(t.articleId, t.language, t.title, t.status.name(), t.version, t.updatedAt, t.views,
                    t.helpfulYes, t.helpfulNo);
        }
    }
}
