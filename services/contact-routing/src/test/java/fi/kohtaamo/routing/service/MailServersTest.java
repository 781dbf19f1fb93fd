package fi.kohtaamo.routing.service;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class MailServersTest {

    private final MailServers servers = new MailServers(List.of("imap.ely-keskus.fi", "*.agency.example", " 127.0.0.1 ", "[::1]"));

    @Test
    void allowsNamedHostsAndHostsUnderAnAllowedDomain() {
        assertThat(servers.allowed("IMAP.ely-keskus.fi.")).isTrue();
        assertThat(servers.allowed("mail.agency.example")).isTrue();
        assertThat(servers.allowed("a.b.agency.example")).isTrue();
        assertThat(servers.allowed("127.0.0.1")).isTrue();
        assertThat(servers.allowed("::1")).isTrue();
    }

    @Test
    void refusesEverythingElse() {
        assertThat(servers.allowed("agency.example")).as("the domain itself is not under it").isFalse();
        assertThat(servers.allowed("evilagency.example")).isFalse();
        assertThat(servers.allowed("agency.example.evil.test")).isFalse();
        assertThat(servers.allowed("smtp.ely-keskus.fi")).isFalse();
        assertThat(servers.allowed("169.254.169.254")).isFalse();
        assertThat(servers.allowed("")).isFalse();
        assertThat(servers.allowed(null)).isFalse();
    }

    @Test
    void allowsNothingUntilOperationsNameServers() {
        MailServers none = new MailServers(List.of());
        assertThat(none.allowed("127.0.0.1")).isFalse();
        assertThat(none.allowed("imap.ely-keskus.fi")).isFalse();
        assertThat(new MailServers(List.of("", "  ")).allowed("")).isFalse();
    }
}
