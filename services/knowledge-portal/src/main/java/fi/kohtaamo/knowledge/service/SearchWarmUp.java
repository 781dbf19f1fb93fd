package fi.kohtaamo.knowledge.service;

import fi.kohtaamo.knowledge.analysis.TextAnalysis;
import io.agroal.api.AgroalDataSource;
import io.quarkus.agroal.DataSource;
import io.quarkus.cache.Cache;
import io.quarkus.cache.CacheName;
import io.quarkus.runtime.LaunchMode;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.config.ConfigProvider;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;
import org.jboss.logging.Logger;

import java.net.ConnectException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Makes the first searches after a start as quick as the later ones. Before the service reports
 * ready, every connection of the search pool is opened and runs a search (a PostgreSQL session
 * loads its catalogue caches on its first statements: its first search planned in 18–55 ms, later
 * ones in 1.2–1.5 ms), then searches go through the service's own HTTP API until
 * {@code kohtaamo.knowledge.search.warm-up} has passed, so that the JIT has compiled the whole
 * path a reader's search takes. The words are published words of the corpus, sampled.
 * Afterwards the word analyses, terms, typo corrections and answers are all forgotten: the first
 * users meet empty caches, as the benchmark's first minute does
 * (docs/performance.md), and only the machinery is warm.
 */
@Readiness
@ApplicationScoped
public class SearchWarmUp implements HealthCheck {

    private static final Logger LOG = Logger.getLogger(SearchWarmUp.class);
    /** Words searched when the corpus has none yet (a new database). */
    private static final List<String> FALLBACK = List.of("lupa", "hakemus", "tillstånd", "ansökan", "permit", "application");

    private final AgroalDataSource dataSource;
    private final Search search;
    private final TextAnalysis analysis;
    private final List<Cache> caches;
    private final Duration budget;
    private volatile boolean warm;

    public SearchWarmUp(@DataSource("search") AgroalDataSource dataSource, Search search, TextAnalysis analysis,
                        @CacheName("search-terms") Cache terms, @CacheName("search-typos") Cache typos,
                        @CacheName("search-results") Cache results,
                        @ConfigProperty(name = "kohtaamo.knowledge.search.warm-up", defaultValue = "2S") Duration budget) {
        this.dataSource = dataSource;
        this.search = search;
        this.analysis = analysis;
        this.caches = List.of(terms, typos, results);
        this.budget = budget;
    }

    void start(@Observes StartupEvent event) {
        Thread.ofPlatform().name("search-warm-up").daemon(true).start(this::warmUp);
    }

    @Override
    public HealthCheckResponse call() {
        return HealthCheckResponse.named("search warmed up").status(warm).build();
    }

    /** Whether the warm-up has ended (it ends also when it fails: a cold search is better than none). */
    public boolean isWarm() {
        return warm;
    }

    /** Warms the search up (at start, on a thread of its own) and then empties every search cache. */
    public void warmUp() {
        long started = System.nanoTime();
        try {
            if (!budget.isZero()) {
                int searches = run(started + budget.toNanos());
                LOG.infof("search warmed up: %d searches in %d ms", searches, (System.nanoTime() - started) / 1_000_000);
            }
        } catch (SQLException | RuntimeException e) {
            LOG.warnf("search warm-up ended early (%s); the first searches will be slower", e.getClass().getSimpleName());
        } finally {
            caches.forEach(cache -> cache.invalidateAll().await().indefinitely());
            analysis.forgetWords();
            warm = true;
        }
    }

    private int run(long until) throws SQLException {
        int size = dataSource.getConfiguration().connectionPoolConfiguration().maxSize();
        List<Connection> held = new ArrayList<>(size);
        List<String> queries;
        try {
            // all of them at once: the pool opens a new one for each, and each gets its first plans here
            for (int i = 0; i < size; i++) {
                held.add(dataSource.getConnection());
            }
            queries = queries(held.get(0));
            for (int i = 0; i < held.size(); i++) {
                search.warmUp(held.get(i), queries.get(i % queries.size()));
            }
        } finally {
            for (Connection connection : held) {
                connection.close();
            }
        }
        return held.size() + throughTheApi(queries, until);
    }

    /** Public searches through the service's own HTTP API, every third in one language, until the budget is spent. */
    private static int throughTheApi(List<String> queries, long until) {
        String port = System.getProperty(LaunchMode.current() == LaunchMode.TEST ? "quarkus.http.test-port" : "quarkus.http.port",
                String.valueOf(ConfigProvider.getConfig().getValue("quarkus.http.port", Integer.class)));
        String[] languages = {"", "&language=fi", "&language=sv"};
        int searches = 0;
        try (HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build()) {
            while (System.nanoTime() < until) {
                String query = queries.get(searches % queries.size());
                URI uri = URI.create("http://127.0.0.1:" + port + "/api/v1/search?q=" + URLEncoder.encode(query, StandardCharsets.UTF_8)
                        + languages[searches % languages.length]);
                HttpResponse<Void> response;
                try {
                    response = client.send(HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(5)).build(),
                            HttpResponse.BodyHandlers.discarding());
                } catch (ConnectException notYetListening) {
                    Thread.sleep(50);
                    continue;
                }
                if (response.statusCode() != 200) {
                    throw new IllegalStateException("a warm-up search answered " + response.statusCode());
                }
                searches++;
            }
        } catch (java.io.IOException e) {
            throw new IllegalStateException("a warm-up search failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return searches;
    }

    /** Two published words; every third query with a misspelt second word, every fifth a single word. */
    private static List<String> queries(Connection connection) throws SQLException {
        List<String> words = new ArrayList<>();
        try (PreparedStatement statement = connection.prepareStatement(
                "select word from search_word tablesample system (1) where length(word) between 4 and 20 limit 200");
             ResultSet result = statement.executeQuery()) {
            while (result.next()) {
                words.add(result.getString(1));
            }
        }
        if (words.size() < 2) {
            words.addAll(FALLBACK);
        }
        List<String> queries = new ArrayList<>();
        for (int i = 0; i + 1 < words.size(); i++) {
            String second = i % 3 == 2 ? misspelt(words.get(i + 1)) : words.get(i + 1);
            queries.add(i % 5 == 4 ? words.get(i) : words.get(i) + " " + second);
        }
        return queries;
    }

    /** The word with its second and third letters swapped. */
    static String misspelt(String word) {
        return word.length() < 4 ? word : word.charAt(0) + String.valueOf(word.charAt(2)) + word.charAt(1) + word.substring(3);
    }
}
