package fi.kohtaamo.images;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The Java run time every image starts from, made on this machine: no registry is reachable from
 * the build (only Maven Central), so there is no base image to pull (docs/adr/0007). jlink links
 * the modules Quarkus and our libraries use out of a local JDK, and the C libraries that run time
 * loads are taken from this machine's own system, the paths the dynamic loader found them at.
 */
final class JavaRuntime {

    /**
     * The JDK modules the services need. Beyond the obvious: java.desktop for java.beans
     * (Jackson, Hibernate Validator), java.security.sasl and java.security.jgss for Kafka's
     * SCRAM login, jdk.unsupported for Netty, jdk.charsets for e-mail in ISO-8859 encodings,
     * jdk.localedata for Finnish and Swedish formats, jdk.management for the JVM metrics.
     */
    static final List<String> MODULES = List.of(
            "java.base", "java.desktop", "java.instrument", "java.logging", "java.management",
            "java.naming", "java.net.http", "java.security.jgss", "java.security.sasl", "java.sql",
            "java.transaction.xa", "java.xml", "jdk.charsets", "jdk.crypto.ec", "jdk.jfr",
            "jdk.localedata", "jdk.management", "jdk.naming.dns", "jdk.net", "jdk.unsupported",
            "jdk.zipfs");

    /**
     * Libraries of java.desktop that only a window system or a sound card loads; dropped so that
     * the image carries neither them nor the X11 and ALSA libraries they link.
     */
    static final List<String> HEADLESS_UNUSED = List.of(
            "libawt_xawt.so", "libjawt.so", "libsplashscreen.so", "libjsound.so");

    /** "libz.so.1 => /lib/x86_64-linux-gnu/libz.so.1 (0x...)" or "/lib64/ld-linux-x86-64.so.2 (0x...)". */
    private static final Pattern LIBRARY = Pattern.compile("(?:=>\\s*)?(/\\S+)\\s+\\(0x[0-9a-f]+\\)");

    private JavaRuntime() {
    }

    /** Links a run time out of {@code jdk} into {@code output} (replaced if there). */
    static void link(Path jdk, Path output) throws IOException, InterruptedException {
        deleteRecursively(output);
        Files.createDirectories(output.getParent());
        run(List.of(jdk.resolve("bin/jlink").toString(),
                "--add-modules", String.join(",", MODULES),
                "--include-locales=en,fi,sv",
                "--strip-debug", "--no-header-files", "--no-man-pages",
                "--output", output.toString()));
        for (String library : HEADLESS_UNUSED) {
            Files.deleteIfExists(output.resolve("lib").resolve(library));
        }
    }

    /**
     * The shared libraries the run time's programs and libraries load, as the paths the dynamic
     * loader resolved them to here; those inside the run time itself are left out. A library the
     * loader cannot find here would be missing in the image too: that fails the build.
     */
    static List<Path> systemLibraries(Path runtime) throws IOException, InterruptedException {
        TreeSet<Path> libraries = new TreeSet<>();
        List<Path> binaries;
        try (Stream<Path> files = Files.walk(runtime)) {
            binaries = files.filter(Files::isRegularFile)
                    .filter(f -> f.getFileName().toString().endsWith(".so") || f.getParent().endsWith("bin"))
                    .toList();
        }
        for (Path binary : binaries) {
            String loaded = ldd(runtime, binary);
            if (loaded.contains("not found")) {
                throw new IOException(binary + " needs libraries this machine lacks:\n" + loaded);
            }
            Matcher matcher = LIBRARY.matcher(loaded);
            while (matcher.find()) {
                Path library = Path.of(matcher.group(1)).normalize();
                if (!library.startsWith(runtime)) {
                    libraries.add(library);
                }
            }
        }
        return new ArrayList<>(libraries);
    }

    /** The shared libraries a library outside the run time loads, as the paths the dynamic loader resolved here. */
    static List<Path> librariesOf(Path library) throws IOException, InterruptedException {
        String loaded = run(List.of("ldd", library.toString()));
        if (loaded.contains("not found")) {
            throw new IOException(library + " needs libraries this machine lacks:\n" + loaded);
        }
        List<Path> libraries = new ArrayList<>();
        Matcher matcher = LIBRARY.matcher(loaded);
        while (matcher.find()) {
            libraries.add(Path.of(matcher.group(1)).normalize());
        }
        return libraries;
    }

    /**
     * The run time's own libraries load each other from where the JVM already mapped them (libjvm
     * from lib/server): the search path says so, as the loaded JVM's would.
     */
    private static String ldd(Path runtime, Path binary) throws IOException, InterruptedException {
        ProcessBuilder ldd = new ProcessBuilder("ldd", binary.toString());
        ldd.environment().put("LD_LIBRARY_PATH", runtime.resolve("lib") + ":" + runtime.resolve("lib/server"));
        return run(ldd);
    }

    private static String run(List<String> command) throws IOException, InterruptedException {
        return run(new ProcessBuilder(command));
    }

    private static String run(ProcessBuilder builder) throws IOException, InterruptedException {
        List<String> command = builder.command();
        Process process = builder.redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        int exit = process.waitFor();
        // ldd answers 1 for a file that is no dynamic executable (none here, but not an error).
        if (exit != 0 && !command.get(0).equals("ldd")) {
            throw new IOException(String.join(" ", command) + " failed (" + exit + "):\n" + output);
        }
        return output;
    }

    static void deleteRecursively(Path path) throws IOException {
        if (!Files.exists(path)) {
            return;
        }
        try (Stream<Path> files = Files.walk(path)) {
            for (Path file : files.sorted((a, b) -> b.compareTo(a)).toList()) {
                Files.delete(file);
            }
        }
    }
}
