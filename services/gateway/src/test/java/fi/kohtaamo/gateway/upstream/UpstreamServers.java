package fi.kohtaamo.gateway.upstream;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServer;
import io.vertx.core.http.HttpServerOptions;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpServerResponse;

import java.io.IOException;
import java.net.ServerSocket;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Real upstream HTTP servers for the gateway's connection tests, answering 200, 400, 403 and 404
 * the way services do, as separate routes:
 * <ul>
 * <li>{@code steady} (prefix {@code /api/v1/steady}): keeps its connections open, as Quarkus does;
 * refuses before reading the body (a role check), leaving Vert.x to discard it;</li>
 * <li>{@code strict} ({@code /api/v1/strict}): closes the connection right after every error
 * answer without announcing it ({@code Connection: close}), leaving the refused body unread, and
 * closes idle keep-alive connections after 150 ms: the two ways a pooled connection dies under
 * the gateway;</li>
 * <li>{@code down} ({@code /api/v1/down}) and {@code downpages} ({@code /down-pages}, pages): a
 * port where nothing listens.</li>
 * </ul>
 * Paths ending in {@code /forbidden}, {@code /missing} and {@code /bad} are refused with 403, 404
 * and 400; {@code /trickle} answers a long chunked body slowly (a kilobyte every 20 ms for 10 s),
 * {@code /late} answers after half a second, {@code /broken} sends a chunk and then closes the
 * connection without ending its answer, {@code /brief} answers after 250–350 ms, {@code /held} is answered only when a test calls
 * {@link #releaseHeld()}; others answer 200 with the length of the body they read.
 */
public class UpstreamServers implements QuarkusTestResourceLifecycleManager {

    private static final java.util.Queue<HttpServerRequest> HELD = new java.util.concurrent.ConcurrentLinkedQueue<>();
    private static final java.util.concurrent.atomic.AtomicInteger HELD_ARRIVALS = new java.util.concurrent.atomic.AtomicInteger();

    private Vertx vertx;

    /** How many {@code /held} requests have reached a server since the test resource started. */
    public static int heldArrivals() {
        return HELD_ARRIVALS.get();
    }

    /** Answers every {@code /held} request waiting so far (200). */
    public static void releaseHeld() {
        for (HttpServerRequest request; (request = HELD.poll()) != null; ) {
            request.response().putHeader("Content-Type", "application/json").end("{\"held\":true}");
        }
    }

    @Override
    public Map<String, String> start() {
        vertx = Vertx.vertx();
        Map<String, String> config = new HashMap<>();
        route(config, "steady", listen(new HttpServerOptions(), request -> answer(request, false)));
        route(config, "strict", listen(new HttpServerOptions().setIdleTimeout(150).setIdleTimeoutUnit(TimeUnit.MILLISECONDS),
                request -> answer(request, true)));
        route(config, "down", freePort());
        // Pages (not /api/) of a service that is down: a browser gets the gateway's own page.
        config.put("kohtaamo.gateway.routes.downpages.url", "http://127.0.0.1:" + freePort());
        config.put("kohtaamo.gateway.routes.downpages.prefixes", "/down-pages");
        config.put("kohtaamo.gateway.routes.downpages.openapi", "false");
        return config;
    }

    private static void route(Map<String, String> config, String name, int port) {
        config.put("kohtaamo.gateway.routes." + name + ".url", "http://127.0.0.1:" + port);
        config.put("kohtaamo.gateway.routes." + name + ".prefixes", "/api/v1/" + name);
        config.put("kohtaamo.gateway.routes." + name + ".openapi", "false");
    }

    private int listen(HttpServerOptions options, io.vertx.core.Handler<HttpServerRequest> handler) {
        HttpServer server = vertx.createHttpServer(options).requestHandler(handler);
        try {
            return server.listen(0, "127.0.0.1").toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS).actualPort();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private void answer(HttpServerRequest request, boolean closeAfterRefusal) {
        String path = request.path();
        if (path.endsWith("/trickle")) {
            trickle(request);
            return;
        }
        if (path.endsWith("/held")) {
            HELD.add(request);
            HELD_ARRIVALS.incrementAndGet();
            return;
        }
        if (path.endsWith("/brief")) {
            // Long enough that requests pile up behind two connections, short enough for thousands.
            vertx.setTimer(java.util.concurrent.ThreadLocalRandom.current().nextLong(250, 350),
                    id -> request.response().putHeader("Content-Type", "application/json").end("{\"brief\":true}"));
            return;
        }
        if (path.endsWith("/late")) {
            vertx.setTimer(500, id -> request.response().putHeader("Content-Type", "application/json").end("{\"late\":true}"));
            return;
        }
        if (path.endsWith("/broken")) {
            request.response().setChunked(true).putHeader("Content-Type", "text/plain").write("the first half");
            vertx.setTimer(50, id -> request.connection().close());
            return;
        }
        int refusal = path.endsWith("/forbidden") ? 403 : path.endsWith("/missing") ? 404 : path.endsWith("/bad") ? 400 : 0;
        if (refusal > 0) {
            request.response().setStatusCode(refusal).putHeader("Content-Type", "application/problem+json")
                    .end("{\"status\":" + refusal + "}")
                    .onComplete(ignored -> {
                        if (closeAfterRefusal) {
                            request.connection().close();
                        }
                    });
            return;
        }
        request.body().onSuccess(body -> request.response().putHeader("Content-Type", "application/json")
                .end("{\"length\":" + body.length() + "}"));
    }

    private void trickle(HttpServerRequest request) {
        HttpServerResponse response = request.response().setChunked(true).putHeader("Content-Type", "text/plain");
        String kilobyte = "x".repeat(1024);
        int[] sent = {0};
        long timer = vertx.setPeriodic(20, id -> {
            if (++sent[0] == 500) {
                vertx.cancelTimer(id);
                response.end(kilobyte);
            } else {
                response.write(kilobyte);
            }
        });
        request.connection().closeHandler(closed -> vertx.cancelTimer(timer));
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void stop() {
        if (vertx != null) {
            vertx.close();
        }
    }
}
