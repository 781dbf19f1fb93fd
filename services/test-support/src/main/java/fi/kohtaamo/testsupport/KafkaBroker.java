package fi.kohtaamo.testsupport;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.jboss.logging.Logger;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

/**
 * A real single-node Kafka broker (KRaft) in a child JVM, from the jars deploy/kafka copies
 * out of Maven Central: the same broker the local launcher runs.
 */
public final class KafkaBroker implements AutoCloseable {

    /**
     * How long a starting broker may take. A minute was enough on a quiet machine, but a busy one
     * (a build beside other builds) once took longer before its first log line.
     */
    private static final int READY_SECONDS = 180;

    private static final Logger LOG = Logger.getLogger(KafkaBroker.class);

    private final Path dir;
    private final Path libs;
    private final int port;
    private volatile Process process;
    /** The super user's password on a secured broker; null on a plaintext one. */
    private final String adminPassword;

    private KafkaBroker(Path dir, Path libs, int port, String adminPassword) {
        this.dir = dir;
        this.libs = libs;
        this.port = port;
        this.adminPassword = adminPassword;
    }

    /** A broker anyone may use: what module tests run against. */
    public static KafkaBroker start() {
        return start(false);
    }

    /**
     * A broker as the launcher runs it, for tests about security: SASL/SCRAM-SHA-512 only,
     * {@code StandardAuthorizer} with no access where no ACL grants it, one super user
     * ({@link KafkaAccess#ADMIN}, created at format time). Add principals with {@link #addPrincipal}.
     */
    public static KafkaBroker startSecured() {
        return start(true);
    }

    private static KafkaBroker start(boolean secured) {
        long started = System.nanoTime();
        String adminPassword = secured ? password() : null;
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
                    secured ? securedListeners(port, controllerPort, adminPassword) : plainListeners(port, controllerPort),
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
            Path log = dir.resolve("kafka.log");
            List<String> format = new ArrayList<>(List.of(Processes.javaExecutable(), "-cp", libs + "/*", "kafka.tools.StorageTool",
                    "format", "-t", clusterId(), "-c", properties.toString(), "--standalone"));
            if (secured) {
                format.addAll(List.of("--add-scram", "SCRAM-SHA-512=[name=" + KafkaAccess.ADMIN + ",password=" + adminPassword + "]"));
            }
            Processes.run(format, log);
            KafkaBroker broker = new KafkaBroker(dir, libs, port, adminPassword);
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

    private static String plainListeners(int port, int controllerPort) {
        return String.join("\n",
                "listeners=PLAINTEXT://127.0.0.1:" + port + ",CONTROLLER://127.0.0.1:" + controllerPort,
                "advertised.listeners=PLAINTEXT://127.0.0.1:" + port,
                "controller.listener.names=CONTROLLER",
                "listener.security.protocol.map=PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT");
    }

    /** The launcher's listener security (deploy/lib/kafka.sh): keep the two alike. */
    private static String securedListeners(int port, int controllerPort, String adminPassword) {
        return String.join("\n",
                "listeners=SASL_PLAINTEXT://127.0.0.1:" + port + ",CONTROLLER://127.0.0.1:" + controllerPort,
                "advertised.listeners=SASL_PLAINTEXT://127.0.0.1:" + port,
                "controller.listener.names=CONTROLLER",
                "listener.security.protocol.map=SASL_PLAINTEXT:SASL_PLAINTEXT,CONTROLLER:SASL_PLAINTEXT",
                "inter.broker.listener.name=SASL_PLAINTEXT",
                "sasl.enabled.mechanisms=SCRAM-SHA-512",
                "sasl.mechanism.inter.broker.protocol=SCRAM-SHA-512",
                "listener.name.sasl_plaintext.scram-sha-512.sasl.jaas.config=" + KafkaAccess.jaasConfig(KafkaAccess.ADMIN, adminPassword),
                // SCRAM credentials live in the metadata the controller serves, so the controller's own
                // listener authenticates with PLAIN against its configuration instead.
                "sasl.mechanism.controller.protocol=PLAIN",
                "listener.name.controller.sasl.enabled.mechanisms=PLAIN",
                "listener.name.controller.plain.sasl.jaas.config=org.apache.kafka.common.security.plain.PlainLoginModule required"
                        + " username=\"" + KafkaAccess.ADMIN + "\" password=\"" + adminPassword + "\" user_" + KafkaAccess.ADMIN
                        + "=\"" + adminPassword + "\";",
                "authorizer.class.name=org.apache.kafka.metadata.authorizer.StandardAuthorizer",
                "super.users=User:" + KafkaAccess.ADMIN,
                "allow.everyone.if.no.acl.found=false");
    }

    private static String password() {
        byte[] bytes = new byte[24];
        new SecureRandom().nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** The admin client settings: the super user's on a secured broker. */
    public Map<String, Object> adminConfig() {
        return adminPassword == null ? new HashMap<>(Map.of("bootstrap.servers", bootstrapServers()))
                : KafkaAccess.clientConfig(bootstrapServers(), KafkaAccess.ADMIN, adminPassword);
    }

    /** A new SCRAM-SHA-512 principal on a secured broker; returns its client settings. */
    public Map<String, Object> addPrincipal(String principal) {
        String password = password();
        try (Admin admin = Admin.create(adminConfig())) {
            KafkaAccess.apply(admin, List.of(), Map.of(principal, password));
        } catch (ExecutionException e) {
            throw new IllegalStateException("cannot add principal " + principal, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        return KafkaAccess.clientConfig(bootstrapServers(), principal, password);
    }

    private void awaitReady(Path log) {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(READY_SECONDS);
        Map<String, Object> config = adminConfig();
        config.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 2000);
        config.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 3000);
        try (Admin admin = Admin.create(config)) {
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
        String tail = Processes.tail(log); // before close(), which deletes the broker's folder with its log
        close();
        throw new IllegalStateException("Kafka broker not ready in " + READY_SECONDS + " s:\n" + tail);
    }

    private static Path libsFolder() {
        String configured = System.getenv("KOHTAAMO_KAFKA_LIBS");
        Path libs;
        if (configured != null && !configured.isBlank()) {
            libs = Path.of(configured);
        } else {
            libs = setting("kafka.libs");
        }
        if (!Files.isDirectory(libs)) {
            throw new IllegalStateException("Kafka broker jars not found at " + libs
                    + ": build deploy/kafka first (./mvnw -pl deploy/kafka package) or set KOHTAAMO_KAFKA_LIBS");
        }
        return libs;
    }

    /** A path Maven filled into kohtaamo-test-support.properties (the broker's jars, the repository's root). */
    static Path setting(String key) {
        Properties properties = new Properties();
        try (InputStream in = KafkaBroker.class.getResourceAsStream("/kohtaamo-test-support.properties")) {
            properties.load(in);
        } catch (IOException | NullPointerException e) {
            throw new IllegalStateException("kohtaamo-test-support.properties missing from the classpath", e);
        }
        return Path.of(properties.getProperty(key)).normalize();
    }

    /** The services' folder of this repository, whose configurations {@link KafkaAccess#derive} reads. */
    public static Path servicesFolder() {
        return setting("kohtaamo.root").resolve("services");
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
