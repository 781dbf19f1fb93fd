package fi.kohtaamo.knowledge.domain;

import fi.kohtaamo.knowledge.domain.Translation.Status;
import fi.kohtaamo.problem.ProblemException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Stream;

import static fi.kohtaamo.knowledge.domain.Translation.Status.ARCHIVED;
import static fi.kohtaamo.knowledge.domain.Translation.Status.DRAFT;
import static fi.kohtaamo.knowledge.domain.Translation.Status.IN_REVIEW;
import static fi.kohtaamo.knowledge.domain.Translation.Status.PUBLISHED;
import static fi.kohtaamo.knowledge.domain.Translation.Status.SCHEDULED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The editorial workflow of a language version: every step from every status, allowed or refused, without a database. */
class TranslationTest {

    static final Instant NOW = Instant.parse("2026-03-02T10:00:00Z");
    static final Instant TOMORROW = NOW.plus(Duration.ofDays(1));
    static final MarkdownRenderer.Rendered RENDERED = new MarkdownRenderer.Rendered("<p>Teksti</p>", "Teksti");

    /** Each workflow step, the statuses it is allowed from and where it leads. */
    enum Step {
        SUBMIT(t -> t.submit("author", NOW), IN_REVIEW, DRAFT),
        REJECT(t -> t.reject("reviewer", "Lähteet puuttuvat", NOW), DRAFT, IN_REVIEW),
        APPROVE_NOW(t -> t.approve("reviewer", null, null, NOW), PUBLISHED, IN_REVIEW),
        APPROVE_FOR_LATER(t -> t.approve("reviewer", TOMORROW, null, NOW), SCHEDULED, IN_REVIEW),
        PUBLISH_SCHEDULED(t -> t.publishScheduled("system:schedule", NOW), PUBLISHED, SCHEDULED),
        ARCHIVE(t -> t.archive("reviewer", NOW), ARCHIVED, PUBLISHED, SCHEDULED);

        final Function<Translation, WorkflowStep> apply;
        final Status to;
        final Set<Status> allowedFrom;

        Step(Function<Translation, WorkflowStep> apply, Status to, Status first, Status... rest) {
            this.apply = apply;
            this.to = to;
            this.allowedFrom = EnumSet.of(first, rest);
        }
    }

    static Stream<Arguments> allowed() {
        return pairs(true);
    }

    static Stream<Arguments> refused() {
        return pairs(false);
    }

    private static Stream<Arguments> pairs(boolean allowed) {
        return Arrays.stream(Status.values()).flatMap(status -> Arrays.stream(Step.values())
                .filter(step -> step.allowedFrom.contains(status) == allowed)
                .map(step -> Arguments.of(status, step)));
    }

    @ParameterizedTest(name = "{1} from {0}")
    @MethodSource("allowed")
    void anAllowedStepMovesTheTextAndReturnsTheStepToRecord(Status from, Step step) {
        Translation translation = translationIn(from);
        WorkflowStep recorded = step.apply.apply(translation);
        assertThat(translation.status).isEqualTo(step.to);
        assertThat(translation.updatedAt).isEqualTo(NOW);
        assertThat(recorded.translationId).isEqualTo(translation.id);
        assertThat(recorded.version).isEqualTo(translation.version);
        assertThat(recorded.fromStatus).isEqualTo(from.name());
        assertThat(recorded.toStatus).isEqualTo(step.to.name());
        assertThat(recorded.at).isEqualTo(NOW);
    }

    @ParameterizedTest(name = "{1} from {0}")
    @MethodSource("refused")
    void aRefusedStepAnswers409AndChangesNothing(Status from, Step step) {
        Translation translation = translationIn(from);
        assertThatThrownBy(() -> step.apply.apply(translation))
                .isInstanceOfSatisfying(ProblemException.class, e -> assertThat(e.problem().status()).isEqualTo(409));
        assertThat(translation).usingRecursiveComparison().isEqualTo(translationIn(from));
    }

    @Test
    void aNewTranslationStartsAsAnEmptyDraftWithTheArticlesLinks() {
        Article article = new Article();
        article.id = UUID.randomUUID();
        article.audience = Article.Audience.PUBLIC;
        article.serviceIds = List.of("s-1");
        article.serviceGroups = List.of("ADVICE_AND_INFORMATION");
        Translation translation = Translation.start(article, "sv");
        assertThat(translation.status).isEqualTo(DRAFT);
        assertThat(translation.version).isZero();
        assertThat(translation.articleId).isEqualTo(article.id);
        assertThat(translation.serviceIds).containsExactly("s-1");
        WorkflowStep started = translation.started("author", "translation started", NOW);
        assertThat(started.fromStatus).isNull();
        assertThat(started.toStatus).isEqualTo("DRAFT");
        assertThat(started.note).isEqualTo("translation started");
    }

