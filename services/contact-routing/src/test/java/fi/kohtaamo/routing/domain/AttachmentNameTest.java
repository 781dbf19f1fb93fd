package fi.kohtaamo.routing.domain;

import fi.kohtaamo.problem.ProblemException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AttachmentNameTest {

    @Test
    void keepsAnOrdinaryNameAsItIs() {
        assertThat(AttachmentName.sanitise("Päätös 2026 (kopio).pdf", "file")).isEqualTo("Päätös 2026 (kopio).pdf");
        assertThat(AttachmentName.sanitise("Pa\u0308a\u0308to\u0308s.pdf", "file")).as("NFC").isEqualTo("Päätös.pdf");
    }

    @Test
    void dropsFoldersControlsAndLeadingDots() {
        assertThat(AttachmentName.sanitise("C:\\Users\\maija\\liite.pdf", "file")).isEqualTo("liite.pdf");
        assertThat(AttachmentName.sanitise("../../etc/passwd", "file")).isEqualTo("passwd");
        assertThat(AttachmentName.sanitise("..bashrc", "file")).isEqualTo("bashrc");
        assertThat(AttachmentName.sanitise("a\"b;c\r\nd\u202Efdp.exe", "file")).isEqualTo("a_b_c__d_fdp.exe");
        assertThat(AttachmentName.sanitise("  ", "file")).isEqualTo("attachment");
        assertThat(AttachmentName.sanitise(null, "file")).isEqualTo("attachment");
        assertThat(AttachmentName.sanitise("dir/", "file")).isEqualTo("attachment");
    }

    @Test
    void refusesNulAndOverlongNamesNamingTheField() {
        assertThatThrownBy(() -> AttachmentName.sanitise("a\0.pdf", "file")).isInstanceOfSatisfying(ProblemException.class,
                e -> assertThat(e.problem().violations().get(0).field()).isEqualTo("file"));
        assertThatThrownBy(() -> AttachmentName.sanitise("a".repeat(100_000) + ".pdf", "file"))
                .isInstanceOfSatisfying(ProblemException.class,
                        e -> assertThat(e.problem().violations().get(0).message()).contains("255"));
        assertThat(AttachmentName.sanitise("a".repeat(255), "file")).hasSize(255);
    }
}
