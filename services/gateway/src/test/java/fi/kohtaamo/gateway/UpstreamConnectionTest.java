package fi.kohtaamo.gateway;

import fi.kohtaamo.gateway.upstream.UpstreamServers;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

/** The gateway in front of real upstream servers that close connections the way services may. */
@QuarkusTest
@QuarkusTestResource(UpstreamServers.class)
class UpstreamConnectionTest {

    @TestHTTPResource("/")
    URL gateway;

    @TestHTTPResource(value = "/metrics", management = true)
    URL metrics;

    /** One request of the mix and the status it must get; {@code key}: sent with an Idempotency-Key. */
    record Call(String method, String path, boolean body, boolean key, int expected) {
    }

    private static final List<Call> MIX = List.of(
            new Call("GET", "/api/v1/steady/42", false, false, 200),
            new Call("GET", "/api/v1/steady/missing", false, false, 404),
            new Call("POST", "/api/v1/steady/items", true, false, 200),
            new Call("POST", "/api/v1/steady/bad", true, false, 400),
            new Call("POST", "/api/v1/steady/forbidden", true, false, 403),
            new Call("GET", "/api/v1/strict/42", false, false, 200),
            new Call("GET", "/api/v1/strict/missing", false, false, 404),
            new Call("GET", "/api/v1/strict/forbidden", false, false, 403),
            new Call("DELETE", "/api/v1/strict/42", false, false, 200),
            new Call("POST", "/api/v1/strict/bad", true, true, 400),
            new Call("POST", "/api/v1/strict/items", true, true, 200));

    /**
     * Six clients, 1,800 requests answered 200/400/403/404, some after a pause longer than the
     * strict server's keep-alive: every answer is the service's own, never a 502.
     */
    @Test
    void aMixOfAnsweredAndRefusedRequestsNeverGetsA502() throws Exception {
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5)).build();
        Map<String, AtomicInteger> wrong = new ConcurrentHashMap<>();
        AtomicInteger answered = new AtomicInteger();
        ExecutorService clients = Executors.newFixedThreadPool(6);
        for (int c = 0; c < 6; c++) {
            clients.submit(() -> {
                for (int i = 0; i < 300; i++) {
                    Call call = MIX.get(ThreadLocalRandom.current().nextInt(MIX.size()));
                    int status = send(client, call);
                    answered.incrementAndGet();
                    if (status != call.expected()) {
                        wrong.computeIfAbsent(call.method() + " " + call.path() + " -> " + status, k -> new AtomicInteger()).incrementAndGet();
                    }
                    if (ThreadLocalRandom.current().nextInt(15) == 0) {
                        Thread.sleep(ThreadLocalRandom.current().nextInt(120, 220));
                    }
                }
                return null;
            });
        }
        clients.shutdown();
        assertThat(clients.awaitTermination(3, TimeUnit.MINUTES)).isTrue();
        assertThat(answered.get()).isEqualTo(1800);
        assertThat(wrong).as("requests answered otherwise than by the service").isEmpty();
        // The mix did meet connections the strict server had dropped, and healed them.
        double retries = retries();
        org.jboss.logging.Logger.getLogger(UpstreamConnectionTest.class)
                .infof("Mix: %d requests, all answered by their service; %.0f sent again on a fresh connection", answered.get(), retries);
        assertThat(retries).isPositive();
    }

    private double retries() {
        String scraped = given().when().get(metrics).then().statusCode(200).extract().asString();
        return scraped.lines().filter(line -> line.startsWith("kohtaamo_gateway_upstream_retries_total"))
                .mapToDouble(line -> Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1))).sum();
    }

    private int send(HttpClient client, Call call) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(gateway + call.path().substring(1)))
                .method(call.method(), call.body() ? HttpRequest.BodyPublishers.ofString("{\"name\":\"hei\"}")
                        : HttpRequest.BodyPublishers.noBody())
                .header("Content-Type", "application/json");
        if (call.key()) {
            request.header("Idempotency-Key", UUID.randomUUID().toString());
        }
        try {
            return client.send(request.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (Exception e) {
            return -1;
        }
    }

    @Test
    void aServiceThatIsDownGetsA503ProblemWithRetryAfter() {
        given().when().get("/api/v1/down/42")
                .then().statusCode(503)
                .header("Retry-After", "5")
                .contentType("application/problem+json")
                .body("status", equalTo(503))
                .body("type", equalTo("https://kohtaamo.fi/problems/service-unavailable"))
                .body("detail", notNullValue());
        given().contentType("application/json").body("{}").when().post("/api/v1/down/items")
                .then().statusCode(503).header("Retry-After", "5").contentType("application/problem+json");
    }

    /**
     * A client that goes away while the service's answer is still coming: the gateway stops
     * reading it and lets the service's connection go, rather than relaying the rest into a closed
     * response (an uncaught error on its event loop for every chunk, found under overload when
     * clients timed out).
     */
    @Test
    void aClientThatLeavesMidAnswerStopsTheServicesAnswer() throws Exception {
        try (java.net.Socket socket = new java.net.Socket(gateway.getHost(), gateway.getPort())) {
            socket.getOutputStream().write(("GET /api/v1/steady/trickle HTTP/1.1\r\nHost: " + gateway.getHost() + "\r\n\r\n")
                    .getBytes(java.nio.charset.StandardCharsets.US_ASCII));
            byte[] head = new byte[12];
            int read = socket.getInputStream().readNBytes(head, 0, head.length);
            assertThat(new String(head, 0, read, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("HTTP/1.1 200");
        }
        // The answer would trickle on for ten seconds; the service sees its connection closed well before.
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        int cut = 0;
        while (cut == 0 && System.nanoTime() < deadline) {
            Thread.sleep(100);
            cut = given().get("/api/v1/steady/trickles").then().statusCode(200).extract().path("cut");
        }
        assertThat(cut).isEqualTo(1);
        given().get("/api/v1/steady/42").then().statusCode(200);
    }

}
