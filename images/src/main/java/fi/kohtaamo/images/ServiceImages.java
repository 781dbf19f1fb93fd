package fi.kohtaamo.images;

import com.google.cloud.tools.jib.api.Containerizer;
import com.google.cloud.tools.jib.api.Jib;
import com.google.cloud.tools.jib.api.JibContainer;
import com.google.cloud.tools.jib.api.TarImage;
import com.google.cloud.tools.jib.api.buildplan.AbsoluteUnixPath;
import com.google.cloud.tools.jib.api.buildplan.FileEntriesLayer;
import com.google.cloud.tools.jib.api.buildplan.FilePermissions;
import com.google.cloud.tools.jib.api.buildplan.ImageFormat;
import com.google.cloud.tools.jib.api.buildplan.Platform;
import com.google.cloud.tools.jib.api.buildplan.Port;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Builds every service's container image as an OCI image tarball, {@code <output>/<service>.tar},
 * with Jib's library: no Docker engine, no registry, nothing downloaded. Each image is the shared
 * run-time layer ({@link JavaRuntime}: the linked JDK, the C libraries it loads, an unprivileged
 * user) and the service's Quarkus fast-jar in three layers, from what changes least to most, so
 * that a registry stores the run time and the libraries once for all services.
 *
 * <p>Run by the {@code images} profile of this module (see its README); configured by system
 * properties: {@code images.root} (the repository), {@code images.registry}, {@code images.tag},
 * {@code images.services} (comma-separated), {@code images.jdk}, {@code images.output},
 * {@code images.work}.
 */
public final class ServiceImages {

    /** The user the chart's pods run as (runAsUser 185), the UBI OpenJDK images' "jboss" uid. */
    static final String USER = "185";
    static final String HOME = "/deployments";
    static final String JAVA_HOME = "/opt/java";
    static final int HTTP_PORT = 8080;
    static final int MANAGEMENT_PORT = 9000;

    private static final Pattern DESCRIPTION = Pattern.compile("<description>(.*?)</description>", Pattern.DOTALL);

    private final Path root;
    private final Path work;
    private final String registry;
    private final String tag;

    private ServiceImages(Path root, Path work, String registry, String tag) {
        this.root = root;
        this.work = work;
        this.registry = registry;
        this.tag = tag;
    }

    public static void main(String[] args) throws Exception {
        Path root = Path.of(required("images.root"));
        Path output = Path.of(required("images.output"));
        ServiceImages images = new ServiceImages(root, Path.of(required("images.work")),
                required("images.registry"), required("images.tag"));
        FileEntriesLayer runtime = images.runtimeLayer(Path.of(required("images.jdk")));
        Files.createDirectories(output);
        for (String service : required("images.services").split(",")) {
            Path tarball = output.resolve(service + ".tar");
            JibContainer container = images.build(service.trim(), runtime, tarball);
            System.out.printf("[images] %s: %s, %d MB, %s%n", service, container.getTargetImage(),
                    Files.size(tarball) / (1024 * 1024), container.getDigest());
        }
    }

