package fi.kohtaamo.gateway.proxy;

import fi.kohtaamo.gateway.config.GatewayConfig;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.vertx.core.Future;
import io.vertx.core.MultiMap;
import io.vertx.core.Vertx;
import io.vertx.core.VertxException;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.ConnectionPoolTooBusyException;
import io.vertx.core.http.HttpClientResponse;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.core.http.RequestOptions;
import io.vertx.core.net.HostAndPort;
import org.jboss.logging.Logger;

import java.net.ConnectException;
import java.net.URI;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.TimeoutException;

/**
 * Sends one request to the service owning its path and relays the answer.
 *
 * <p>Connections to services are pooled (keep-alive). A service may close a pooled connection at
 * any moment: at its keep-alive timeout, or right after an answer it sends without reading the
 * request's body. A request written onto such a connection fails before any answer arrives. That
 * is not the service's answer, so a request that is safe to repeat (an idempotent method, or one
 * carrying an {@code Idempotency-Key}) is sent once more on a fresh, unpooled connection. The
 * request body is read whole first (the gateway has already checked its declared length against
 * the limit), so that it can be sent twice; uploads of files are streamed instead ({@link #stream}).
 */
final class Forwarder {

    private static final Logger LOG = Logger.getLogger(Forwarder.class);

    /** RFC 9110 section 7.6.1: these describe one connection and are never forwarded. */
    private static final Set<String> HOP_BY_HOP = Set.of("connection", "keep-alive", "proxy-authenticate",
            "proxy-authorization", "proxy-connection", "te", "trailer", "transfer-encoding", "upgrade");
    /**
     * The client's trace context: the gateway's tracer continues it and sends its own span's
     * ({@code traceparent}, {@code tracestate}, {@code baggage}); a copy of the client's would make
     * the service a sibling of the gateway's span, or send the header twice.
     */
    private static final Set<String> TRACE_CONTEXT = Set.of("traceparent", "tracestate", "baggage");
    private static final Set<HttpMethod> IDEMPOTENT = Set.of(HttpMethod.GET, HttpMethod.HEAD, HttpMethod.OPTIONS,
            HttpMethod.TRACE, HttpMethod.PUT, HttpMethod.DELETE);

    /** Why a request got no answer from its service; the gateway answers for it. */
    enum Failure {
        /** Nothing listens or the connection was refused: the service is down (503). */
        UNAVAILABLE,
        /** The service did not answer in time (504). */
        TIMEOUT,
        /** The connection broke before an answer (502). */
        BROKEN,
        /**
         * Every connection to the service was busy and too many requests already waited for one:
         * the request was never sent (503, try again).
         */
        BUSY
    }

    /** The request got no connection to its service (see {@link Failure#BUSY}); it was never sent. */
    static final class ServiceBusy extends VertxException {
        ServiceBusy(Throwable cause) {
            super(cause.getMessage(), cause, true);
        }
    }

    interface FailureHandler {
        void failed(Failure failure, Throwable cause);
    }

    private final HttpClient pooled;
    private final HttpClient fresh;
    private final long timeoutMillis;
    private final Counter retries;

    Forwarder(Vertx vertx, GatewayConfig config, MeterRegistry registry) {
        // Idle pooled connections are dropped after 20 s, well before a service's own idle timeout
        // (Quarkus: 30 min), so the pool seldom holds one that the service is about to close. The
        // wait for a connection is bounded in length: an overloaded service sheds load instead of
        // queueing it. Not in time: with a request's connect timeout (which also bounds the wait for
        // a pooled connection), Vert.x 4.5.27's pool lost a connection now and then when a wait
        // timed out as it got one; at 200 requests a second all 64 were gone within minutes and
        // every later request was refused (docs/performance.md).
        this.pooled = vertx.createHttpClient(new HttpClientOptions().setMaxPoolSize(config.upstreamConnections())
                .setMaxWaitQueueSize(config.upstreamQueue()).setKeepAlive(true).setKeepAliveTimeout(20));
        this.fresh = vertx.createHttpClient(new HttpClientOptions().setKeepAlive(false)
                .setMaxPoolSize(config.upstreamConnections()).setMaxWaitQueueSize(config.upstreamQueue()));
        this.timeoutMillis = config.upstreamTimeout().toMillis();
        this.retries = Counter.builder("kohtaamo.gateway.upstream.retries")
                .description("Requests sent again on a fresh connection after a pooled one broke").register(registry);
    }

    /**
     * Sends {@code request} (its headers as the gateway left them) to {@code origin} with
     * {@code uri}, and relays the answer to {@code request}'s response; on no answer, tells
     * {@code onFailure}.
     */
    void forward(HttpServerRequest request, URI origin, String uri, Buffer body, FailureHandler onFailure) {
        RequestOptions options = options(request, origin, uri);
        Outgoing outgoing = new Outgoing(options, request.authority(),
                body.length() > 0 || request.headers().contains(HttpHeaders.CONTENT_LENGTH), body);
        send(pooled, outgoing)
                .recover(failure -> retryable(request, failure) ? retry(request, outgoing, failure)
                        : Future.failedFuture(failure))
                .onSuccess(answer -> relay(request.method(), answer, request.response()))
                .onFailure(failure -> onFailure.failed(classify(failure), failure));
    }

