package fi.kohtaamo.testsupport;

import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

class EmptyBodiesTest {

    private HttpServer server;

    @BeforeEach
    void echoContentType() throws Exception {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", exchange -> {
            exchange.getRequestBody().readAllBytes();
            byte[] answer = String.valueOf(exchange.getRequestHeaders().getFirst("Content-Type")).getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(200, answer.length);
            exchange.getResponseBody().write(answer);
            exchange.close();
        });
        server.start();
        EmptyBodies.install();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    private String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/x";
    }

    @Test
    void anEmptyPostCarriesNoContentType() {
        assertThat(given().when().post(url()).asString()).isEqualTo("null");
    }

    @Test
    void aBodyOrAFormKeepsItsType() {
        assertThat(given().contentType("application/json").body("{}").when().post(url()).asString()).startsWith("application/json");
        assertThat(given().formParam("a", "1").when().post(url()).asString()).startsWith("application/x-www-form-urlencoded");
        assertThat(given().contentType("text/plain").body("x").when().post(url()).asString()).startsWith("text/plain");
    }
}
