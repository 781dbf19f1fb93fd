package fi.kohtaamo.gateway.proxy;

import fi.kohtaamo.gateway.config.GatewayConfig;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.oidc.AccessTokenCredential;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.vertx.http.runtime.security.QuarkusHttpUser;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.jboss.logging.Logger;

import java.util.Arrays;
import java.util.List;
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
    private static final String API_PREFIX = "/api/";
    private static final String NON_APPLICATION_ROOT = "/q";
    /** Requests refused 503 service-busy, per route: registered at start for every route. */
    private static final String BUSY_METER = "kohtaamo.gateway.upstream.busy";
    /** Forwarding headers as a client sent them: replaced by the gateway's own (see relayIdentity). */
    private static final List<String> FORWARDING_HEADERS = List.of("Forwarded", "X-Forwarded-For",
            "X-Forwarded-Proto", "X-Forwarded-Host", "X-Forwarded-Port", "X-Forwarded-Prefix", "X-Forwarded-Server",
            "X-Real-IP");

    private final GatewayConfig config;
    private final RouteTable table;
    private final RateLimiter limiter;
    private final UploadPaths uploads;
    private Forwarder forwarder;
    private io.micrometer.core.instrument.MeterRegistry meters;

    public GatewayRoutes(GatewayConfig config) {
        this.config = config;
        this.table = new RouteTable(config.routes());
        this.limiter = new RateLimiter(config.rateLimits());
        this.uploads = new UploadPaths(config.uploadPaths());
    }

    void install(@Observes Router router, Vertx vertx, MeterRegistry registry) {
        forwarder = new Forwarder(vertx, config, registry);
        meters = registry;
        // From 0, so that the first shed requests are a rise, not a new series.
        config.routes().keySet().forEach(route -> registry.counter(BUSY_METER, "route", route));
        router.route().order(-1000).handler(this::securityHeaders);
        router.get("/login").handler(this::afterLogin);
        router.get("/openapi").handler(this::openApiIndex);
        router.get("/openapi/:service").handler(this::openApiDocument);
        router.route().order(Integer.MAX_VALUE - 1).handler(this::forward);
    }

    /**
     * The scheme is the one Quarkus resolved: a client's own {@code X-Forwarded-Proto} counts only
     * when it came through a trusted proxy ({@code quarkus.http.proxy.trusted-proxies}).
     */
    private void securityHeaders(RoutingContext rc) {
        boolean https = "https".equals(rc.request().scheme());
        rc.addHeadersEndHandler(ignored -> SecurityHeaders.apply(rc.response().headers(), https));
        rc.next();
    }

    /** Reached signed in (the path requires authentication); goes back where sign-in started. */
    private void afterLogin(RoutingContext rc) {
        String target = rc.request().getParam("redirect");
        rc.response().setStatusCode(303).putHeader(HttpHeaders.LOCATION, LocalRedirect.of(target)).end();
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
        String name = rc.pathParam("service");
        GatewayConfig.Route route = config.routes().get(name);
        if (route == null || !route.openapi()) {
            problem(rc, 404, "not-found", "Not found", "No service named " + name);
            return;
        }
        relayIdentity(rc);
        forwarder.forward(rc.request(), route.url(), "/q/openapi?format=json", Buffer.buffer(),
                (failure, cause) -> noAnswer(rc, name, failure, cause));
    }

    private void forward(RoutingContext rc) {
        HttpServerRequest request = rc.request();
        if (request.path().equals(NON_APPLICATION_ROOT) || request.path().startsWith(NON_APPLICATION_ROOT + "/")) {
            // Quarkus's own paths: the gateway's OpenAPI document is served before this route; its
            // health and metrics are on the management port, and no service's /q/* is public.
            problem(rc, 404, "not-found", "Not found", "No service serves " + request.path());
            return;
        }
        if (!PathSegments.plain(request.path())) {
            // The route and the rate-limit group are chosen from the path as sent, and the service
            // would resolve dot segments itself: /api/v1/queues/../contacts/lookup would reach the
            // look-up counted as something else. Such paths are refused, never forwarded.
            problem(rc, 400, "malformed-request", "Malformed request",
                    "The path may not hold dot segments, encoded slashes or backslashes, or parameters after ';'");
            return;
        }
        RouteTable.Target target = table.resolve(request.path()).orElse(null);
        if (target == null) {
            problem(rc, 404, "not-found", "Not found", "No service serves " + request.path());
            return;
        }
        if (!withinRateLimit(rc)) {
            return;
        }
        String length = request.getHeader(HttpHeaders.CONTENT_LENGTH);
        boolean upload = uploads.matches(request.method().name(), request.path());
        long limit = (upload ? config.maxUploadSize() : config.maxBodySize()).asLongValue();
        if (length != null) {
            long declared;
            try {
                declared = Long.parseLong(length.trim());
            } catch (NumberFormatException e) {
                problem(rc, 400, "malformed-request", "Malformed request", "Content-Length is not a number");
                return;
            }
            if (declared > limit) {
                problem(rc, 413, "payload-too-large", "Payload too large",
                        "The request body may be at most " + limit + " bytes");
                return;
            }
        } else if (request.getHeader(HttpHeaders.TRANSFER_ENCODING) != null) {
            // Without a declared length the size cannot be checked before the service reads it.
            problem(rc, 411, "length-required", "Length required", "Send the request body with a Content-Length");
            return;
        }
        boolean api = request.path().startsWith(API_PREFIX);
        if (api) {
            rc.addHeadersEndHandler(ignored -> {
                // API answers name people; no browser or shared cache keeps them unless the service says so.
                if (!rc.response().headers().contains(HttpHeaders.CACHE_CONTROL)) {
                    rc.response().putHeader(HttpHeaders.CACHE_CONTROL, "no-store");
                }
            });
        }
        if (api && fromSession(rc) && !CrossSiteCheck.allows(request.method(), request.getHeader("Sec-Fetch-Site"),
                request.getHeader(HttpHeaders.ORIGIN), request.scheme() + "://" + request.authority())) {
            problem(rc, 403, "cross-site-request", "Cross-site request refused",
                    "A signed-in browser may change data only from a page of this site");
            return;
        }
        relayIdentity(rc);
        if (upload) {
            // A file: its bytes go on to the service as they arrive; the gateway never holds it whole.
            forwarder.stream(request, target.url(), request.uri(),
                    (failure, cause) -> noAnswer(rc, target.name(), failure, cause));
            return;
        }
        request.body()
                .onSuccess(body -> forwarder.forward(request, target.url(), request.uri(), body,
                        (failure, cause) -> noAnswer(rc, target.name(), failure, cause)))
                .onFailure(cause -> LOG.debugf("Reading the body of %s %s failed: %s", request.method(), request.path(), cause));
        // Quarkus pauses the request while it authenticates; the body flows only once resumed.
        request.resume();
    }

    /**
     * Counts the request against its route group's limit: by token subject when signed in, by
     * client address (as Quarkus resolved it through trusted proxies only) when not. Over the
     * limit: 429 with Retry-After and a problem document.
     */
    private boolean withinRateLimit(RoutingContext rc) {
        HttpServerRequest request = rc.request();
        String subject = null;
        if (rc.user() instanceof QuarkusHttpUser user && !user.getSecurityIdentity().isAnonymous()) {
            subject = user.getSecurityIdentity().getPrincipal().getName();
        }
        String address = request.remoteAddress() == null ? "unknown" : request.remoteAddress().hostAddress();
        RateLimiter.Verdict verdict = limiter.check(request.method().name(), request.path(), subject, address);
        if (verdict.allowed()) {
            return true;
        }
        meters.counter("kohtaamo_gateway_rate_limited_total", "group", verdict.group(),
                "caller", subject == null ? "anonymous" : "signed-in").increment();
        rc.response().putHeader(HttpHeaders.RETRY_AFTER, String.valueOf(verdict.retryAfterSeconds()));
        problem(rc, 429, "too-many-requests", "Too many requests",
                "Too many requests to " + verdict.group() + " routes; try again in " + verdict.retryAfterSeconds() + " s");
        return false;
    }

    /** The access token came from the browser's session cookie, not from an Authorization header. */
    private static boolean fromSession(RoutingContext rc) {
        String authorization = rc.request().getHeader(HttpHeaders.AUTHORIZATION);
        boolean bearer = authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7);
        return !bearer && accessToken(rc) != null;
    }

    private static String accessToken(RoutingContext rc) {
        if (rc.user() instanceof QuarkusHttpUser user) {
            SecurityIdentity identity = user.getSecurityIdentity();
            AccessTokenCredential credential = identity.getCredential(AccessTokenCredential.class);
            return credential == null ? null : credential.getToken();
        }
        return null;
    }

    /**
     * The service got no answer to give: down (503, try again), silent (504) or broken (502); or the
     * request was never sent because the service is busy (503, try again; counted, not logged one by
     * one: there are many while it lasts).
     */
    private void noAnswer(RoutingContext rc, String route, Forwarder.Failure failure, Throwable cause) {
        if (failure == Forwarder.Failure.BUSY) {
            meters.counter(BUSY_METER, "route", route).increment();
            LOG.debugf("Not sent to busy %s: %s %s: %s", route, rc.request().method(), rc.request().path(), cause.toString());
        } else {
            LOG.warnf("No answer from %s for %s %s: %s", route, rc.request().method(), rc.request().path(), cause.toString());
        }
        if (rc.response().headWritten()) {
            rc.response().reset();
            return;
        }
        switch (failure) {
            case UNAVAILABLE -> {
                rc.response().putHeader(HttpHeaders.RETRY_AFTER, String.valueOf(config.retryAfter().toSeconds()));
                problem(rc, 503, "service-unavailable", "Service unavailable",
                        "The service answering " + rc.request().path() + " is not reachable; try again later");
            }
            case BUSY -> {
                rc.response().putHeader(HttpHeaders.RETRY_AFTER, String.valueOf(config.retryAfter().toSeconds()));
                problem(rc, 503, "service-busy", "Service busy",
                        "The service answering " + rc.request().path() + " has more requests than it can take now;"
                                + " this one was not sent to it. Try again later");
            }
            case TIMEOUT -> problem(rc, 504, "gateway-timeout", "Gateway timeout",
                    "The service answering " + rc.request().path() + " did not answer in time");
            case BROKEN -> problem(rc, 502, "bad-gateway", "Bad gateway",
                    "The connection to the service answering " + rc.request().path() + " broke before it answered");
        }
    }

    /**
     * The service sees the user's access token, whether it came as a bearer token or from the
     * browser's session, and never the gateway's session cookie. Forwarding headers are the
     * gateway's own, from the client address and scheme Quarkus resolved: a client's
     * {@code X-Forwarded-*} or {@code Forwarded} counts only through a trusted proxy.
     */
    private void relayIdentity(RoutingContext rc) {
        HttpServerRequest request = rc.request();
        String token = accessToken(rc);
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
        FORWARDING_HEADERS.forEach(request.headers()::remove);
        request.headers().set("X-Forwarded-For", request.remoteAddress() == null ? "unknown" : request.remoteAddress().hostAddress());
        request.headers().set("X-Forwarded-Proto", request.scheme());
        if (request.authority() != null) {
            request.headers().set("X-Forwarded-Host", request.authority().toString());
        }
    }

    /**
     * An RFC 9457 problem document, with the members and type URIs of the services' documents
     * (services/problem-details). Written here rather than with that library: its JAX-RS exception
     * mappers would make Quarkus REST answer 404 itself instead of leaving unmatched paths to the
     * gateway's routes. For a person's browser asking for a page, the site's page saying the same
     * in their language instead ({@link ErrorPage}). Neither is kept by a cache.
     */
    private static void problem(RoutingContext rc, int status, String slug, String title, String detail) {
        LOG.debugf("%d for %s %s: %s", status, rc.request().method(), rc.request().path(), detail);
        rc.response().putHeader(HttpHeaders.CACHE_CONTROL, "no-store");
        if (ErrorPage.wanted(rc.request())) {
            rc.response().setStatusCode(status).putHeader(HttpHeaders.CONTENT_TYPE, "text/html; charset=utf-8")
                    .end(ErrorPage.render(status, ErrorPage.language(rc.request())));
            return;
        }
        rc.response().setStatusCode(status).putHeader(HttpHeaders.CONTENT_TYPE, "application/problem+json")
                .end(new JsonObject().put("type", "https://kohtaamo.fi/problems/" + slug).put("title", title)
                        .put("status", status).put("detail", detail).encode());
    }
}
