package fi.kohtaamo.routing.attachment;

import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.mime.MediaType;
import org.apache.tika.mime.MediaTypeRegistry;
import org.apache.tika.mime.MimeTypes;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What a file is, by its content (Apache Tika's magic bytes), and whether it may be attached.
 * The name may only narrow what the content shows, never change it: a Word document's bytes
 * show an OLE2 or OOXML container and its {@code .doc}/{@code .docx} name tells which; a file
 * named {@code report.pdf} whose bytes are a Windows executable is an executable, and a text
 * file named {@code .pdf} is text.
 */
public final class AttachmentTypes {

    private final MimeTypes types = MimeTypes.getDefaultMimeTypes();
    private final MediaTypeRegistry registry = types.getMediaTypeRegistry();
    private final Set<String> allowed;

    public AttachmentTypes(Set<String> allowed) {
        this.allowed = allowed.stream().map(type -> MediaType.parse(type.strip()).getBaseType().toString())
                .collect(Collectors.toUnmodifiableSet());
    }

    /** The detected type (without parameters), e.g. {@code application/pdf}. */
    public String detect(Path file, String fileName) {
        try (InputStream in = TikaInputStream.get(file)) {
            MediaType byContent = registry.normalize(types.detect(in, new Metadata())).getBaseType();
            Metadata named = new Metadata();
            named.set(TikaCoreProperties.RESOURCE_NAME_KEY, fileName);
            MediaType byName = registry.normalize(types.detect(null, named)).getBaseType();
            return (registry.isSpecializationOf(byName, byContent) ? byName : byContent).toString();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read an uploaded file", e);
        }
    }

    public boolean allowed(String detected) {
        return allowed.contains(detected);
    }
}
