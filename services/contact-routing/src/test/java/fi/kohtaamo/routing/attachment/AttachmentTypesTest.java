package fi.kohtaamo.routing.attachment;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class AttachmentTypesTest {

    @TempDir
    Path dir;

    private final AttachmentTypes types = new AttachmentTypes(Set.of("application/pdf", "image/png", "text/plain",
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document"));

    private String detect(byte[] content, String name) throws IOException {
        Path file = Files.write(dir.resolve("upload-" + System.nanoTime()), content);
        return types.detect(file, name);
    }

    @Test
    void theContentDecidesNotTheName() throws IOException {
        assertThat(detect(AttachmentFiles.pdf(), "päätös.pdf")).isEqualTo("application/pdf");
        assertThat(detect(AttachmentFiles.pdf(), "no-extension")).isEqualTo("application/pdf");
        assertThat(detect(AttachmentFiles.png(), "photo.jpg")).as("a PNG named .jpg is a PNG").isEqualTo("image/png");
        assertThat(detect(AttachmentFiles.text(), "notes.txt")).isEqualTo("text/plain");
        assertThat(detect(AttachmentFiles.text(), "report.pdf")).as("text named .pdf is text").isEqualTo("text/plain");
        String exe = detect(AttachmentFiles.executable(), "invoice.pdf");
        assertThat(exe).as("an executable named .pdf").isNotEqualTo("application/pdf").startsWith("application/");
        assertThat(types.allowed(exe)).isFalse();
    }

    @Test
    void theNameOnlyNarrowsAContainerTheContentShows() throws IOException {
        assertThat(detect(AttachmentFiles.docx(), "hakemus.docx"))
                .isEqualTo("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
        assertThat(types.allowed(detect(AttachmentFiles.docx(), "hakemus.docx"))).isTrue();
        assertThat(detect(AttachmentFiles.docx(), "hakemus.pdf")).as("a zip named .pdf is no PDF")
                .isNotEqualTo("application/pdf");
    }

    @Test
    void onlyListedTypesAreAllowed() {
        assertThat(types.allowed("application/pdf")).isTrue();
        assertThat(types.allowed("text/html")).isFalse();
        assertThat(new AttachmentTypes(Set.of(" text/plain; charset=UTF-8")).allowed("text/plain")).isTrue();
    }
}
