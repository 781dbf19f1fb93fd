package fi.kohtaamo.gateway;

import fi.kohtaamo.gateway.proxy.LocalRedirect;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class LocalRedirectTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "/agent/queues|/agent/queues",
            "/|/",
            "/status?code=ABC-123&lang=sv|/status?code=ABC-123&lang=sv",
            "/agent/queues/|/agent/queues/",
            "/agent/./queues|/agent/queues",
            "/agent/x/../queues|/agent/queues",
            "/agent//queues|/agent/queues",
            "/agent/%2e%2e/queues|/queues",
            "/search?q=%2F%2Fevil.example|/search?q=%2F%2Fevil.example",
            "/%2F/evil.example|/%2F/evil.example",
            "/https://evil.example|/https:/evil.example",
            "/.//evil.example|/evil.example",
            "/./../|/",
    })
    void keepsAPathOnThisOriginInItsNormalForm(String target, String expected) {
        assertThat(LocalRedirect.of(target)).isEqualTo(expected);
    }

    /** Each would lead the browser off this origin, or is not plainly a path. */
    @ParameterizedTest
    @ValueSource(strings = {
            "//evil.example", "///evil.example", "/\\evil.example", "\\\\evil.example", "/\\/evil.example",
            "/\t/evil.example", "/\n/evil.example", "/\r\n/evil.example", "/ /evil.example", "/\u000b/evil.example",
            "/\u0000/evil.example", "/\u007f/evil.example", "/\u00a0/evil.example", "/\u2003/evil.example",
            "/\u3000/evil.example", "/\ufeff/evil.example", "/%/evil.example", "/%zz", "/%2",
            "https://evil.example", "https:evil.example", "http:/evil.example", "javascript:alert(1)",
            "evil.example", "", "/..//evil.example", "/../evil.example", "/%2e%2e//evil.example",
            "/.%2E/evil.example", "/a/../../evil.example", "/agent#//evil.example", "/\u2215\u2215evil.example",
            "/\uff0f\uff0fevil.example"})
    void sendsAnythingElseHome(String target) {
        assertThat(LocalRedirect.of(target)).isEqualTo("/");
    }

    @org.junit.jupiter.api.Test
    void sendsNoTargetHome() {
        assertThat(LocalRedirect.of(null)).isEqualTo("/");
    }
}
