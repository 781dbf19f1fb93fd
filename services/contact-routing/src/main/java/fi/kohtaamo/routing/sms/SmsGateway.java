package fi.kohtaamo.routing.sms;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import fi.kohtaamo.routing.config.RoutingConfig;
import jakarta.enterprise.context.ApplicationScoped;

import java.io.IOException;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/**
 * A small client of an HTTP SMS gateway: one {@code POST} of JSON
 * {@code {"to", "from", "text", "reference"}} with the token as a bearer token; any 2xx is sent,
 * anything else (or no answer in time) throws, and the queue tries again later. Off unless
 * {@code kohtaamo.routing.sms.gateway-url} names a gateway. The token travels only over HTTPS
 * (plain HTTP is allowed to this machine alone, for a local or test gateway).
 */
@ApplicationScoped
public class SmsGateway {

    private final RoutingConfig.Sms config;
    private final ObjectMapper json;
    private final HttpClient http;

    public SmsGateway(RoutingConfig config, ObjectMapper json) {
        this.config = config.sms();
        this.json = json;
        this.http = HttpClient.newBuilder().connectTimeout(this.config.timeout())
                .followRedirects(HttpClient.Redirect.NEVER).build();
    }

    /** The gateway did not take the message; the text says how (a status), never the number or the text. */
    public static class NotSent extends RuntimeException {
        public NotSent(String reason, Throwable cause) {
            super(reason, cause);
        }
    }

    public boolean configured() {
        return config.gatewayUrl().isPresent();
    }

    public void send(String to, String text, UUID reference) {
        URI url = config.gatewayUrl().orElseThrow(() -> new NotSent("no SMS gateway configured", null));
        requireSafe(url);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("to", to);
        body.put("from", config.sender());
        body.put("text", text);
        body.put("reference", reference.toString());
        HttpRequest.Builder request = HttpRequest.newBuilder(url).timeout(config.timeout())
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(write(body)));
        config.token().ifPresent(token -> request.header("Authorization", "Bearer " + token));
        HttpResponse<Void> response;
        try {
            response = http.send(request.build(), HttpResponse.BodyHandlers.discarding());
        } catch (IOException e) {
            throw new NotSent("gateway unreachable: " + e.getClass().getSimpleName(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new NotSent("interrupted", e);
        }
        if (response.statusCode() / 100 != 2) {
            throw new NotSent("gateway answered HTTP " + response.statusCode(), null);
        }
    }

    private String write(Map<String, Object> body) {
        try {
            return json.writeValueAsString(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** HTTPS, or HTTP to this machine only: the token is a credential. */
    static void requireSafe(URI url) {
        if ("https".equalsIgnoreCase(url.getScheme())) {
            return;
        }
        try {
            if ("http".equalsIgnoreCase(url.getScheme()) && url.getHost() != null
                    && InetAddress.getByName(url.getHost()).isLoopbackAddress()) {
                return;
            }
        } catch (UnknownHostException e) {
            // not this machine
        }
        throw new NotSent("the SMS gateway must be HTTPS (plain HTTP only on this machine)", null);
    }
}
