package fi.kohtaamo.routing.attachment;

import org.junit.jupiter.api.Test;

import java.io.IOException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** clamd's answers as they come (the exchange itself: AttachmentScanTest with a real clamd). */
class ClamdTest {

    @Test
    void readsCleanInfectedAndErrorAnswers() throws IOException {
        assertThat(Clamd.parse("stream: OK")).isEqualTo(new Clamd.Verdict(true, null));
        assertThat(Clamd.parse("stream: Kohtaamo.Test.EICAR.UNOFFICIAL FOUND"))
                .isEqualTo(new Clamd.Verdict(false, "Kohtaamo.Test.EICAR.UNOFFICIAL"));
        assertThatThrownBy(() -> Clamd.parse("INSTREAM size limit exceeded. ERROR")).isInstanceOf(IOException.class);
        assertThatThrownBy(() -> Clamd.parse("")).isInstanceOf(IOException.class);
    }
}
