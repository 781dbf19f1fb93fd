package fi.kohtaamo.gateway.proxy;

import fi.kohtaamo.gateway.config.GatewayConfig;
import io.quarkus.oidc.AccessTokenCredential;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.vertx.http.runtime.security.QuarkusHttpUser;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.httpproxy.HttpProxy;
import io.vertx.httpproxy.ProxyContext;
import io.vertx.httpproxy.ProxyInterceptor;
import io.vertx.httpproxy.ProxyResponse;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.jboss.logging.Logger;

import java.net.URI;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * The gateway's routes on Quarkus's own Vert.x router: sign-in, the OpenAPI index, and the
 * reverse proxy that forwards every other path unchanged to the service owning its prefix,
 * carrying the user's access token.
 */
@ApplicationScoped
public class GatewayRoutes {

    private static final Logger LOG = Logger.getLogger(GatewayRoutes.class);
    private static final String SESSION_COOKIE_PREFIX = "q_session";

    private final GatewayConfig config;
    private final RouteTable table;
    private final Map<String, HttpProxy> proxies = new HashMap<>();
    private final Map<String, HttpProxy> openApiProxies = new HashMap<>();

    public GatewayRoutes(GatewayConfig config) {
        this.config = config;
        this.table = new RouteTable(config.routes());
    }

    void install(@Observes Router router, Vertx vertx) {
        HttpClient client = vertx.createHttpClient(new HttpClientOptions().setMaxPoolSize(64).setKeepAlive(true));
        config.routes().forEach((name, route) -> {
            URI url = route.url();
            int port = url.getPort() > 0 ? url.getPort() : "https".equals(url.getScheme()) ? 443 : 80;
            proxies.put(name, HttpProxy.reverseProxy(client).origin(port, url.getHost()));
            if (route.openapi()) {
                openApiProxies.put(name, HttpProxy.reverseProxy(client).origin(port, url.getHost())
                        .addInterceptor(new ProxyInterceptor() {
                            @Override
                            public io.vertx.core.Future<ProxyResponse> handleProxyRequest(ProxyContext context) {
                                context.request().setURI("/q/openapi?format=json");
                                return context.sendRequest();
                            }
                        }));
            }
        });

        router.route().order(-1000).handler(this::securityHeaders);
        router.get("/login").handler(this::afterLogin);
        router.get("/openapi").handler(this::openApiIndex);
        router.get("/openapi/:service").handler(this::openApiDocument);
        router.route().order(Integer.MAX_VALUE - 1).handler(this::forward);
    }

    private void securityHeaders(RoutingContext rc) {
        boolean https = "https".equals(rc.request().scheme())
                || "https".equalsIgnoreCase(rc.request().getHeader("X-Forwarded-Proto"));
        rc.addHeadersEndHandler(ignored -> SecurityHeaders.apply(rc.response().headers(), https));
        rc.next();
    }

    /** Reached signed in (the path requires authentication); goes back where sign-in started. */
    private void afterLogin(RoutingContext rc) {
        String target = rc.request().getParam("redirect");
        rc.response().setStatusCode(303).putHeader(HttpHeaders.LOCATION, safeLocalPath(target)).end();
    }

    /** Only a path on this origin: never an open redirect to another site. */
    public static String safeLocalPath(String target) {
        if (target == null || !target.startsWith("/") || target.startsWith("//") || target.startsWith("/\\")
                || target.contains("\r") || target.contains("\n")) {
            return "/";
        }
        return target;
    }

    private void openApiIndex(RoutingContext rc) {
        JsonArray services = new JsonArray();
        new TreeMap<>(config.routes()).forEach((name, route) -> {
            if (route.openapi() && !route.prefixes().contains("/")) {
                services.add(new JsonObject().put("name", name).put("url", "/openapi/" + name)
                        .put("prefixes", new JsonArray(route.prefixes())));
            }
        });
        rc.response().putHeader(HttpHeaders.CONTENT_TYPE, "application/json")
                .end(new JsonObject().put("services", services).encodePrettily());
    }

    private void openApiDocument(RoutingContext rc) {
        HttpProxy proxy = openApiProxies.get(rc.pathParam("service"));
        if (proxy == null) {
            problem(rc, 404, "not-found", "Not found", "No service named " + rc.pathParam("service"));
            return;
        }
        proxy.handle(rc.request());
    }

    private void forward(RoutingContext rc) {
        HttpServerRequest request = rc.request();
        RouteTable.Target target = table.resolve(request.path()).orElse(null);
        if (target == null) {
            problem(rc, 404, "not-found", "Not found", "No service serves " + request.path());
            return;
        }
        String length = request.getHeader(HttpHeaders.CONTENT_LENGTH);
        long limit = config.maxBodySize().asLongValue();
        if (length != null) {
            long declared;
            try {
                declared = Long.parseLong(length.trim());
            } catch (NumberFormatException e) {
                problem(rc, 400, "malformed-request", "Malformed request", "Content-Length is not a number");
                return;
            }
            if (declared > limit) {
                problem(rc, 413, "payload-too-large", "Payload too large", "The request body may be at most " + limit + " bytes");
                return;
            }
        } else if (request.getHeader(HttpHeaders.TRANSFER_ENCODING) != null) {
            // Without a declared length the size cannot be checked before the service reads it.
            problem(rc, 411, "length-required", "Length required", "Send the request body with a Content-Length");
            return;
        }
        relayIdentity(rc);
        proxies.get(target.name()).handle(request);
    }

    /**
     * The service sees the user's access token, whether it came as a bearer token or from the
     * browser's session, and never the gateway's session cookie.
     */
    private void relayIdentity(RoutingContext rc) {
        HttpServerRequest request = rc.request();
        String token = null;
        if (rc.user() instanceof QuarkusHttpUser user) {
            SecurityIdentity identity = user.getSecurityIdentity();
            AccessTokenCredential credential = identity.getCredential(AccessTokenCredential.class);
            token = credential == null ? null : credential.getToken();
        }
        if (token != null) {
            request.headers().set(HttpHeaders.AUTHORIZATION, "Bearer " + token);
        } else {
            request.headers().remove(HttpHeaders.AUTHORIZATION);
        }
        String cookies = request.getHeader(HttpHeaders.COOKIE);
        if (cookies != null) {
            String kept = Arrays.stream(cookies.split(";")).map(String::trim)
                    .filter(cookie -> !cookie.startsWith(SESSION_COOKIE_PREFIX))
                    .collect(Collectors.joining("; "));
            if (kept.isEmpty()) {
                request.headers().remove(HttpHeaders.COOKIE);
            } else {
                request.headers().set(HttpHeaders.COOKIE, kept);
            }
        }
        String forwardedFor = request.getHeader("X-Forwarded-For");
        String client = request.remoteAddress() == null ? "unknown" : request.remoteAddress().hostAddress();
        request.headers().set("X-Forwarded-For", forwardedFor == null ? client : forwardedFor + ", " + client);
        if (request.getHeader("X-Forwarded-Proto") == null) {
            request.headers().set("X-Forwarded-Proto", request.scheme());
        }
    }

    private static void problem(RoutingContext rc, int status, String slug, String title, String detail) {
        LOG.debugf("%d for %s %s: %s", status, rc.request().method(), rc.request().path(), detail);
        rc.response().setStatusCode(status).putHeader(HttpHeaders.CONTENT_TYPE, "application/problem+json")
                .end(new JsonObject().put("type", "https://kohtaamo.fi/problems/" + slug).put("title", title)
                        .put("status", status).put("detail", detail).encode());
    }
}
