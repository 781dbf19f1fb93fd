package fi.kohtaamo.outbox;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** The one "is this newer" rule: the producer's version first, the event time between equal versions. */
class UpstreamVersionTest {

    private static final Instant T = Instant.parse("2026-11-28T08:15:30.123456Z");

    @Test
    void aHigherVersionIsNewerEvenWithAnEarlierEventTime() {
        // A second producer replica whose clock runs behind writes the next version.
        assertThat(new UpstreamVersion(4, T.minusSeconds(5)).isNewerThan(new UpstreamVersion(3, T))).isTrue();
        assertThat(new UpstreamVersion(3, T).isNewerThan(new UpstreamVersion(4, T.minusSeconds(5)))).isFalse();
    }

    @Test
    void betweenEqualVersionsTheLaterEventTimeIsNewer() {
        assertThat(new UpstreamVersion(3, T.plusNanos(1000)).isNewerThan(new UpstreamVersion(3, T))).isTrue();
        assertThat(new UpstreamVersion(3, T.minusNanos(1000)).isNewerThan(new UpstreamVersion(3, T))).isFalse();
    }

    @Test
    void theSameVersionAndTimeIsNotNewer() {
        assertThat(new UpstreamVersion(3, T).isNewerThan(new UpstreamVersion(3, T))).isFalse();
    }

    @Test
    void anythingIsNewerThanNothingHeld() {
        assertThat(new UpstreamVersion(0, T).isNewerThan(null)).isTrue();
    }

    @Test
    void anEventReadsItsVersionFromItsDataAndWithoutOneIsVersionZero() {
        ObjectMapper mapper = new ObjectMapper();
        OffsetDateTime time = T.atOffset(ZoneOffset.UTC);
        CloudEvent versioned = new CloudEvent(UUID.randomUUID(), "/kohtaamo/test", "fi.kohtaamo.test.changed.v1", "a", time,
                mapper.createObjectNode().put("version", 7));
        CloudEvent unversioned = new CloudEvent(UUID.randomUUID(), "/kohtaamo/test", "fi.kohtaamo.test.changed.v1", "a", time,
                mapper.createObjectNode());

        assertThat(UpstreamVersion.of(versioned)).isEqualTo(new UpstreamVersion(7, T));
        assertThat(UpstreamVersion.of(unversioned)).isEqualTo(new UpstreamVersion(0, T));
        // Without versions the event time alone decides.
        assertThat(new UpstreamVersion(0, T.plusSeconds(1)).isNewerThan(UpstreamVersion.of(unversioned))).isTrue();
    }
}
