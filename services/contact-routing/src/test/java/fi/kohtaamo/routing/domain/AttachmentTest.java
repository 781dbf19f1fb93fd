package fi.kohtaamo.routing.domain;

import fi.kohtaamo.problem.ProblemException;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AttachmentTest {

    private static Attachment file(boolean scanning) {
        return Attachment.of(UUID.randomUUID(), Attachment.AddedBy.CLIENT, "someone", "a.pdf", "application/pdf", 10,
                "0".repeat(64), scanning, Instant.now());
    }

    @Test
    void withoutAScannerAFileIsHonestlyNotScannedAndAvailable() {
        Attachment file = file(false);
        assertThat(file.scanState).isEqualTo(Attachment.ScanState.NOT_SCANNED);
        assertThat(file.available()).isTrue();
        assertThat(file.addedBy).as("the client is not named").isNull();
        file.requireAvailable();
        assertThatThrownBy(() -> file.scannedClean(Instant.now())).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void aScannedFileWaitsUntilFoundClean() {
        Attachment file = file(true);
        assertThat(file.scanState).isEqualTo(Attachment.ScanState.PENDING);
        assertThat(file.available()).isFalse();
        assertThatThrownBy(file::requireAvailable).isInstanceOfSatisfying(ProblemException.class,
                e -> assertThat(e.problem().status()).isEqualTo(409));
        file.scannedClean(Instant.now());
        assertThat(file.available()).isTrue();
        assertThatThrownBy(() -> file.scannedInfected("X", Instant.now())).as("a verdict stands")
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void anInfectedFileIsKeptOutWithTheFinding() {
        Attachment file = file(true);
        file.scannedInfected("Eicar-Signature", Instant.now());
        assertThat(file.available()).isFalse();
        assertThat(file.scanReason).isEqualTo("Eicar-Signature");
        assertThatThrownBy(file::requireAvailable).isInstanceOfSatisfying(ProblemException.class,
                e -> assertThat(e.problem().extensions()).containsEntry("scanReason", "Eicar-Signature"));
        assertThatThrownBy(() -> file.scannedClean(Instant.now())).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void theClientSeesTheirOwnFilesAndStaffsOnlyWhenAttachedForThem() {
        assertThat(file(false).visibleToClient).as("the client's own").isTrue();
        Attachment staffs = Attachment.of(UUID.randomUUID(), Attachment.AddedBy.STAFF, "agent-1", "päätös.pdf",
                "application/pdf", 10, "0".repeat(64), false, Instant.now());
        assertThat(staffs.visibleToClient).as("an internal note's file stays with staff").isFalse();
        staffs.showToClient();
        assertThat(staffs.visibleToClient).as("a reply's file").isTrue();
    }
}
