package fi.kohtaamo.images;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;

/**
 * An OCI image layout tarball read the way a container runtime reads it: index.json names the
 * manifest, the manifest the configuration and the layers, all as blobs by digest.
 */
record OciArchive(String reference, JsonNode config, List<String> layerDigests, Map<String, byte[]> blobs) {

    private static final ObjectMapper JSON = new ObjectMapper();

    static OciArchive read(Path tarball) throws IOException {
        Map<String, byte[]> files = new HashMap<>();
        try (TarArchiveInputStream tar = new TarArchiveInputStream(Files.newInputStream(tarball))) {
            for (TarArchiveEntry entry = tar.getNextEntry(); entry != null; entry = tar.getNextEntry()) {
                if (entry.isFile()) {
                    files.put(entry.getName(), tar.readAllBytes());
                }
            }
        }
        JsonNode index = JSON.readTree(files.get("index.json"));
        JsonNode entry = index.path("manifests").get(0);
        JsonNode manifest = JSON.readTree(files.get(blob(entry.path("digest").asText())));
        JsonNode config = JSON.readTree(files.get(blob(manifest.path("config").path("digest").asText())));
        List<String> layers = new ArrayList<>();
        manifest.path("layers").forEach(layer -> layers.add(layer.path("digest").asText()));
        return new OciArchive(entry.path("annotations").path("org.opencontainers.image.ref.name").asText(),
                config, layers, files);
    }

    private static String blob(String digest) {
        return "blobs/" + digest.replace(':', '/');
    }

    /**
     * Every file in the image's layers by absolute path with its mode, and the text of those under
     * /etc, as the last layer that has them leaves them: one pass over the layers.
     */
    Contents contents() throws IOException {
        Map<String, Integer> modes = new HashMap<>();
        Map<String, String> etc = new HashMap<>();
        for (String digest : layerDigests) {
            try (TarArchiveInputStream layer = layer(digest)) {
                for (TarArchiveEntry entry = layer.getNextEntry(); entry != null; entry = layer.getNextEntry()) {
                    String path = "/" + entry.getName().replaceFirst("^\\./", "").replaceFirst("/$", "");
                    modes.put(path, entry.getMode());
                    if (entry.isFile() && path.startsWith("/etc/")) {
                        etc.put(path, new String(layer.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8));
                    }
                }
            }
        }
        return new Contents(modes, etc);
    }

    record Contents(Map<String, Integer> modes, Map<String, String> etc) {
    }

    /** Unpacks the layers, in order, into {@code root}: the file system a runtime would start. */
    void unpack(Path root) throws IOException {
        for (String digest : layerDigests) {
            try (TarArchiveInputStream layer = layer(digest)) {
                for (TarArchiveEntry entry = layer.getNextEntry(); entry != null; entry = layer.getNextEntry()) {
                    Path target = root.resolve(entry.getName()).normalize();
                    if (!target.startsWith(root)) {
                        throw new IOException("layer entry outside the root: " + entry.getName());
                    }
                    if (entry.isDirectory()) {
                        Files.createDirectories(target);
                    } else {
                        Files.createDirectories(target.getParent());
                        Files.copy(layer, target, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
                    }
                    Files.setPosixFilePermissions(target, java.nio.file.attribute.PosixFilePermissions.fromString(
                            permissions(entry.getMode())));
                }
            }
        }
    }

    private TarArchiveInputStream layer(String digest) throws IOException {
        InputStream gzip = new GZIPInputStream(new java.io.ByteArrayInputStream(blobs.get(blob(digest))));
        return new TarArchiveInputStream(gzip);
    }

    private static String permissions(int mode) {
        String letters = "rwxrwxrwx";
        StringBuilder permissions = new StringBuilder();
        for (int bit = 8; bit >= 0; bit--) {
            permissions.append((mode & (1 << bit)) != 0 ? letters.charAt(8 - bit) : '-');
        }
        return permissions.toString();
    }
}
