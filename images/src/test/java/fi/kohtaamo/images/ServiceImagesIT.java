package fi.kohtaamo.images;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Checks the images the {@code images} profile built (target/images) as a container runtime would
 * see them: the configuration (user, entrypoint, ports, labels), the files the entrypoint needs,
 * the shared run-time layer, and one image actually started from its unpacked layers.
 */
class ServiceImagesIT {

    private static final List<String> SERVICES = Arrays.asList(System.getProperty("images.services").split(","));
    private static final Path OUTPUT = Path.of(System.getProperty("images.output"));
    private static final String REGISTRY = System.getProperty("images.registry");
    private static final String TAG = System.getProperty("images.tag");

    private static final Map<String, OciArchive> IMAGES = new LinkedHashMap<>();
    private static final Map<String, OciArchive.Contents> CONTENTS = new LinkedHashMap<>();

    @BeforeAll
    static void readImages() throws IOException {
        for (String service : SERVICES) {
            OciArchive image = OciArchive.read(OUTPUT.resolve(service + ".tar"));
            IMAGES.put(service, image);
            CONTENTS.put(service, image.contents());
        }
        Map<String, String> sizes = new TreeMap<>();
        for (String service : SERVICES) {
            sizes.put(service, Files.size(OUTPUT.resolve(service + ".tar")) / (1024 * 1024) + " MB");
        }
        System.out.println("[images] OCI tarball sizes (compressed layers): " + sizes);
    }

    @Test
    void everyImageIsNamedAsTheChartAndComposeNameIt() {
        IMAGES.forEach((service, image) ->
                assertThat(image.reference()).as(service).isEqualTo(REGISTRY + "/" + service + ":" + TAG));
    }

    @Test
    void everyImageRunsAsTheUnprivilegedUserTheChartExpects() throws IOException {
        for (Map.Entry<String, OciArchive> image : IMAGES.entrySet()) {
            JsonNode config = image.getValue().config().path("config");
            assertThat(config.path("User").asText()).as(image.getKey()).isEqualTo("185:185");
            // The user exists, so that the JVM knows its name and home (user.home).
            String passwd = CONTENTS.get(image.getKey()).etc().get("/etc/passwd");
            assertThat(passwd).as(image.getKey()).contains(":185:185:").contains(":/deployments:");
        }
    }

    @Test
    void everyEntrypointStartsTheServicesQuarkusApplicationWithoutAShell() throws IOException {
        for (Map.Entry<String, OciArchive> image : IMAGES.entrySet()) {
            JsonNode config = image.getValue().config().path("config");
            assertThat(texts(config.path("Entrypoint"))).as(image.getKey())
                    .containsExactly("/opt/java/bin/java", "-jar", "/deployments/quarkus-run.jar");
            Map<String, Integer> files = CONTENTS.get(image.getKey()).modes();
            assertThat(files.get("/opt/java/bin/java") & 0111).as(image.getKey() + ": java is executable").isEqualTo(0111);
            assertThat(files).as(image.getKey()).containsKeys("/deployments/quarkus-run.jar",
                    "/deployments/quarkus/quarkus-application.dat", "/deployments/app",
                    "/lib64/ld-linux-x86-64.so.2", "/lib/x86_64-linux-gnu/libc.so.6");
            assertThat(files).as(image.getKey() + ": no shell").doesNotContainKeys("/bin/sh", "/usr/bin/sh");
            assertThat(texts(config.path("Env"))).as(image.getKey()).contains("JAVA_HOME=/opt/java");
        }
    }

    @Test
    void everyImageExposesTheHttpAndManagementPorts() {
        IMAGES.forEach((service, image) -> {
            Set<String> ports = fieldNames(image.config().path("config").path("ExposedPorts"));
            assertThat(ports).as(service).containsExactlyInAnyOrder("8080/tcp", "9000/tcp");
        });
    }

    @Test
    void everyImageCarriesTheOpenContainersLabels() {
        IMAGES.forEach((service, image) -> {
            JsonNode labels = image.config().path("config").path("Labels");
            assertThat(labels.path("org.opencontainers.image.title").asText()).as(service).isEqualTo("kohtaamo-" + service);
            assertThat(labels.path("org.opencontainers.image.version").asText()).as(service).isEqualTo(TAG);
            assertThat(labels.path("org.opencontainers.image.description").asText()).as(service).isNotBlank();
            assertThat(labels.path("org.opencontainers.image.vendor").asText()).as(service).isEqualTo("Kohtaamo");
            assertThat(labels.path("org.opencontainers.image.revision").asText()).as(service).matches("[0-9a-f]{40}");
        });
    }

    @Test
    void allImagesShareOneRunTimeLayer() {
        Set<String> runtimeLayers = IMAGES.values().stream()
                .map(image -> image.layerDigests().get(0)).collect(Collectors.toSet());
        assertThat(runtimeLayers).hasSize(1);
        IMAGES.forEach((service, image) -> assertThat(image.layerDigests()).as(service)
                .hasSize(service.equals("knowledge-portal") && searchDictionariesHere() ? 5 : 4));
    }

