package fi.kohtaamo.knowledge.service;

import com.github.difflib.DiffUtils;
import com.github.difflib.UnifiedDiffUtils;
import fi.kohtaamo.caller.Caller;
import fi.kohtaamo.knowledge.domain.Article;
import fi.kohtaamo.knowledge.domain.ArticleRating;
import fi.kohtaamo.knowledge.domain.KnownService;
import fi.kohtaamo.knowledge.domain.MarkdownRenderer;
import fi.kohtaamo.knowledge.domain.Translation;
import fi.kohtaamo.knowledge.domain.TranslationVersion;
import fi.kohtaamo.knowledge.domain.WorkflowStep;
import fi.kohtaamo.knowledge.event.ArticleEventV1;
import fi.kohtaamo.knowledge.event.ArticleRatedV1;
import fi.kohtaamo.knowledge.repository.ArticleRepository;
import fi.kohtaamo.knowledge.repository.KnownServiceRepository;
import fi.kohtaamo.knowledge.repository.TranslationRepository;
import fi.kohtaamo.knowledge.repository.TranslationVersionRepository;
import fi.kohtaamo.knowledge.repository.WorkflowStepRepository;
import fi.kohtaamo.outbox.Outbox;
import fi.kohtaamo.problem.Problem;
import fi.kohtaamo.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Knowledge articles: writing, the editorial workflow (a reviewer other than the author, scheduled
 * publishing and expiry), versions and diffs, reading and "was this helpful".
 */
@ApplicationScoped
@Transactional
public class Articles {

    public static final List<String> LANGUAGES = List.of("fi", "sv", "en");
    public static final Set<String> SERVICE_GROUPS = Set.of("STRATEGIC_PLANNING", "ADVICE_AND_INFORMATION",
            "FINANCING_AND_PROMOTION", "PERMITS_AND_NOTIFICATIONS", "SUPERVISION_AND_INSPECTIONS", "INFRASTRUCTURE");
    static final Caller SCHEDULE = Caller.system("schedule");

    private final Outbox outbox;
    private final ArticleRepository articles;
    private final TranslationRepository translations;
    private final TranslationVersionRepository versions;
    private final WorkflowStepRepository steps;
    private final KnownServiceRepository services;
    private final SearchIndex searchIndex;

    public Articles(Outbox outbox, ArticleRepository articles, TranslationRepository translations,
                    TranslationVersionRepository versions, WorkflowStepRepository steps, KnownServiceRepository services,
                    SearchIndex searchIndex) {
        this.searchIndex = searchIndex;
        this.outbox = outbox;
        this.articles = articles;
        this.translations = translations;
        this.versions = versions;
        this.steps = steps;
        this.services = services;
    }

    /** What an article links to and who it is for. */
    public record Metadata(Article.Audience audience, List<String> serviceIds, List<String> serviceGroups,
                           List<String> tags, List<String> categories) {
    }

    public Article create(String language, String title, String body, Metadata metadata, Caller caller) {
        requireContentEditor(caller);
        Article article = new Article();
        article.id = UUID.randomUUID();
        article.organisation = caller.organisation();
        article.sourceLanguage = language(language);
        article.createdAt = now();
        article.createdBy = caller.subject();
        article.updatedAt = article.createdAt;
        apply(metadata, article);
        article.persist();
        Translation source = Translation.start(article, article.sourceLanguage);
        write(source, title, body, caller, true);
        source.started(caller.subject(), "created", now()).persist();
        return article;
    }

    public Article updateMetadata(UUID articleId, Integer expectedVersion, Metadata metadata, Caller caller) {
        Article article = editable(articleId, caller);
        if (expectedVersion != null && expectedVersion != article.version) {
            throw preconditionFailed(article.version, expectedVersion);
        }
        apply(metadata, article);
        article.version++;
        article.updatedAt = now();
        translations.ofArticle(articleId).forEach(translation -> translation.copyFrom(article));
        for (Translation published : translations.publishedOfArticle(articleId)) {
            outbox.emit(ArticleEventV1.UPDATED, article.id.toString(), ArticleEventV1.of(article, published, article.updatedAt));
        }
        return article;
    }

