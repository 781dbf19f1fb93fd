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
 * A service whose every connection is busy: the gateway sheds what waits too long or finds the
 * wait full (503 {@code service-busy}, with {@code Retry-After}) and never sends it, rather than
 * queueing it until the client gives up. Two connections, two waiting at most, 300 ms of waiting.
 */
@QuarkusTest
@QuarkusTestResource(UpstreamServers.class)
@TestProfile(UpstreamBusyTest.TwoConnections.class)
class UpstreamBusyTest {

    public static class TwoConnections implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("kohtaamo.gateway.upstream-connections", "2",
                    "kohtaamo.gateway.upstream-queue", "2",
                    "kohtaamo.gateway.upstream-queue-timeout", "300ms");
        }
    }

    @TestHTTPResource("/")
    URL gateway;

    @TestHTTPResource(value = "/metrics", management = true)
    URL metrics;

    private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();

    @Test
    void requestsABusyServiceCannotTakeInTimeAreShedWithoutBeingSent() throws Exception {
        int before = UpstreamServers.heldArrivals();
        List<CompletableFuture<HttpResponse<String>>> holding = List.of(send("GET", "/api/v1/steady/held"),
                send("GET", "/api/v1/steady/held"));
        await().atMost(10, TimeUnit.SECONDS).until(() -> UpstreamServers.heldArrivals() == before + 2);

        // Both connections are held: these wait (two at most, the rest at once) and are shed after 300 ms.
        List<CompletableFuture<HttpResponse<String>>> shed = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            shed.add(send("GET", "/api/v1/steady/held"));
        }
        shed.add(send("POST", "/api/v1/steady/items"));
        for (CompletableFuture<HttpResponse<String>> answer : shed) {
            HttpResponse<String> response = answer.get(10, TimeUnit.SECONDS);
            assertThat(response.statusCode()).isEqualTo(503);
            assertThat(response.headers().firstValue("Retry-After")).contains("5");
            assertThat(response.headers().firstValue("Content-Type")).contains("application/problem+json");
            JsonPath problem = JsonPath.from(response.body());
            assertThat(problem.getString("type")).isEqualTo("https://kohtaamo.fi/problems/service-busy");
            assertThat(problem.getInt("status")).isEqualTo(503);
        }
        assertThat(holding).noneMatch(CompletableFuture::isDone);
        assertThat(UpstreamServers.heldArrivals()).as("shed requests never reach the service").isEqualTo(before + 2);

        UpstreamServers.releaseHeld();
        for (CompletableFuture<HttpResponse<String>> answer : holding) {
            assertThat(answer.get(10, TimeUnit.SECONDS).statusCode()).isEqualTo(200);
        }
        // The connections are free again: the next requests are the service's to answer.
        assertThat(send("POST", "/api/v1/steady/items").get(10, TimeUnit.SECONDS).statusCode()).isEqualTo(200);
        assertThat(send("GET", "/api/v1/steady/missing").get(10, TimeUnit.SECONDS).statusCode()).isEqualTo(404);
        assertThat(busyCount()).isGreaterThanOrEqualTo(5);
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
        return scraped.lines().filter(line -> line.startsWith("kohtaamo_gateway_upstream_busy_total{")
                        && line.contains("route=\"steady\""))
                .mapToDouble(line -> Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1))).sum();
    }
}