    /**
     * The knowledge portal's image carries libvoikko, the Finnish dictionary and the Swedish
     * Hunspell files (ADR 8) when the building machine has them (./kohtaamo test and .ci/run install them).
     */
    @Test
    void theKnowledgePortalCarriesItsSearchDictionaries() {
        org.junit.jupiter.api.Assumptions.assumeTrue(searchDictionariesHere(), "no search dictionaries on this machine");
        Map<String, Integer> files = CONTENTS.get("knowledge-portal").modes();
        assertThat(files.keySet()).contains("/usr/lib/voikko/5/mor-standard/mor.vfst", "/usr/share/hunspell/sv_SE.aff",
                "/usr/share/hunspell/sv_SE.dic");
        assertThat(files.keySet()).anyMatch(path -> path.endsWith("/libvoikko.so.1"));
        assertThat(CONTENTS.get("gateway").modes().keySet()).noneMatch(path -> path.startsWith("/usr/lib/voikko"));
    }

    private static boolean searchDictionariesHere() {
        return ServiceImages.SEARCH_DICTIONARIES.stream().allMatch(path -> java.nio.file.Files.exists(java.nio.file.Path.of(path)));
    }

    /**
     * The gateway keeps no state, so its image can be started as it is: its layers unpacked, its
     * entrypoint run as its user in a root of its own (unshare, as a container runtime would), and
     * its liveness answered on the management port.
     */
    @Test
    void theGatewayImageStartsAndAnswersItsHealthCheck(@TempDir Path root) throws Exception {
        assumeTrue(canChangeRoot(), "unshare --root needs root or user namespaces; not available here");
        OciArchive gateway = IMAGES.get("gateway");
        gateway.unpack(root);
        // The runtime's root is traversable by everyone, as an image's root is; @TempDir's is not.
        Files.setPosixFilePermissions(root, PosixFilePermissions.fromString("rwxr-xr-x"));
        Files.createDirectories(root.resolve("proc"));
        JsonNode config = gateway.config().path("config");
        int http = freePort();
        int management = freePort();
        // unshare ignores SIGTERM while it waits for its child: it is killed, and its child with it.
        List<String> command = new ArrayList<>(List.of("unshare", "--fork", "--pid", "--mount-proc", "--kill-child=SIGKILL",
                "--root=" + root, "--wd=" + config.path("WorkingDir").asText(),
                "--setuid", "185", "--setgid", "185"));
        command.addAll(texts(config.path("Entrypoint")));
        Path log = Files.createTempFile("gateway-image", ".log");
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().clear();
        for (String variable : texts(config.path("Env"))) {
            String[] pair = variable.split("=", 2);
            builder.environment().put(pair[0], pair[1]);
        }
        builder.environment().put("QUARKUS_HTTP_HOST", "127.0.0.1");
        builder.environment().put("QUARKUS_MANAGEMENT_HOST", "127.0.0.1");
        builder.environment().put("QUARKUS_HTTP_PORT", String.valueOf(http));
        builder.environment().put("QUARKUS_MANAGEMENT_PORT", String.valueOf(management));
        // Nothing listens there: the gateway starts all the same and signs in lazily.
        builder.environment().put("QUARKUS_OIDC_AUTH_SERVER_URL", "http://127.0.0.1:1/realms/kohtaamo");
        builder.environment().put("QUARKUS_OIDC_CREDENTIALS_SECRET", "image-test-secret");
        Process process = builder.start();
        try {
            assertThat(liveness(process, management, Duration.ofSeconds(120)))
                    .as(() -> "the gateway's log:\n" + text(log)).contains("\"status\": \"UP\"");
        } finally {
            // unshare's --kill-child does not reach the gateway: the parent-death signal is cleared
            // when the child takes user 185, so the gateway outlived the test. Stopped by its pid.
            List<ProcessHandle> started = process.descendants().toList();
            process.destroyForcibly();
            started.forEach(ProcessHandle::destroyForcibly);
            process.waitFor(30, java.util.concurrent.TimeUnit.SECONDS);
            for (ProcessHandle child : started) {
                child.onExit().get(30, java.util.concurrent.TimeUnit.SECONDS);
            }
        }
    }

    private static String liveness(Process process, int port, Duration patience) throws InterruptedException {
        HttpClient client = HttpClient.newHttpClient();
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/q/health/live"))
                .timeout(Duration.ofSeconds(5)).build();
        Instant deadline = Instant.now().plus(patience);
        while (Instant.now().isBefore(deadline) && process.isAlive()) {
            try {
                HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() == 200) {
                    return response.body();
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(500);
        }
        return process.isAlive() ? "no answer within " + patience : "exited with " + process.exitValue();
    }

    /** New mount and PID namespaces need root (CI and the development machines run as root). */
    private static boolean canChangeRoot() throws InterruptedException {
        try {
            return new ProcessBuilder("unshare", "--fork", "--pid", "--mount", "true").start().waitFor() == 0;
        } catch (IOException e) {
            return false;
        }
    }

    private static String text(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            return "(unreadable: " + e + ")";
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static List<String> texts(JsonNode array) {
        List<String> texts = new ArrayList<>();
        array.forEach(node -> texts.add(node.asText()));
        return texts;
    }

    private static Set<String> fieldNames(JsonNode object) {
        Set<String> names = new java.util.TreeSet<>();
        object.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