    /** Writes a new version of a language version (creating a translation when it is missing). */
    public Translation edit(UUID articleId, String language, Integer expectedVersion, String title, String body, Caller caller) {
        Article article = editable(articleId, caller);
        String lang = language(language);
        Translation translation = translations.findInLanguage(articleId, lang).orElse(null);
        boolean started = translation == null;
        if (started) {
            translation = Translation.start(article, lang);
        } else if (expectedVersion != null && expectedVersion != translation.version) {
            throw preconditionFailed(translation.version, expectedVersion);
        }
        if (!lang.equals(article.sourceLanguage)) {
            translation.sourceVersion = source(article).version;
        }
        write(translation, title, body, caller, started);
        if (started) {
            translation.started(caller.subject(), "translation started", now()).persist();
        } else {
            translation.edited(caller.subject(), now()).ifPresent(step -> step.persist());
        }
        return translation;
    }

    public Translation submit(UUID articleId, String language, Caller caller) {
        Translation translation = translation(editable(articleId, caller), language);
        translation.submit(caller.subject(), now()).persist();
        return translation;
    }

    public Translation reject(UUID articleId, String language, String note, Caller caller) {
        Translation translation = translation(editable(articleId, caller), language);
        translation.reject(caller.subject(), note, now()).persist();
        return translation;
    }

    /** A reviewer other than the author approves: published now, or at {@code publishAt}. */
    public Translation approve(UUID articleId, String language, Instant publishAt, Instant expireAt, Caller caller) {
        Article article = editable(articleId, caller);
        Translation translation = translation(article, language);
        Instant now = now();
        translation.approve(caller.subject(), publishAt, expireAt, now).persist();
        if (translation.status == Translation.Status.PUBLISHED) {
            publish(article, translation, now);
        }
        return translation;
    }

    public Translation archive(UUID articleId, String language, Caller caller) {
        Article article = editable(articleId, caller);
        Translation translation = translation(article, language);
        archive(article, translation, caller, now());
        return translation;
    }

    /** Publishes what is due and archives what has expired; returns how many changed. */
    public int runSchedule(Instant now) {
        int changed = 0;
        for (Translation due : translations.dueForPublishing(now)) {
            Article article = articles.findById(due.articleId);
            due.publishScheduled(SCHEDULE.subject(), now).persist();
            publish(article, due, now);
            changed++;
        }
        for (Translation expired : translations.expired(now)) {
            archive(articles.findById(expired.articleId), expired, SCHEDULE, now);
            changed++;
        }
        return changed;
    }

    private void publish(Article article, Translation translation, Instant now) {
        MarkdownRenderer.Rendered rendered = MarkdownRenderer.render(translation.body);
        boolean republished = translation.published(rendered, now);
        rememberWords(translation.language, translation.title + " " + rendered.text());
        translations.flush();
        searchIndex.indexPublished(translation.id, translation.language, translation.publishedTitle, rendered.text(), !republished);
        outbox.emit(republished ? ArticleEventV1.UPDATED : ArticleEventV1.PUBLISHED, article.id.toString(),
                ArticleEventV1.of(article, translation, now));
    }

    private void archive(Article article, Translation translation, Caller caller, Instant now) {
        ArticleEventV1 event = ArticleEventV1.of(article, translation, now); // what was published, before it is cleared
        translation.archive(caller.subject(), now).persist();
        outbox.emit(ArticleEventV1.ARCHIVED, article.id.toString(), event);
    }