    private static String required(String property) {
        String value = System.getProperty(property);
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("system property " + property + " is not set");
        }
        return value;
    }

    /** The layer every image shares: the run time under /opt/java, its C libraries, the user, /tmp. */
    private FileEntriesLayer runtimeLayer(Path jdk) throws IOException, InterruptedException {
        Path runtime = work.resolve("java-runtime");
        JavaRuntime.link(jdk, runtime);
        FileEntriesLayer.Builder layer = FileEntriesLayer.builder().setName("java-runtime");
        // Executables (java, jspawnhelper) keep their execute bits: Jib's default is 644.
        layer.addEntryRecursive(runtime, AbsoluteUnixPath.get(JAVA_HOME),
                (source, target) -> FilePermissions.fromPosixFilePermissions(posixPermissions(source)),
                FileEntriesLayer.DEFAULT_MODIFICATION_TIME_PROVIDER);
        for (Path library : JavaRuntime.systemLibraries(runtime)) {
            layer.addEntry(library.toRealPath(), AbsoluteUnixPath.get(library.toString()),
                    FilePermissions.fromOctalString("755"));
        }
        Path etc = Files.createDirectories(work.resolve("etc"));
        layer.addEntry(write(etc.resolve("passwd"),
                "root:x:0:0:root:/root:/sbin/nologin\nkohtaamo:x:" + USER + ":" + USER + ":Kohtaamo:" + HOME
                        + ":/sbin/nologin\n"), AbsoluteUnixPath.get("/etc/passwd"));
        layer.addEntry(write(etc.resolve("group"), "root:x:0:\nkohtaamo:x:" + USER + ":\n"),
                AbsoluteUnixPath.get("/etc/group"));
        layer.addEntry(write(etc.resolve("nsswitch.conf"), "passwd: files\ngroup: files\nhosts: files dns\n"),
                AbsoluteUnixPath.get("/etc/nsswitch.conf"));
        Path empty = Files.createDirectories(work.resolve("empty"));
        // The chart mounts an emptyDir here (read-only root file system); without it, anyone may write.
        layer.addEntry(empty, AbsoluteUnixPath.get("/tmp"), FilePermissions.fromOctalString("777"));
        layer.addEntry(empty, AbsoluteUnixPath.get(HOME), FilePermissions.DEFAULT_FOLDER_PERMISSIONS);
        return layer.build();
    }

    /** Debian's search dictionaries for the knowledge portal (docs/adr/0008): libvoikko's Finnish and Hunspell's Swedish. */
    static final List<String> SEARCH_DICTIONARIES = List.of("/usr/lib/voikko", "/usr/share/hunspell/sv_SE.aff",
            "/usr/share/hunspell/sv_SE.dic");

    /**
     * The knowledge portal's morphology (ADR 8), taken from this machine's Debian packages as the
     * run time's C libraries are: libvoikko1 and the C libraries it loads, voikko-fi's dictionary,
     * hunspell-sv-se's files. Without them here the image is built without, and its service falls
     * back to Snowball stems (with a warning in its log); the build says so.
     */
    static Optional<FileEntriesLayer> searchDictionariesLayer() throws IOException, InterruptedException {
        Optional<Path> voikko;
        try (var libraries = Files.newDirectoryStream(Path.of("/usr/lib"), "*-linux-gnu*")) {
            voikko = java.util.stream.StreamSupport.stream(libraries.spliterator(), false)
                    .map(dir -> dir.resolve("libvoikko.so.1")).filter(Files::exists).findFirst();
        }
        if (voikko.isEmpty() || SEARCH_DICTIONARIES.stream().anyMatch(path -> !Files.exists(Path.of(path)))) {
            System.err.println("warning: libvoikko1, voikko-fi or hunspell-sv-se is not installed on this machine:"
                    + " the knowledge-portal image is built without search dictionaries (Snowball stems only)");
            return Optional.empty();
        }
        FileEntriesLayer.Builder layer = FileEntriesLayer.builder().setName("search-dictionaries");
        layer.addEntry(voikko.get().toRealPath(), AbsoluteUnixPath.get(voikko.get().toString()), FilePermissions.fromOctalString("755"));
        for (Path library : JavaRuntime.librariesOf(voikko.get())) {
            layer.addEntry(library.toRealPath(), AbsoluteUnixPath.get(library.toString()), FilePermissions.fromOctalString("755"));
        }
        for (String path : SEARCH_DICTIONARIES) {
            Path source = Path.of(path).toRealPath();
            if (Files.isDirectory(source)) {
                layer.addEntryRecursive(source, AbsoluteUnixPath.get(path));
            } else {
                layer.addEntry(source, AbsoluteUnixPath.get(path));
            }
        }
        return Optional.of(layer.build());
    }

    private JibContainer build(String service, FileEntriesLayer runtime, Path tarball) throws Exception {
        Path app = root.resolve("services").resolve(service).resolve("target/quarkus-app");
        if (!Files.isRegularFile(app.resolve("quarkus-run.jar"))) {
            throw new IllegalStateException(app + " has no quarkus-run.jar: package " + service + " first");
        }
        AbsoluteUnixPath home = AbsoluteUnixPath.get(HOME);
        FileEntriesLayer libraries = FileEntriesLayer.builder().setName("libraries")
                .addEntryRecursive(app.resolve("lib"), home.resolve("lib")).build();
        FileEntriesLayer quarkus = FileEntriesLayer.builder().setName("quarkus")
                .addEntry(app.resolve("quarkus-run.jar"), home.resolve("quarkus-run.jar"))
                .addEntryRecursive(app.resolve("quarkus"), home.resolve("quarkus")).build();
        FileEntriesLayer application = FileEntriesLayer.builder().setName("application")
                .addEntryRecursive(app.resolve("app"), home.resolve("app")).build();
        String reference = registry + "/" + service + ":" + tag;
        return Jib.fromScratch()
                .setFormat(ImageFormat.OCI)
                .setPlatforms(Set.of(new Platform(architecture(), "linux")))
                .setFileEntriesLayers(layers(service, runtime, libraries, quarkus, application))
                .setUser(USER + ":" + USER)
                .setWorkingDirectory(home)
                // No shell in the image: the launcher itself reads JDK_JAVA_OPTIONS (the chart's javaOptions).
                .setEntrypoint(JAVA_HOME + "/bin/java", "-jar", HOME + "/quarkus-run.jar")
                .setEnvironment(Map.of(
                        "JAVA_HOME", JAVA_HOME,
                        "PATH", JAVA_HOME + "/bin",
                        "LANG", "C.UTF-8",
                        "JDK_JAVA_OPTIONS", "-XX:MaxRAMPercentage=70 -XX:+ExitOnOutOfMemoryError",
                        "QUARKUS_HTTP_PORT", String.valueOf(HTTP_PORT),
                        "QUARKUS_MANAGEMENT_PORT", String.valueOf(MANAGEMENT_PORT)))
                .setExposedPorts(Set.of(Port.tcp(HTTP_PORT), Port.tcp(MANAGEMENT_PORT)))
                .setLabels(labels(service))
                .containerize(Containerizer.to(TarImage.at(tarball).named(reference))
                        .setOfflineMode(true)
                        .setToolName("kohtaamo-images")
                        .setApplicationLayersCache(work.resolve("jib-cache"))
                        .setBaseImageLayersCache(work.resolve("jib-base-cache")));
    }

    /** The OCI annotations registries and scanners show: what the image is and which commit made it. */
    private Map<String, String> labels(String service) throws IOException {
        Map<String, String> labels = new LinkedHashMap<>();
        labels.put("org.opencontainers.image.title", "kohtaamo-" + service);
        labels.put("org.opencontainers.image.description", description(service));
        labels.put("org.opencontainers.image.version", tag);
        gitRevision().ifPresent(revision -> labels.put("org.opencontainers.image.revision", revision));
        labels.put("org.opencontainers.image.vendor", "Kohtaamo");
        labels.put("org.opencontainers.image.url", "https://kohtaamo.fi");
        return labels;
    }

    private String description(String service) throws IOException {
        String pom = Files.readString(root.resolve("services").resolve(service).resolve("pom.xml"));
        Matcher matcher = DESCRIPTION.matcher(pom);
        return matcher.find() ? matcher.group(1).strip() : service;
    }

    private Optional<String> gitRevision() {
        try {
            Process git = new ProcessBuilder("git", "-C", root.toString(), "rev-parse", "HEAD")
                    .redirectErrorStream(true).start();
            String revision = new String(git.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
            return git.waitFor() == 0 && revision.matches("[0-9a-f]{40}")
                    ? Optional.of(revision) : Optional.empty();
        } catch (IOException | InterruptedException e) {
            return Optional.empty();
        }
    }

    /** The shared run time, the knowledge portal's search dictionaries (when this machine has them), the service's layers. */
    private static List<FileEntriesLayer> layers(String service, FileEntriesLayer runtime, FileEntriesLayer... own)
            throws IOException, InterruptedException {
        List<FileEntriesLayer> layers = new java.util.ArrayList<>(List.of(runtime));
        if (service.equals("knowledge-portal")) {
            searchDictionariesLayer().ifPresent(layers::add);
        }
        layers.addAll(List.of(own));
        return layers;
    }

    /** The image's platform is this machine's: its C libraries go into the image. */
    private static String architecture() {
        String arch = System.getProperty("os.arch");
        return switch (arch) {
            case "amd64", "x86_64" -> "amd64";
            case "aarch64" -> "arm64";
            default -> throw new IllegalStateException("no image platform for os.arch " + arch);
        };
    }

    private static Set<PosixFilePermission> posixPermissions(Path file) {
        try {
            return Files.getPosixFilePermissions(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path write(Path file, String content) throws IOException {
        return Files.writeString(file, content, StandardCharsets.UTF_8);
    }
}
