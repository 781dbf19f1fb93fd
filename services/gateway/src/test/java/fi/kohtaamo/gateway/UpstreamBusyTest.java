package fi.kohtaamo.gateway;

import fi.kohtaamo.gateway.upstream.UpstreamServers;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A service whose every connection is busy: the gateway sheds what finds the wait for a connection
 * full (503 {@code service-busy}, with {@code Retry-After}) and never sends it, rather than queueing
 * it until the client gives up. Two connections, two waiting at most.
 */
@QuarkusTest
@QuarkusTestResource(UpstreamServers.class)
@TestProfile(UpstreamBusyTest.TwoConnections.class)
class UpstreamBusyTest {

    public static class TwoConnections implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            // A shed request is answered at once, so a client sheds many: no rate limit in the way.
            return Map.of("kohtaamo.gateway.upstream-connections", "2",
                    "kohtaamo.gateway.upstream-queue", "2",
                    "kohtaamo.gateway.rate-limits.default.anonymous-per-minute", "10000000");
        }
    }

    @TestHTTPResource("/")
    URL gateway;

    @TestHTTPResource(value = "/metrics", management = true)
    URL metrics;

    private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();

    @Test
    void requestsABusyServiceCannotTakeAreShedWithoutBeingSent() throws Exception {
        int before = UpstreamServers.heldArrivals();
        List<CompletableFuture<HttpResponse<String>>> first = List.of(send("GET", "/api/v1/steady/held"),
                send("GET", "/api/v1/steady/held"));
        await().atMost(10, TimeUnit.SECONDS).until(() -> UpstreamServers.heldArrivals() == before + 2);
        double busyBefore = busyCount();

        // Both connections are held: of four more, two wait and two are refused at once.
        List<CompletableFuture<HttpResponse<String>>> more = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            more.add(send("GET", "/api/v1/steady/held"));
        }
        await().atMost(10, TimeUnit.SECONDS).until(() -> more.stream().filter(CompletableFuture::isDone).count() == 2);
        List<CompletableFuture<HttpResponse<String>>> waiting = more.stream().filter(answer -> !answer.isDone()).toList();
        List<HttpResponse<String>> refused = new ArrayList<>();
        for (CompletableFuture<HttpResponse<String>> answer : more) {
            if (answer.isDone()) {
                refused.add(answer.get());
            }
        }
        // A POST too, with the wait full: refused, not sent, so safe to repeat.
        refused.add(send("POST", "/api/v1/steady/held").get(10, TimeUnit.SECONDS));
        for (HttpResponse<String> response : refused) {
            assertThat(response.statusCode()).isEqualTo(503);
            assertThat(response.headers().firstValue("Retry-After")).contains("5");
            assertThat(response.headers().firstValue("Content-Type")).contains("application/problem+json");
            JsonPath problem = JsonPath.from(response.body());
            assertThat(problem.getString("type")).isEqualTo("https://kohtaamo.fi/problems/service-busy");
            assertThat(problem.getInt("status")).isEqualTo(503);
        }
        assertThat(first).noneMatch(CompletableFuture::isDone);
        assertThat(waiting).hasSize(2).noneMatch(CompletableFuture::isDone);
        assertThat(busyCount() - busyBefore).isEqualTo(3);

        // Freed, the connections serve the two that waited; the refused ones never reach the service.
        UpstreamServers.releaseHeld();
        for (CompletableFuture<HttpResponse<String>> answer : first) {
            assertThat(answer.get(10, TimeUnit.SECONDS).statusCode()).isEqualTo(200);
        }
        await().atMost(10, TimeUnit.SECONDS).until(() -> {
            UpstreamServers.releaseHeld(); // the waiting ones, once they have arrived
            return waiting.stream().allMatch(CompletableFuture::isDone);
        });
        for (CompletableFuture<HttpResponse<String>> answer : waiting) {
            assertThat(answer.get().statusCode()).isEqualTo(200);
        }
        assertThat(UpstreamServers.heldArrivals()).as("refused requests never reach the service").isEqualTo(before + 4);
        assertThat(send("GET", "/api/v1/steady/missing").get(10, TimeUnit.SECONDS).statusCode()).isEqualTo(404);
    }

    /**
     * Twelve clients for five seconds against two connections, most of them shed: afterwards both
     * connections are still there for the next requests (none was lost along the way).
     */
    @Test
    void sheddingLosesNoConnection() throws Exception {
        java.util.Map<Integer, java.util.concurrent.atomic.AtomicInteger> statuses = new java.util.concurrent.ConcurrentHashMap<>();
        java.util.concurrent.ExecutorService clients = java.util.concurrent.Executors.newFixedThreadPool(12);
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        List<java.util.concurrent.Future<Object>> finished = new ArrayList<>();
        for (int c = 0; c < 12; c++) {
            finished.add(clients.submit(() -> {
                while (System.nanoTime() < until) {
                    int status = send("GET", "/api/v1/steady/brief").get(10, TimeUnit.SECONDS).statusCode();
                    statuses.computeIfAbsent(status, k -> new java.util.concurrent.atomic.AtomicInteger()).incrementAndGet();
                }
                return null;
            }));
        }
        clients.shutdown();
        assertThat(clients.awaitTermination(1, TimeUnit.MINUTES)).isTrue();
        for (java.util.concurrent.Future<Object> client : finished) {
            client.get(); // a client that failed (an IO error, no answer) fails the test
        }
        org.jboss.logging.Logger.getLogger(UpstreamBusyTest.class).infof("Shedding: %s", statuses);
        assertThat(statuses.keySet()).containsOnly(200, 503);
        assertThat(statuses.get(503)).as("some requests were shed").isNotNull();

        int before = UpstreamServers.heldArrivals();
        List<CompletableFuture<HttpResponse<String>>> holding = List.of(send("GET", "/api/v1/steady/held"),
                send("GET", "/api/v1/steady/held"));
        try {
            await().atMost(5, TimeUnit.SECONDS).until(() -> UpstreamServers.heldArrivals() == before + 2);
        } finally {
            UpstreamServers.releaseHeld();
        }
        for (CompletableFuture<HttpResponse<String>> answer : holding) {
            assertThat(answer.get(10, TimeUnit.SECONDS).statusCode()).isEqualTo(200);
        }
    }

    private CompletableFuture<HttpResponse<String>> send(String method, String path) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(gateway + path.substring(1)))
                .method(method, "POST".equals(method) ? HttpRequest.BodyPublishers.ofString("{\"name\":\"hei\"}")
                        : HttpRequest.BodyPublishers.noBody())
                .header("Content-Type", "application/json").build();
        return client.sendAsync(request, HttpResponse.BodyHandlers.ofString());
    }

    private double busyCount() {
        String scraped = given().when().get(metrics).then().statusCode(200).extract().asString();
        return ScrapedMetrics.sum(scraped, "kohtaamo_gateway_upstream_busy_total", "route=\"steady\"");
    }
}
