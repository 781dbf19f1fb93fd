package fi.kohtaamo.gateway.proxy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class PathSegmentsTest {

    @ParameterizedTest
    @ValueSource(strings = {"/", "/api/v1/contacts/lookup", "/open311/v2/requests.json", "/palvelut/tie%C3%A4", "/a.b/c..d/.e"})
    void plainPathsPass(String path) {
        assertThat(PathSegments.plain(path)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"/api/v1/queues/../contacts/lookup", "/api/v1/queues/%2e%2e/contacts/lookup",
            "/api/v1/queues/%2E./contacts", "/api/v1/./contacts", "/api/v1/contacts/lookup;x", "/api/v1/contacts%2flookup",
            "/api/v1\\contacts", "/api/v1/contacts/..", "/open311/v2/x/../../../api/v1/contacts", "/a%3bb"})
    void dotSegmentsEncodedSlashesAndPathParametersAreRefused(String path) {
        assertThat(PathSegments.plain(path)).isFalse();
    }
}
