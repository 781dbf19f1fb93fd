package fi.kohtaamo.gateway;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpServer;
import io.vertx.core.json.JsonObject;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/**
 * One echoing HTTP server per route, standing in for the services behind the gateway: answers
 * with the route, method, URI, headers, body (up to 1 MB) and body length it received, plus the headers a test names in
 * {@code X-Stub-Response-Header}.
 */
public class OriginStubs implements QuarkusTestResourceLifecycleManager {

    /** Request URIs whose headers reached a stub, as soon as they did (before their bodies ended). */
    public static final Set<String> STARTED = ConcurrentHashMap.newKeySet();
    private static final long ECHOED_BODY = 1024 * 1024;

    private static final List<String> ROUTES = List.of("catalogue", "registry", "routing", "feedback", "knowledge", "webhooks", "web");
    private Vertx vertx;

    @Override
    public Map<String, String> start() {
        vertx = Vertx.vertx();
        Map<String, String> config = new HashMap<>();
        for (String route : ROUTES) {
            HttpServer server = vertx.createHttpServer().requestHandler(request -> {
                STARTED.add(request.uri());
                // Bodies are counted as they come and kept only when small: an upload test measures
                // the gateway's memory, not the stub's.
                Buffer body = Buffer.buffer();
                long[] length = {0};
                request.handler(chunk -> {
                    length[0] += chunk.length();
                    if (length[0] <= ECHOED_BODY) {
                        body.appendBuffer(chunk);
                    }
                });
                request.endHandler(end -> {
                    JsonObject headers = new JsonObject();
                    // A header sent twice shows as both values joined, so a duplicate cannot hide.
                    request.headers().forEach(header -> headers.put(header.getKey().toLowerCase(),
                            headers.containsKey(header.getKey().toLowerCase())
                                    ? headers.getString(header.getKey().toLowerCase()) + ", " + header.getValue()
                                    : header.getValue()));
                    // A test asks for a header of the service's own ("Name: value"), e.g. its Cache-Control.
                    request.headers().getAll("X-Stub-Response-Header").forEach(header -> request.response()
                            .putHeader(header.substring(0, header.indexOf(':')), header.substring(header.indexOf(':') + 1).trim()));
                    request.response().putHeader("Content-Type", "application/json")
                            .end(new JsonObject().put("route", route).put("method", request.method().name())
                                    .put("uri", request.uri()).put("headers", headers).put("bodyLength", length[0])
                                    .put("body", length[0] <= ECHOED_BODY ? body.toString() : null).encode());
                });
            });
            try {
                server.listen(0, "127.0.0.1").toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
            config.put("kohtaamo.gateway.routes." + route + ".url", "http://127.0.0.1:" + server.actualPort());
        }
        return config;
    }

    @Override
    public void stop() {
        if (vertx != null) {
            vertx.close();
        }
    }
}
