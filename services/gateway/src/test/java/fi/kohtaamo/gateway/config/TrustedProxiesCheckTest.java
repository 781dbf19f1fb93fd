package fi.kohtaamo.gateway.config;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TrustedProxiesCheckTest {

    private static TrustedProxiesCheck check(boolean forwarding, List<String> proxies) {
        TrustedProxiesCheck check = new TrustedProxiesCheck();
        check.forwarding = forwarding;
        check.trustedProxies = Optional.ofNullable(proxies);
        return check;
    }

    @Test
    void forwardingWithoutATrustedProxyStopsTheStart() {
        assertThatThrownBy(() -> check(true, null).check(null)).hasMessageContaining("trusted-proxies");
        assertThatThrownBy(() -> check(true, List.of()).check(null)).hasMessageContaining("trusted-proxies");
    }

    @Test
    void forwardingFromNamedProxiesOrNoForwardingStarts() {
        assertThatCode(() -> check(true, List.of("10.0.0.0/8")).check(null)).doesNotThrowAnyException();
        assertThatCode(() -> check(false, null).check(null)).doesNotThrowAnyException();
    }
}
