package fi.kohtaamo.knowledge.event;

import fi.kohtaamo.knowledge.domain.Article;
import fi.kohtaamo.knowledge.domain.Translation;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Data of {@code fi.kohtaamo.knowledge.article.published.v1}, {@code …updated.v1} (a new version
 * of a published language version, or the article's links changed) and {@code …archived.v1}
 * (schema: events/article.published.v1.schema.json). Key and subject: the article id.
 */
public record ArticleEventV1(UUID articleId, String language, Integer version, String title, String audience,
                             String organisation, List<String> serviceIds, List<String> serviceGroups, Instant at) {

    public static final String PUBLISHED = "fi.kohtaamo.knowledge.article.published.v1";
    public static final String UPDATED = "fi.kohtaamo.knowledge.article.updated.v1";
    public static final String ARCHIVED = "fi.kohtaamo.knowledge.article.archived.v1";

    public static ArticleEventV1 of(Article article, Translation translation, Instant at) {
        return new ArticleEventV1(article.id, translation.language, translation.publishedVersion, translation.publishedTitle,
                article.audience.name(), article.organisation, List.copyOf(article.serviceIds),
                List.copyOf(article.serviceGroups), at);
    }
}
