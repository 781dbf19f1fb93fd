package fi.kohtaamo.knowledge.repository;

import fi.kohtaamo.knowledge.domain.Translation;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Language versions of articles, and what publishing one adds to the search vocabulary (the
 * search itself reads it in {@code service/Search}).
 */
@ApplicationScoped
public class TranslationRepository implements PanacheRepositoryBase<Translation, UUID> {

    private static final String OWNED_PUBLISHED =
            "articleId in (select a.id from Article a where a.organisation = :org) and publishedVersion is not null";

    public List<Translation> ofArticle(UUID articleId) {
        return list("articleId", articleId);
    }

    public List<Translation> publishedOfArticle(UUID articleId) {
        return list("articleId = ?1 and publishedVersion is not null", articleId);
    }

    public Optional<Translation> findInLanguage(UUID articleId, String language) {
        return find("articleId = ?1 and language = ?2", articleId, language).firstResultOptional();
    }

    public Optional<Translation> findPublishedInLanguage(UUID articleId, String language) {
        return find("articleId = ?1 and language = ?2 and publishedVersion is not null", articleId, language)
                .firstResultOptional();
    }

    /** Scheduled translations whose publishing time has come. */
    public List<Translation> dueForPublishing(Instant now) {
        return list("status = ?1 and publishAt <= ?2", Translation.Status.SCHEDULED, now);
    }

    /** Published translations whose expiry time has come. */
    public List<Translation> expired(Instant now) {
        return list("publishedVersion is not null and expireAt <= ?1", now);
    }

    /** Counts a read in the database, so concurrent reads do not overwrite each other's count. */
    public void countView(UUID translationId) {
        update("views = views + 1 where id = ?1", translationId);
    }

    /** The organisation's translations, only those in the status unless null, latest change first. */
    public List<Translation> worklist(String organisation, Translation.Status status, int limit) {
        return find("articleId in (select a.id from Article a where a.organisation = :org)"
                        + " and (:status is null or status = :status)", Sort.descending("updatedAt"),
                Parameters.with("org", organisation).and("status", status)).page(Page.ofSize(limit)).list();
    }

    /** The organisation's published translations, most viewed first. */
    public List<Translation> mostViewed(String organisation, int limit) {
        return find(OWNED_PUBLISHED, Sort.descending("views"), Parameters.with("org", organisation))
                .page(Page.ofSize(limit)).list();
    }

    /**
     * The organisation's published translations with at least {@code minRatings} ratings, the
     * largest share of "not helpful" first.
     */
    public List<Translation> leastHelpful(String organisation, int minRatings, int limit) {
        return find(OWNED_PUBLISHED + " and helpfulYes + helpfulNo >= :min"
                        + " order by (helpfulNo * 1.0 / (helpfulYes + helpfulNo)) desc, helpfulNo desc",
                Parameters.with("org", organisation).and("min", minRatings)).page(Page.ofSize(limit)).list();
    }

    /** Remembers words of published text, for "did you mean" (in word order, like the lexemes). */
    public void rememberSearchWords(String language, Set<String> words) {
        getEntityManager().createNativeQuery("insert into search_word (language, word)"
                        + " select ?1, w.word from unnest(cast(?2 as text[])) w(word) order by w.word on conflict do nothing")
                .setParameter(1, language).setParameter(2, words.toArray(String[]::new)).executeUpdate();
    }
}