    /** The words of published text, for "did you mean". */
    private void rememberWords(String language, String text) {
        Set<String> words = Arrays.stream(text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+"))
                .filter(word -> word.length() >= 3 && word.length() <= 40).collect(Collectors.toSet());
        if (words.isEmpty()) {
            return;
        }
        translations.rememberSearchWords(language, words);
    }

    // ---------------------------------------------------------------- reading

    /** An article as the caller may see it, with each language's state. */
    public record ArticleView(Article article, List<LanguageView> languages) {
    }

    /** A language version: its workflow status, its translation status and, for readers, the published title. */
    public record LanguageView(String language, String translationStatus, Translation translation) {
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public ArticleView read(UUID articleId, Caller caller) {
        Article article = visible(articleId, caller);
        boolean editor = KnowledgeRoles.edits(caller, article.organisation);
        Map<String, Translation> byLanguage = translations.ofArticle(articleId).stream()
                .collect(Collectors.toMap(t -> t.language, t -> t));
        Translation source = byLanguage.get(article.sourceLanguage);
        List<LanguageView> languages = new ArrayList<>();
        for (String language : LANGUAGES) {
            Translation translation = byLanguage.get(language);
            if (!editor && (translation == null || !translation.isPublished())) {
                continue;
            }
            languages.add(new LanguageView(language, translationStatus(article, source, translation), translation));
        }
        if (languages.isEmpty()) {
            throw ProblemException.notFound("Article", articleId);
        }
        return new ArticleView(article, languages);
    }

    /** MISSING, OUTDATED (the source changed since it was translated), UP_TO_DATE, or SOURCE. */
    static String translationStatus(Article article, Translation source, Translation translation) {
        if (translation == null) {
            return "MISSING";
        }
        if (translation.language.equals(article.sourceLanguage)) {
            return "SOURCE";
        }
        return translation.sourceVersion == null || translation.sourceVersion < source.version ? "OUTDATED" : "UP_TO_DATE";
    }

    private Translation published(UUID articleId, String language) {
        return translations.findPublishedInLanguage(articleId, language(language))
                .orElseThrow(() -> ProblemException.notFound("Published " + language + " text of article", articleId));
    }

    /** The published text for a reader (a view is counted), or the working copy for an editor. */
    public Translation readText(UUID articleId, String language, boolean workingCopy, Caller caller) {
        Article article = visible(articleId, caller);
        if (workingCopy) {
            requireEditor(article, caller);
            return translation(article, language);
        }
        Translation translation = published(articleId, language);
        translations.countView(translation.id);
        return translation;
    }

    /** A version history entry or a workflow step, in time order. */
    public record HistoryView(List<TranslationVersion> versions, List<WorkflowStep> steps) {
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public HistoryView history(UUID articleId, String language, Caller caller) {
        Translation translation = translation(requireEditor(visible(articleId, caller), caller), language);
        return new HistoryView(versions.ofTranslation(translation.id), steps.ofTranslation(translation.id));
    }

    /** A unified diff between two versions of a language version's text (title first). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<String> diff(UUID articleId, String language, int from, int to, Caller caller) {
        Translation translation = translation(requireEditor(visible(articleId, caller), caller), language);
        TranslationVersion older = version(translation, from, "from");
        TranslationVersion newer = version(translation, to, "to");
        List<String> original = lines(older);
        List<String> revised = lines(newer);
        return UnifiedDiffUtils.generateUnifiedDiff("version " + from, "version " + to, original,
                DiffUtils.diff(original, revised), 3);
    }

    private TranslationVersion version(Translation translation, int version, String field) {
        return versions.findVersion(translation.id, version).orElseThrow(() -> ProblemException.invalid(field, "no version " + version));
    }

    private static List<String> lines(TranslationVersion version) {
        List<String> lines = new ArrayList<>();
        lines.add("# " + version.title);
        lines.addAll(Arrays.asList(version.body.split("\n", -1)));
        return lines;
    }

    /** "Was this helpful": counted, and sent on as feedback through the outbox. */
    public ArticleRating rate(UUID articleId, String language, boolean helpful, String comment, Caller caller) {
        Article article = visible(articleId, caller);
        Translation translation = published(articleId, language);
        ArticleRating rating = new ArticleRating();
        rating.id = UUID.randomUUID();
        rating.translationId = translation.id;
        rating.helpful = helpful;
        rating.comment = comment == null || comment.isBlank() ? null : comment.strip();
        rating.at = now();
        rating.persist();
        if (helpful) {
            translation.helpfulYes++;
        } else {
            translation.helpfulNo++;
        }
        outbox.emit(ArticleRatedV1.TYPE, article.id.toString(), new ArticleRatedV1(rating.id, article.id, translation.language,
                helpful, rating.comment != null, article.organisation, List.copyOf(article.serviceIds), rating.at));
        return rating;
    }

    /** An editor's list of the organisation's articles, optionally of one workflow status. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Translation> worklist(Translation.Status status, Caller caller) {
        requireContentEditor(caller);
        return translations.worklist(caller.organisation(), status, 200);
    }

    /** Most viewed, or least helpful (most "no" answers relative to all, at least {@code minRatings}). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Translation> report(boolean leastHelpful, int limit, int minRatings, Caller caller) {
        requireContentEditor(caller);
        return leastHelpful ? translations.leastHelpful(caller.organisation(), minRatings, limit)
                : translations.mostViewed(caller.organisation(), limit);
    }

    // ---------------------------------------------------------------- rules

    private Article visible(UUID articleId, Caller caller) {
        Article article = articles.findByIdOptional(articleId).orElseThrow(() -> ProblemException.notFound("Article", articleId));
        if (article.audience == Article.Audience.INTERNAL && !KnowledgeRoles.readsInternalOf(caller, article.organisation)) {
            throw ProblemException.notFound("Article", articleId);
        }
        return article;
    }

    private Article editable(UUID articleId, Caller caller) {
        return requireEditor(articles.findByIdOptional(articleId)
                .orElseThrow(() -> ProblemException.notFound("Article", articleId)), caller);
    }

    private static void requireContentEditor(Caller caller) {
        if (!caller.roles().contains("content-editor") || caller.organisation() == null) {
            throw ProblemException.forbidden("Only a content editor of an organisation writes articles and reads their worklists and reports");
        }
    }

    private static Article requireEditor(Article article, Caller caller) {
        if (!KnowledgeRoles.edits(caller, article.organisation)) {
            throw ProblemException.forbidden("Only content editors of " + article.organisation + " edit this article");
        }
        return article;
    }

    private Translation source(Article article) {
        return translations.findInLanguage(article.id, article.sourceLanguage).orElse(null);
    }

    private Translation translation(Article article, String language) {
        return translations.findInLanguage(article.id, language(language)).orElseThrow(() -> ProblemException.notFound(language + " text of article", article.id));
    }

    private static String language(String language) {
        if (!LANGUAGES.contains(language)) {
            throw ProblemException.invalid("language", "fi, sv or en");
        }
        return language;
    }

    private void apply(Metadata metadata, Article article) {
        article.audience = metadata.audience();
        List<String> serviceIds = metadata.serviceIds() == null ? List.of() : metadata.serviceIds();
        for (int i = 0; i < serviceIds.size(); i++) {
            UUID id;
            try {
                id = UUID.fromString(serviceIds.get(i));
            } catch (IllegalArgumentException e) {
                throw ProblemException.invalid("serviceIds[" + i + "]", "not a service id");
            }
            KnownService service = services.findById(id);
            if (service == null || service.withdrawn) {
                throw ProblemException.invalid("serviceIds[" + i + "]", "no such published service in the catalogue");
            }
        }
        List<String> groups = metadata.serviceGroups() == null ? List.of() : metadata.serviceGroups();
        for (int i = 0; i < groups.size(); i++) {
            if (!SERVICE_GROUPS.contains(groups.get(i))) {
                throw ProblemException.invalid("serviceGroups[" + i + "]", "one of " + new java.util.TreeSet<>(SERVICE_GROUPS));
            }
        }
        article.serviceIds = new ArrayList<>(serviceIds);
        article.serviceGroups = new ArrayList<>(groups);
        article.tags = new ArrayList<>(metadata.tags() == null ? List.of() : metadata.tags());
        article.categories = new ArrayList<>(metadata.categories() == null ? List.of() : metadata.categories());
    }

    /** A new version of the text; a new translation is persisted with its first version (state before insert). */
    private static void write(Translation translation, String title, String body, Caller caller, boolean isNew) {
        TranslationVersion version = translation.write(title, body, caller.subject(), now());
        if (isNew) {
            translation.persist();
        }
        version.persist();
    }

    private static ProblemException preconditionFailed(int current, int expected) {
        return new ProblemException(Problem.of(412, "precondition-failed", "Precondition failed",
                "The version is " + current + ", not " + expected).with("currentVersion", current));
    }

    static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MICROS);
    }
}