    /**
     * As {@link #forward}, with the request's body streamed to the service as it arrives (with its
     * declared {@code Content-Length}), so that an upload is never held whole in the gateway's
     * memory; the client's pace follows the service's (back-pressure). Such a request is not sent
     * twice: its body has gone.
     */
    void stream(HttpServerRequest request, URI origin, String uri, FailureHandler onFailure) {
        RequestOptions options = options(request, origin, uri);
        pooled.request(options).recover(Forwarder::noConnection).compose(outgoing -> {
                    outgoing.authority(request.authority());
                    String length = request.getHeader(HttpHeaders.CONTENT_LENGTH);
                    if (length != null) {
                        outgoing.putHeader(HttpHeaders.CONTENT_LENGTH, length);
                    }
                    return outgoing.send(request);
                })
                .onSuccess(answer -> relay(request.method(), answer, request.response()))
                .onFailure(failure -> onFailure.failed(classify(failure), failure));
    }

    private RequestOptions options(HttpServerRequest request, URI origin, String uri) {
        RequestOptions options = new RequestOptions().setMethod(request.method()).setURI(uri)
                .setHost(origin.getHost()).setPort(port(origin)).setSsl("https".equals(origin.getScheme()))
                .setIdleTimeout(timeoutMillis).setHeaders(endToEnd(request.headers()));
        TRACE_CONTEXT.forEach(options::removeHeader);
        options.removeHeader(HttpHeaders.CONTENT_LENGTH);
        options.removeHeader(HttpHeaders.HOST);
        return options;
    }

    /** What goes to the service; {@code authority}: the client's Host, which the service sees. */
    private record Outgoing(RequestOptions options, HostAndPort authority, boolean hasBody, Buffer body) {
    }

    private Future<HttpClientResponse> retry(HttpServerRequest request, Outgoing outgoing, Throwable first) {
        LOG.debugf("Retrying %s %s on a fresh connection after: %s", request.method(), request.path(), first.toString());
        retries.increment();
        // The first attempt was sent: a retry that finds no connection is the broken first one, not "never sent".
        return send(fresh, outgoing).recover(failure -> Future.failedFuture(failure instanceof ServiceBusy ? first : failure));
    }

    private static Future<HttpClientResponse> send(HttpClient client, Outgoing outgoing) {
        return client.request(outgoing.options()).recover(Forwarder::noConnection).compose(request -> {
            if (outgoing.authority() != null) {
                request.authority(outgoing.authority());
            }
            return outgoing.hasBody() ? request.send(outgoing.body()) : request.send();
        });
    }

    /** Getting a connection failed: a full wait queue is {@link ServiceBusy}; a refused or unreachable service stays what it is. */
    private static <T> Future<T> noConnection(Throwable failure) {
        return Future.failedFuture(failure instanceof ConnectionPoolTooBusyException ? new ServiceBusy(failure) : failure);
    }

    /** A broken connection (not a refused or timed-out one) for a request that may be repeated. */
    private static boolean retryable(HttpServerRequest request, Throwable failure) {
        boolean repeatable = IDEMPOTENT.contains(request.method())
                || request.headers().contains("Idempotency-Key");
        return repeatable && classify(failure) == Failure.BROKEN;
    }

    static Failure classify(Throwable failure) {
        if (failure instanceof ServiceBusy) {
            return Failure.BUSY;
        }
        if (failure instanceof ConnectException) {
            return Failure.UNAVAILABLE;
        }
        if (failure instanceof TimeoutException) {
            return Failure.TIMEOUT;
        }
        return Failure.BROKEN;
    }

    private static void relay(HttpMethod method, HttpClientResponse answer, HttpServerResponse response) {
        if (response.closed()) {
            // The client left while the service worked (a timeout under load): the answer is read and
            // dropped (no handler), so that its pooled connection serves the next request. Not reset:
            // once read, that connection may already serve another request.
            return;
        }
        response.setStatusCode(answer.statusCode()).setStatusMessage(answer.statusMessage());
        response.headers().addAll(endToEnd(answer.headers()));
        boolean bodiless = method == HttpMethod.HEAD || answer.statusCode() == 204 || answer.statusCode() == 304;
        if (!bodiless && !answer.headers().contains(HttpHeaders.CONTENT_LENGTH)) {
            response.setChunked(true);
        }
        // Not ended on a failure: the answer broke half-way, and the client must not take a truncated
        // body for a whole one; or the client left, and ending its closed response would make the
        // pipe's next chunk an uncaught error on the event loop. The pipe drops the rest.
        answer.pipe().endOnFailure(false).to(response).onFailure(failure -> {
            LOG.debugf("Relaying an answer failed: %s", failure.toString());
            response.reset();
        });
    }

    private static MultiMap endToEnd(MultiMap headers) {
        Set<String> named = new HashSet<>(HOP_BY_HOP);
        for (String connection : headers.getAll(HttpHeaders.CONNECTION)) {
            for (String token : connection.split(",")) {
                named.add(token.trim().toLowerCase(Locale.ROOT));
            }
        }
        MultiMap kept = MultiMap.caseInsensitiveMultiMap();
        headers.forEach(header -> {
            if (!named.contains(header.getKey().toLowerCase(Locale.ROOT))) {
                kept.add(header.getKey(), header.getValue());
            }
        });
        return kept;
    }

    private static int port(URI url) {
        return url.getPort() > 0 ? url.getPort() : "https".equals(url.getScheme()) ? 443 : 80;
    }
}
