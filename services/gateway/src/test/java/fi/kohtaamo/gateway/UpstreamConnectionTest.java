package fi.kohtaamo.gateway;

import fi.kohtaamo.gateway.upstream.UpstreamServers;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

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
        return ScrapedMetrics.sum(scraped, "kohtaamo_gateway_upstream_retries_total", "");
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
     * Clients that leave before the service answers, or while its answer is coming (as they do
     * when they time out under load): no uncaught error on the gateway's event loop, which relaying
     * into their closed responses once caused for every such answer, and the gateway goes on.
     */
    @Test
    void clientsThatLeaveBeforeOrDuringAnAnswerCauseNoErrorAndTheGatewayGoesOn() throws Exception {
        List<LogRecord> uncaught = new CopyOnWriteArrayList<>();
        Handler recorder = new Handler() {
            @Override
            public void publish(LogRecord record) {
                if (record.getLevel().intValue() >= Level.SEVERE.intValue()) {
                    uncaught.add(record);
                }
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        Logger vertxErrors = Logger.getLogger("io.quarkus.vertx.core.runtime.VertxCoreRecorder");
        vertxErrors.addHandler(recorder);
        try {
            try (Socket socket = requestOver("/api/v1/steady/trickle")) {
                assertThat(new String(socket.getInputStream().readNBytes(12), StandardCharsets.US_ASCII)).isEqualTo("HTTP/1.1 200");
            }
            try (Socket socket = requestOver("/api/v1/steady/late")) {
                Thread.sleep(100); // gone before the answer, which comes after 500 ms
            }
            Thread.sleep(1_000);

            assertThat(uncaught).extracting(LogRecord::getMessage).isEmpty();
            given().get("/api/v1/steady/42").then().statusCode(200);
        } finally {
            vertxErrors.removeHandler(recorder);
        }
    }

    /** A service's chunked answer that breaks half-way reaches the client unfinished, never as a whole body. */
    @Test
    void anAnswerThatBreaksHalfWayIsNotPassedOnAsAWholeOne() throws Exception {
        try (Socket socket = requestOver("/api/v1/steady/broken")) {
            socket.setSoTimeout(3_000);
            ByteArrayOutputStream received = new ByteArrayOutputStream();
            byte[] buffer = new byte[4096];
            try {
                for (int n; (n = socket.getInputStream().read(buffer)) >= 0; ) { // until the gateway closes
                    received.write(buffer, 0, n);
                }
            } catch (SocketTimeoutException keptOpen) {
                // kept open after what it sent: whatever that was is judged below
            }

            assertThat(received.toString(StandardCharsets.US_ASCII)).startsWith("HTTP/1.1 200").contains("the first half")
                    .doesNotEndWith("0\r\n\r\n");
        }
    }

    private Socket requestOver(String path) throws IOException {
        Socket socket = new Socket(gateway.getHost(), gateway.getPort());
        socket.getOutputStream().write(("GET " + path + " HTTP/1.1\r\nHost: " + gateway.getHost() + "\r\n\r\n")
                .getBytes(StandardCharsets.US_ASCII));
        return socket;
    }
}
