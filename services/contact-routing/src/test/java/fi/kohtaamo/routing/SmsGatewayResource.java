package fi.kohtaamo.routing;

import com.sun.net.httpserver.HttpServer;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A real HTTP SMS gateway for the tests, on a free port of this machine (the JDK's HTTP server):
 * it keeps every request (its bearer token and JSON body) and answers 202, or 503 as many times as
 * a test asks for a number first. Routing is configured to send to it.
 */
public class SmsGatewayResource implements QuarkusTestResourceLifecycleManager {

    public static final String TOKEN = "test-sms-gateway-token";

    /** A request the gateway received. */
    public record Received(String authorization, String body) {
    }

    public static final ConcurrentLinkedQueue<Received> RECEIVED = new ConcurrentLinkedQueue<>();
    private static final Map<String, AtomicInteger> FAILURES = new ConcurrentHashMap<>();
    private HttpServer server;

    /** The next {@code times} messages to this number are answered 503. */
    public static void failFirst(String number, int times) {
        FAILURES.put(number, new AtomicInteger(times));
    }

    @Override
    public Map<String, String> start() {
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        server.createContext("/sms", exchange -> {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            RECEIVED.add(new Received(exchange.getRequestHeaders().getFirst("Authorization"), body));
            boolean fail = FAILURES.entrySet().stream()
                    .anyMatch(failing -> body.contains("\"" + failing.getKey() + "\"") && failing.getValue().getAndDecrement() > 0);
            exchange.sendResponseHeaders(fail ? 503 : 202, -1);
            exchange.close();
        });
        server.start();
        return Map.of("kohtaamo.routing.sms.gateway-url", "http://127.0.0.1:" + server.getAddress().getPort() + "/sms",
                "kohtaamo.routing.sms.token", TOKEN);
    }

    @Override
    public void stop() {
        if (server != null) {
            server.stop(0);
        }
    }
}
