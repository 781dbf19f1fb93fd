package fi.kohtaamo.knowledge.event;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Data of {@code fi.kohtaamo.knowledge.article.rated.v1}: an answer to "was this helpful", sent
 * on to feedback (schema: events/article.rated.v1.schema.json). Key and subject: the article id.
 * The reader's comment is free text that may hold personal data: it stays in this service, and
 * the event says only whether there is one.
 */
public record ArticleRatedV1(UUID ratingId, UUID articleId, String language, boolean helpful, boolean commented,
                             String organisation, List<String> serviceIds, Instant at) {

    public static final String TYPE = "fi.kohtaamo.knowledge.article.rated.v1";
}
