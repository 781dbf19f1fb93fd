package fi.kohtaamo.gateway.proxy;

import fi.kohtaamo.gateway.config.GatewayConfig;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class RateLimiterTest {

    record Limit(List<String> paths, List<String> methodList, int anonymousPerMinute, int authenticatedPerMinute)
            implements GatewayConfig.RateLimit {
        @Override
        public java.util.Optional<List<String>> methods() {
            return java.util.Optional.of(methodList);
        }
    }

    private final RateLimiter limiter = new RateLimiter(Map.of(
            "intake", new Limit(List.of("/api/v1/contacts", "/open311/v2/requests"), List.of("POST"), 2, 4),
            "lookup", new Limit(List.of("/api/v1/contacts/lookup"), List.of("post"), 1, 0),
            "default", new Limit(List.of("/"), List.of(), 100, 100)));

    @Test
    void theClosestPrefixDecidesTheGroup() {
        assertThat(limiter.check("POST", "/api/v1/contacts/lookup", null, "a").group()).isEqualTo("lookup");
        assertThat(limiter.check("POST", "/api/v1/contacts", null, "b").group()).isEqualTo("intake");
        assertThat(limiter.check("POST", "/open311/v2/requests.json", null, "b").group()).isEqualTo("intake");
        assertThat(limiter.check("GET", "/api/v1/contacts", null, "c").group()).isEqualTo("default");
        assertThat(limiter.check("POST", "/api/v1/contactsX", null, "c").group()).isEqualTo("default");
    }

    @Test
    void anonymousCallersCountByAddressAndSignedInOnesBySubject() {
        assertThat(limiter.check("POST", "/api/v1/contacts", null, "10.0.0.1").allowed()).isTrue();
        assertThat(limiter.check("POST", "/api/v1/contacts", null, "10.0.0.1").allowed()).isTrue();
        RateLimiter.Verdict refused = limiter.check("POST", "/api/v1/contacts", null, "10.0.0.1");
        assertThat(refused.allowed()).isFalse();
        assertThat(refused.retryAfterSeconds()).isBetween(1L, 60L);
        assertThat(limiter.check("POST", "/api/v1/contacts", null, "10.0.0.2").allowed()).isTrue();
        for (int i = 0; i < 4; i++) {
            assertThat(limiter.check("POST", "/api/v1/contacts", "agent-1", "10.0.0.1").allowed()).isTrue();
        }
        assertThat(limiter.check("POST", "/api/v1/contacts", "agent-1", "10.0.0.1").allowed()).isFalse();
        assertThat(limiter.check("POST", "/api/v1/contacts", "agent-2", "10.0.0.1").allowed()).isTrue();
    }

    @Test
    void aLimitOfZeroMeansNoLimitForThatKindOfCaller() {
        for (int i = 0; i < 50; i++) {
            assertThat(limiter.check("POST", "/api/v1/contacts/lookup", "citizen-1", "10.0.0.3").allowed()).isTrue();
        }
        assertThat(limiter.check("POST", "/api/v1/contacts/lookup", null, "10.0.0.3").allowed()).isTrue();
        assertThat(limiter.check("POST", "/api/v1/contacts/lookup", null, "10.0.0.3").allowed()).isFalse();
    }
}
