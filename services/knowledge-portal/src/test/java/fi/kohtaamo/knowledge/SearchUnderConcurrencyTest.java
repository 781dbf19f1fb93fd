package fi.kohtaamo.knowledge;

import fi.kohtaamo.testsupport.KohtaamoServicesResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import fi.kohtaamo.caller.Caller;
import fi.kohtaamo.knowledge.domain.Article;
import fi.kohtaamo.knowledge.service.Articles;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Searches at a concurrency far above the pool's size, every word new to the term cache: a
 * search that took a second pooled connection while holding its own would leave every request
 * holding one and waiting for another until the acquisition timeout (the cold-start outage).
 */
@QuarkusTest
@TestProfile(SearchUnderConcurrencyTest.SmallPool.class)
@QuarkusTestResource(value = KohtaamoServicesResource.class, initArgs = {
        @ResourceArg(name = "schema", value = "knowledge"), @ResourceArg(name = "extensions", value = "pg_trgm")})
class SearchUnderConcurrencyTest {

    private static final int POOL = 3;
    private static final int CONCURRENT = 8 * POOL;

    public static class SmallPool implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            // both pools small: a search must neither take a second connection of its own pool
            // nor one of the default pool while it holds one
            return Map.of("quarkus.datasource.search.jdbc.max-size", String.valueOf(POOL),
                    "quarkus.datasource.search.jdbc.min-size", "1", "quarkus.datasource.search.jdbc.initial-size", "1",
                    "quarkus.datasource.search.jdbc.acquisition-timeout", "3S",
                    "quarkus.datasource.jdbc.max-size", String.valueOf(POOL), "quarkus.datasource.jdbc.acquisition-timeout", "3S");
        }
    }

    @Test
    void searchesAboveThePoolSizeWithAnEmptyCacheAllSucceed() throws Exception {
        ExecutorService threads = Executors.newFixedThreadPool(CONCURRENT);
        try {
            List<Callable<Integer>> searches = new ArrayList<>();
            for (int i = 0; i < CONCURRENT; i++) {
                String words = "hakemus" + letters(i) + " tuki" + letters(i + 100) + " bygglov" + letters(i + 200);
                searches.add(() -> given().queryParam("q", words).when().get("/api/v1/search").statusCode());
            }
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> status : threads.invokeAll(searches)) {
                statuses.add(status.get());
            }
            assertThat(statuses).hasSize(CONCURRENT).containsOnly(200);
        } finally {
            threads.shutdownNow();
        }
    }

    @Inject
    Articles articles;

    /**
     * Texts that share their words, published at once: each publication counts its words and
     * lexemes, and two that took the shared rows' locks in different orders deadlocked.
     */
    @Test
    void textsSharingWordsArePublishedAtOnceWithoutDeadlock() throws Exception {
        List<String> shared = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            shared.add("yhteinen" + letters(i));
        }
        Caller author = new Caller("concurrent-author", "concurrent-author", "ely-uusimaa", Set.of("content-editor"), false);
        Caller reviewer = new Caller("concurrent-reviewer", "concurrent-reviewer", "ely-uusimaa", Set.of("content-editor"), false);
        ExecutorService threads = Executors.newFixedThreadPool(POOL);
        try {
            List<Callable<Boolean>> publications = new ArrayList<>();
            for (int i = 0; i < 2 * POOL; i++) {
                List<String> words = new ArrayList<>(shared);
                Collections.shuffle(words, new Random(i));
                String body = String.join(" ", words);
                publications.add(() -> {
                    Article article = articles.create("fi", "Yhteiset sanat " + UUID.randomUUID(), body,
                            new Articles.Metadata(Article.Audience.PUBLIC, List.of(), List.of(), List.of(), List.of()), author);
                    articles.submit(article.id, "fi", author);
                    articles.approve(article.id, "fi", null, null, reviewer);
                    return true;
                });
            }
            for (Future<Boolean> published : threads.invokeAll(publications)) {
                assertThat(published.get()).isTrue();
            }
        } finally {
            threads.shutdownNow();
        }
    }

    /** A distinct run of letters per number, so that no word is in the cache yet. */
    private static String letters(int n) {
        StringBuilder letters = new StringBuilder();
        do {
            letters.append((char) ('a' + n % 26));
            n /= 26;
        } while (n > 0);
        return letters.toString() + "x";
    }
}