    @Test
    void anArticlesNewAudienceAndLinksReachItsTranslationWhateverItsStatus() {
        Translation translation = translationIn(PUBLISHED);
        Article article = new Article();
        article.audience = Article.Audience.INTERNAL;
        article.serviceIds = new java.util.ArrayList<>(List.of("s-2", "s-3"));
        article.serviceGroups = List.of();
        translation.copyFrom(article);
        article.serviceIds.add("s-4");
        assertThat(translation.audience).isEqualTo(Article.Audience.INTERNAL);
        assertThat(translation.serviceIds).as("a copy, not the article's list").containsExactly("s-2", "s-3");
        assertThat(translation.serviceGroups).isEmpty();
        assertThat(translation.status).isEqualTo(PUBLISHED);
    }

    @Test
    void writingMakesANewVersionForTheHistory() {
        Translation translation = translationIn(DRAFT);
        TranslationVersion written = translation.write("  Uusi otsikko ", "Uusi teksti", "editor-2", NOW);
        assertThat(translation.version).isEqualTo(4);
        assertThat(translation.title).isEqualTo("Uusi otsikko");
        assertThat(translation.lastEditedBy).isEqualTo("editor-2");
        assertThat(written.version).isEqualTo(4);
        assertThat(written.title).isEqualTo("Uusi otsikko");
        assertThat(written.body).isEqualTo("Uusi teksti");
        assertThat(written.editedAt).isEqualTo(NOW);
    }

    @ParameterizedTest
    @EnumSource(value = Status.class, names = "DRAFT", mode = EnumSource.Mode.EXCLUDE)
    void anEditReturnsTheWorkingCopyToDraftAndDropsASchedule(Status status) {
        Translation translation = translationIn(status);
        WorkflowStep step = translation.edited("author", NOW).orElseThrow();
        assertThat(translation.status).isEqualTo(DRAFT);
        assertThat(translation.publishAt).isNull();
        assertThat(step.fromStatus).isEqualTo(status.name());
        assertThat(step.note).isEqualTo("edited");
        if (status == PUBLISHED) {
            assertThat(translation.isPublished()).as("readers keep the published copy").isTrue();
        }
    }

    @Test
    void editingADraftIsNoStep() {
        Translation translation = translationIn(DRAFT);
        assertThat(translation.edited("author", NOW)).isEmpty();
        assertThat(translation).usingRecursiveComparison().isEqualTo(translationIn(DRAFT));
    }

    @Test
    void submittingRemembersTheAuthor() {
        Translation translation = translationIn(DRAFT);
        translation.submit("author-2", NOW);
        assertThat(translation.submittedBy).isEqualTo("author-2");
    }

    @ParameterizedTest
    @EnumSource(value = Step.class, names = {"REJECT", "APPROVE_NOW", "APPROVE_FOR_LATER"})
    void theAuthorDoesNotReviewTheirOwnText(Step step) {
        Translation submitted = translationIn(IN_REVIEW);
        submitted.submittedBy = "reviewer";
        Translation edited = translationIn(IN_REVIEW);
        edited.lastEditedBy = "reviewer";
        for (Translation translation : List.of(submitted, edited)) {
            assertThatThrownBy(() -> step.apply.apply(translation)).isInstanceOfSatisfying(ProblemException.class,
                    e -> assertThat(e.problem().type().toString()).endsWith("self-review"));
            assertThat(translation.status).isEqualTo(IN_REVIEW);
        }
    }

    @Test
    void theSelfReviewRefusalComesBeforeTheStatusRefusal() {
        Translation translation = translationIn(DRAFT);
        translation.lastEditedBy = "reviewer";
        assertThatThrownBy(() -> translation.approve("reviewer", null, null, NOW))
                .isInstanceOfSatisfying(ProblemException.class, e -> assertThat(e.problem().status()).isEqualTo(403));
    }

    @Test
    void approvingForLaterSchedulesItWithANote() {
        Translation translation = translationIn(IN_REVIEW);
        WorkflowStep step = translation.approve("reviewer", TOMORROW, TOMORROW.plus(Duration.ofDays(30)), NOW);
        assertThat(translation.publishAt).isEqualTo(TOMORROW);
        assertThat(translation.expireAt).isEqualTo(TOMORROW.plus(Duration.ofDays(30)));
        assertThat(translation.reviewedBy).isEqualTo("reviewer");
        assertThat(step.note).isEqualTo("publish at " + TOMORROW);
    }

