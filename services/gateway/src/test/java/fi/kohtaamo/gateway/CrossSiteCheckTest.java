package fi.kohtaamo.gateway;

import fi.kohtaamo.gateway.proxy.CrossSiteCheck;
import io.vertx.core.http.HttpMethod;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CrossSiteCheckTest {

    private static final String SELF = "https://kohtaamo.example.fi";

    @Test
    void safeMethodsAreNeverRefused() {
        assertThat(CrossSiteCheck.allows(HttpMethod.GET, "cross-site", "https://evil.example", SELF)).isTrue();
        assertThat(CrossSiteCheck.allows(HttpMethod.HEAD, null, null, SELF)).isTrue();
    }

    @Test
    void anUnsafeMethodNeedsThisOriginsPage() {
        for (HttpMethod method : new HttpMethod[]{HttpMethod.POST, HttpMethod.PUT, HttpMethod.PATCH, HttpMethod.DELETE}) {
            assertThat(CrossSiteCheck.allows(method, "same-origin", null, SELF)).isTrue();
            assertThat(CrossSiteCheck.allows(method, "same-site", SELF, SELF)).isFalse();
            assertThat(CrossSiteCheck.allows(method, "cross-site", null, SELF)).isFalse();
            assertThat(CrossSiteCheck.allows(method, "none", null, SELF)).isFalse();
            assertThat(CrossSiteCheck.allows(method, null, SELF, SELF)).isTrue();
            assertThat(CrossSiteCheck.allows(method, null, "https://forms.kohtaamo.example.fi", SELF)).isFalse();
            assertThat(CrossSiteCheck.allows(method, null, "null", SELF)).isFalse();
            assertThat(CrossSiteCheck.allows(method, null, null, SELF)).isFalse();
        }
    }
}
