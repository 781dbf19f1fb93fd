package fi.kohtaamo.routing.domain;

import org.junit.jupiter.api.Test;

import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class StaffNoticeSettingsTest {

    @Test
    void everyKindIsOnInTheWorkspaceButNoMailGoesWithoutAnAddress() {
        StaffNoticeSettings settings = StaffNoticeSettings.defaults("s");
        for (StaffNotice.Kind kind : StaffNotice.Kind.values()) {
            assertThat(settings.wants(kind, StaffNotice.Medium.WORKSPACE)).isTrue();
            assertThat(settings.isOn(kind, StaffNotice.Medium.EMAIL)).isTrue();
            assertThat(settings.wants(kind, StaffNotice.Medium.EMAIL)).isFalse();
        }
    }

    @Test
    void aKindTurnedOffInOneMediumStaysOnInTheOther() {
        StaffNoticeSettings settings = StaffNoticeSettings.defaults("s");
        settings.choose(" me@ely.example ", "sv", Set.of("SLA_AT_RISK:EMAIL"));
        assertThat(settings.email).isEqualTo("me@ely.example");
        assertThat(settings.wants(StaffNotice.Kind.SLA_AT_RISK, StaffNotice.Medium.EMAIL)).isFalse();
        assertThat(settings.wants(StaffNotice.Kind.SLA_AT_RISK, StaffNotice.Medium.WORKSPACE)).isTrue();
        assertThat(settings.wants(StaffNotice.Kind.SLA_BREACHED, StaffNotice.Medium.EMAIL)).isTrue();
    }

    @Test
    void choosingTheSameAgainGivesTheSameStateAndABlankAddressIsNone() {
        StaffNoticeSettings settings = StaffNoticeSettings.defaults("s");
        settings.choose("", "fi", Set.of("SLA_BREACHED:WORKSPACE", "SLA_AT_RISK:EMAIL"));
        var first = settings.turnedOff;
        settings.choose("", "fi", Set.of("SLA_AT_RISK:EMAIL", "SLA_BREACHED:WORKSPACE"));
        assertThat(settings.turnedOff).isEqualTo(first).containsExactly("SLA_AT_RISK:EMAIL", "SLA_BREACHED:WORKSPACE");
        assertThat(settings.email).isNull();
    }

    @Test
    void readingTwiceKeepsTheFirstMoment() {
        StaffNotice notice = new StaffNotice();
        notice.markRead(java.time.Instant.parse("2026-12-01T10:00:00Z"));
        notice.markRead(java.time.Instant.parse("2026-12-01T11:00:00Z"));
        assertThat(notice.readAt).isEqualTo(java.time.Instant.parse("2026-12-01T10:00:00Z"));
    }
}
