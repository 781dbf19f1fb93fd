package fi.kohtaamo.testsupport;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.jboss.logging.Logger;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeUnit;

/**
 * A real single-node Kafka broker (KRaft) in a child JVM, from the jars deploy/kafka copies
 * out of Maven Central: the same broker the local launcher runs.
 */
public final class KafkaBroker implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(KafkaBroker.class);

    private final Path dir;
    private final Path libs;
    private final int port;
    private volatile Process process;

    private KafkaBroker(Path dir, Path libs, int port) {
        this.dir = dir;
        this.libs = libs;
        this.port = port;
    }

    public static KafkaBroker start() {
        long started = System.nanoTime();
        Path libs = libsFolder();
        int port = Processes.freePort();
        int controllerPort = Processes.freePort();
        try {
            Path dir = Files.createTempDirectory("kohtaamo-kafka-");
            Path properties = dir.resolve("server.properties");
            Files.writeString(properties, String.join("\n",
                    "process.roles=broker,controller",
                    "node.id=1",
                    "controller.quorum.bootstrap.servers=127.0.0.1:" + controllerPort,
                    "listeners=PLAINTEXT://127.0.0.1:" + port + ",CONTROLLER://127.0.0.1:" + controllerPort,
                    "advertised.listeners=PLAINTEXT://127.0.0.1:" + port,
                    "controller.listener.names=CONTROLLER",
                    "listener.security.protocol.map=PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT",
                    "log.dirs=" + dir.resolve("data"),
                    "num.partitions=3",
                    "offsets.topic.replication.factor=1",
                    "offsets.topic.num.partitions=3",
                    "transaction.state.log.replication.factor=1",
                    "transaction.state.log.min.isr=1",
                    "share.coordinator.state.topic.replication.factor=1",
                    "share.coordinator.state.topic.min.isr=1",
                    "group.initial.rebalance.delay.ms=0",
                    "auto.create.topics.enable=true",
                    ""));
            Processes.run(List.of(Processes.javaExecutable(), "-cp", libs + "/*", "kafka.tools.StorageTool", "format",
                    "-t", clusterId(), "-c", properties.toString(), "--standalone"), dir.resolve("kafka.log"));
            KafkaBroker broker = new KafkaBroker(dir, libs, port);
            broker.startAgain();
            LOG.infof("Kafka broker on port %d in %d ms", port, (System.nanoTime() - started) / 1_000_000);
            return broker;
        } catch (IOException e) {
            throw new IllegalStateException("cannot start a Kafka broker", e);
        }
    }

    /**
     * Starts the broker (again, after {@link #stopHard()}) on the same ports with the same data,
     * and waits until it serves metadata: what clients see when their broker comes back.
     */
    public void startAgain() {
        Path log = dir.resolve("kafka.log");
        try {
            process = new ProcessBuilder(Processes.javaExecutable(), "-Xmx512m", "-XX:+UseSerialGC",
                    "-Dlog4j2.level=WARN", "-cp", libs + "/*", "kafka.Kafka", dir.resolve("server.properties").toString())
                    .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile())).start();
        } catch (IOException e) {
            throw new IllegalStateException("cannot start a Kafka broker", e);
        }
        awaitReady(log);
    }

    /** Kills the broker at once, as a crash would; its data stays for {@link #startAgain()}. */
    public void stopHard() {
        try {
            process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void awaitReady(Path log) {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers(),
                AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 2000, AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 3000))) {
            while (System.nanoTime() < deadline) {
                if (!process.isAlive()) {
                    throw new IllegalStateException("Kafka broker exited:\n" + Processes.tail(log));
                }
                try {
                    if (!admin.describeCluster().nodes().get(3, TimeUnit.SECONDS).isEmpty()) {
                        return;
                    }
                } catch (Exception notYet) {
                    // keep polling until the deadline
                }
            }
        }
        close();
        throw new IllegalStateException("Kafka broker not ready in 60 s:\n" + Processes.tail(log));
    }

    private static Path libsFolder() {
        String configured = System.getenv("KOHTAAMO_KAFKA_LIBS");
        Path libs;
        if (configured != null && !configured.isBlank()) {
            libs = Path.of(configured);
        } else {
            Properties properties = new Properties();
            try (InputStream in = KafkaBroker.class.getResourceAsStream("/kohtaamo-test-support.properties")) {
                properties.load(in);
            } catch (IOException | NullPointerException e) {
                throw new IllegalStateException("kohtaamo-test-support.properties missing from the classpath", e);
            }
            libs = Path.of(properties.getProperty("kafka.libs")).normalize();
        }
        if (!Files.isDirectory(libs)) {
            throw new IllegalStateException("Kafka broker jars not found at " + libs
                    + ": build deploy/kafka first (./mvnw -pl deploy/kafka package) or set KOHTAAMO_KAFKA_LIBS");
        }
        return libs;
    }

    /**
     * A KRaft cluster id: 16 random bytes, URL-safe base64 without padding (Kafka's Uuid form),
     * never starting with '-', which the storage tool would read as an option (Kafka avoids it too).
     */
    static String clusterId() {
        SecureRandom random = new SecureRandom();
        byte[] bytes = new byte[16];
        String id;
        do {
            random.nextBytes(bytes);
            id = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        } while (id.startsWith("-"));
        return id;
    }

    public String bootstrapServers() {
        return "127.0.0.1:" + port;
    }

    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        Processes.deleteTree(dir);
    }
}