    @Test
    void approvingForAPastMomentPublishesNow() {
        Translation translation = translationIn(IN_REVIEW);
        translation.approve("reviewer", NOW.minusSeconds(60), null, NOW);
        assertThat(translation.status).isEqualTo(PUBLISHED);
        assertThat(translation.publishAt).isNull();
    }

    @Test
    void anExpiryBeforeThePublicationIsInvalidAndChangesNothing() {
        Translation translation = translationIn(IN_REVIEW);
        assertThatThrownBy(() -> translation.approve("reviewer", TOMORROW, TOMORROW, NOW))
                .isInstanceOfSatisfying(ProblemException.class, e -> {
                    assertThat(e.problem().status()).isEqualTo(400);
                    assertThat(e.problem().violations()).extracting(v -> v.field()).containsExactly("expireAt");
                });
        assertThatThrownBy(() -> translation.approve("reviewer", null, NOW, NOW)).isInstanceOf(ProblemException.class);
        assertThat(translation).usingRecursiveComparison().isEqualTo(translationIn(IN_REVIEW));
    }

    @Test
    void aScheduledTextIsNotPublishedBeforeItsTime() {
        Translation translation = translationIn(SCHEDULED);
        translation.publishAt = TOMORROW;
        assertThatThrownBy(() -> translation.publishScheduled("system:schedule", NOW)).isInstanceOf(ProblemException.class);
        assertThat(translation.status).isEqualTo(SCHEDULED);
    }

    @Test
    void publishingCopiesTheWorkingCopyAndTellsWhetherItReplacedOne() {
        Translation first = translationIn(IN_REVIEW);
        first.approve("reviewer", null, null, NOW);
        assertThat(first.published(RENDERED, NOW)).isFalse();
        assertThat(first.publishedVersion).isEqualTo(3);
        assertThat(first.publishedTitle).isEqualTo("Otsikko");
        assertThat(first.publishedHtml).isEqualTo("<p>Teksti</p>");
        assertThat(first.publishedText).isEqualTo("Teksti");
        assertThat(first.publishedAt).isEqualTo(NOW);

        Translation again = translationIn(PUBLISHED);
        assertThat(again.published(RENDERED, NOW)).isTrue();
    }

    @ParameterizedTest
    @EnumSource(value = Status.class, names = "PUBLISHED", mode = EnumSource.Mode.EXCLUDE)
    void onlyAPublishedTextGetsAPublishedCopy(Status status) {
        Translation translation = translationIn(status);
        assertThatThrownBy(() -> translation.published(RENDERED, NOW)).isInstanceOf(IllegalStateException.class);
        assertThat(translation).usingRecursiveComparison().isEqualTo(translationIn(status));
    }

    @Test
    void archivingTakesThePublishedCopyOffAndDropsTheSchedule() {
        Translation translation = translationIn(PUBLISHED);
        translation.expireAt = TOMORROW;
        translation.archive("reviewer", NOW);
        assertThat(translation.isPublished()).isFalse();
        assertThat(translation.publishedTitle).isNull();
        assertThat(translation.publishedHtml).isNull();
        assertThat(translation.publishedText).isNull();
        assertThat(translation.expireAt).isNull();
        assertThat(translation.publishAt).isNull();
    }

    @Test
    void aDraftWhoseEarlierVersionIsPublishedCanBeArchived() {
        Translation translation = translationIn(PUBLISHED);
        translation.edited("author", NOW);
        WorkflowStep step = translation.archive("reviewer", NOW);
        assertThat(step.fromStatus).isEqualTo("DRAFT");
        assertThat(translation.status).isEqualTo(ARCHIVED);
    }

    /** A text as it typically is in a status; the same every time, so that two can be compared. */
    static Translation translationIn(Status status) {
        Translation translation = new Translation();
        translation.id = UUID.fromString("00000000-0000-0000-0000-0000000000a1");
        translation.articleId = UUID.fromString("00000000-0000-0000-0000-0000000000a0");
        translation.language = "fi";
        translation.title = "Otsikko";
        translation.body = "Teksti";
        translation.version = 3;
        translation.lastEditedBy = "author";
        translation.audience = Article.Audience.PUBLIC;
        translation.updatedAt = NOW.minus(Duration.ofDays(1));
        translation.status = status;
        if (status != DRAFT) {
            translation.submittedBy = "author";
        }
        if (status == SCHEDULED) {
            translation.reviewedBy = "reviewer";
            translation.publishAt = NOW.minusSeconds(1);
        }
        if (status == PUBLISHED) {
            translation.reviewedBy = "reviewer";
            translation.publishedVersion = 2;
            translation.publishedTitle = "Otsikko";
            translation.publishedHtml = "<p>Vanha</p>";
            translation.publishedText = "Vanha";
            translation.publishedAt = NOW.minus(Duration.ofDays(2));
        }
        return translation;
    }
}
