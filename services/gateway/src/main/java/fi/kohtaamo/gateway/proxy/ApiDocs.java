package fi.kohtaamo.gateway.proxy;

import fi.kohtaamo.gateway.config.GatewayConfig;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Set;

/**
 * Swagger UI for every service through the gateway, at /api-docs/: the page and its start-up
 * script are the gateway's own ({@code api-docs/}), Swagger UI's scripts and styles come from
 * SmallRye's packaging of it, the documents from /openapi. Off (404, like any unknown path) when
 * {@code kohtaamo.gateway.swagger-ui} is false. Only the files named here are served.
 */
@ApplicationScoped
public class ApiDocs {

    static final String PATH = "/api-docs/";
    /** Swagger UI styles elements inline; everything else stays as strict as the rest of the origin. */
    static final String CONTENT_SECURITY_POLICY = SecurityHeaders.CONTENT_SECURITY_POLICY
            .replace("style-src 'self'", "style-src 'self' 'unsafe-inline'");
    private static final Map<String, String> OWN = Map.of("", "index.html", "kohtaamo-api-docs.js", "kohtaamo-api-docs.js");
    private static final Set<String> SWAGGER_UI = Set.of("swagger-ui.css", "swagger-ui-bundle.js",
            "swagger-ui-standalone-preset.js", "favicon.ico");
    private static final Map<String, String> TYPES = Map.of("html", "text/html; charset=utf-8",
            "js", "text/javascript; charset=utf-8", "css", "text/css; charset=utf-8", "ico", "image/x-icon");

    private final boolean enabled;
    private final Map<String, byte[]> files = new java.util.concurrent.ConcurrentHashMap<>();

    public ApiDocs(GatewayConfig config) {
        this.enabled = config.swaggerUi();
    }

    void install(@Observes Router router) {
        if (!enabled) {
            return;
        }
        // Vert.x matches "/api-docs" with a trailing slash too: only the bare path is redirected.
        router.get("/api-docs").handler(rc -> {
            if (rc.request().path().endsWith("/")) {
                rc.next();
            } else {
                rc.response().setStatusCode(301).putHeader(HttpHeaders.LOCATION, PATH).end();
            }
        });
        router.get(PATH + "*").handler(this::serve);
    }

    private void serve(RoutingContext rc) {
        String name = rc.request().path().substring(PATH.length());
        String resource = OWN.containsKey(name) ? "api-docs/" + OWN.get(name)
                : SWAGGER_UI.contains(name) ? "META-INF/resources/openapi-ui/" + name : null;
        if (resource == null) {
            rc.next(); // the platform's own 404 page
            return;
        }
        byte[] body = files.computeIfAbsent(resource, ApiDocs::read);
        String extension = resource.substring(resource.lastIndexOf('.') + 1);
        rc.response().putHeader(HttpHeaders.CONTENT_TYPE, TYPES.get(extension))
                .putHeader("Content-Security-Policy", CONTENT_SECURITY_POLICY)
                .putHeader(HttpHeaders.CACHE_CONTROL, "public, max-age=3600")
                .end(io.vertx.core.buffer.Buffer.buffer(body));
    }

    private static byte[] read(String resource) {
        try (InputStream in = ApiDocs.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is missing from the gateway's class path");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
