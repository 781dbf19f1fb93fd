package fi.kohtaamo.testsupport;

import org.jboss.logging.Logger;

import java.io.IOException;
import java.net.HttpURLConnection;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.List;

/**
 * A real S3 API server for tests of an object store: S3Proxy (Maven Central, deploy/s3proxy) on
 * jclouds' {@code filesystem-nio2} backend, in a child JVM on a free port of 127.0.0.1, with an
 * access key and secret made at start (AWS signature v2 or v4 required). A child JVM, not an
 * in-process server, keeps its Jetty, jclouds and Guava off the service's test classpath.
 * Buckets are made by the test through the S3 API, as operations would make them.
 */
public final class S3ProxyServer implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(S3ProxyServer.class);

    private final Path dir;
    private final Path libs;
    private final int port;
    private final String accessKey;
    private final String secretKey;
    private Process process;

    private S3ProxyServer(Path dir, Path libs, int port, String accessKey, String secretKey) {
        this.dir = dir;
        this.libs = libs;
        this.port = port;
        this.accessKey = accessKey;
        this.secretKey = secretKey;
    }

    public static S3ProxyServer start() {
        long started = System.nanoTime();
        Path libs = libsFolder();
        int port = Processes.freePort();
        try {
            Path dir = Files.createTempDirectory("kohtaamo-s3proxy-");
            Files.createDirectories(dir.resolve("data"));
            S3ProxyServer server = new S3ProxyServer(dir, libs, port, "test-" + random(6), random(20));
            Files.write(dir.resolve("s3proxy.conf"), List.of(
                    "s3proxy.endpoint=http://127.0.0.1:" + port,
                    "s3proxy.authorization=aws-v2-or-v4",
                    "s3proxy.identity=" + server.accessKey,
                    "s3proxy.credential=" + server.secretKey,
                    "jclouds.provider=filesystem-nio2",
                    "jclouds.filesystem.basedir=" + dir.resolve("data")));
            // its default logging is DEBUG, line by line of every request
            Files.writeString(dir.resolve("logback.xml"), """
                    <configuration>
                      <appender name="out" class="ch.qos.logback.core.ConsoleAppender">
                        <encoder><pattern>%d{HH:mm:ss.SSS} %-5level %logger{20} %msg%n</pattern></encoder>
                      </appender>
                      <root level="WARN"><appender-ref ref="out"/></root>
                    </configuration>
                    """);
            server.startAgain();
            LOG.infof("S3Proxy on port %d in %d ms", port, (System.nanoTime() - started) / 1_000_000);
            return server;
        } catch (IOException e) {
            throw new IllegalStateException("cannot start S3Proxy", e);
        }
    }

    /** Starts it again after {@link #stop()}, on the same port with the same objects (nothing when it runs). */
    public void startAgain() {
        if (process != null && process.isAlive()) {
            return;
        }
        try {
            process = new ProcessBuilder(Processes.javaExecutable(), "-Xmx256m", "-XX:+UseSerialGC",
                    "-Dlogback.configurationFile=" + dir.resolve("logback.xml"),
                    "-cp", libs + "/*", "org.gaul.s3proxy.Main", "--properties", dir.resolve("s3proxy.conf").toString())
                    .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.appendTo(dir.resolve("s3proxy.log").toFile()))
                    .start();
        } catch (IOException e) {
            throw new IllegalStateException("cannot start S3Proxy", e);
        }
        awaitAnswer();
    }

    /** Stops it (an object store that is down); {@link #startAgain()} brings it back. */
    public void stop() {
        if (process == null) {
            return;
        }
        Processes.stop(process);
        process = null;
    }

    @Override
    public void close() {
        stop();
        Processes.deleteTree(dir);
    }

    /** {@code http://127.0.0.1:<port>}: path-style addressing (no bucket names in DNS here). */
    public String endpoint() {
        return "http://127.0.0.1:" + port;
    }

    public String accessKey() {
        return accessKey;
    }

    public String secretKey() {
        return secretKey;
    }

    /** Any HTTP answer (an anonymous request is refused with 403) means it serves. */
    private void awaitAnswer() {
        Processes.awaitAnswer(process, "S3Proxy", dir.resolve("s3proxy.log"), () -> {
            HttpURLConnection connection = (HttpURLConnection) URI.create(endpoint() + "/").toURL().openConnection();
            connection.setConnectTimeout(1000);
            connection.setReadTimeout(2000);
            boolean answered = connection.getResponseCode() > 0;
            connection.disconnect();
            return answered;
        }, this::stop);
    }

    private static Path libsFolder() {
        String configured = System.getenv("KOHTAAMO_S3PROXY_LIBS");
        Path libs = configured != null && !configured.isBlank() ? Path.of(configured) : KafkaBroker.setting("s3proxy.libs");
        if (!Files.isDirectory(libs)) {
            throw new IllegalStateException("S3Proxy jars not found at " + libs
                    + ": build deploy/s3proxy first (./mvnw -pl deploy/s3proxy package) or set KOHTAAMO_S3PROXY_LIBS");
        }
        return libs;
    }

    private static String random(int bytes) {
        byte[] value = new byte[bytes];
        new SecureRandom().nextBytes(value);
        return HexFormat.of().formatHex(value);
    }
}
