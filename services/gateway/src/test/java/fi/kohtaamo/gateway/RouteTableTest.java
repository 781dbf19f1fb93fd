package fi.kohtaamo.gateway;

import fi.kohtaamo.gateway.config.GatewayConfig;
import fi.kohtaamo.gateway.proxy.RouteTable;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RouteTableTest {

    private static GatewayConfig.Route route(String url, String... prefixes) {
        return new GatewayConfig.Route() {
            public URI url() {
                return URI.create(url);
            }

            public List<String> prefixes() {
                return List.of(prefixes);
            }

            public boolean openapi() {
                return true;
            }
        };
    }

    private final RouteTable table = new RouteTable(Map.of(
            "catalogue", route("http://catalogue:8080", "/api/v1/services", "/api/v1/organisations/"),
            "routing", route("http://routing:8080", "/api/v1/contacts", "/open311/v2"),
            "web", route("http://web:8080", "/")));

    private String owner(String path) {
        return table.resolve(path).map(RouteTable.Target::name).orElse("none");
    }

    @Test
    void theLongestMatchingPrefixWins() {
        assertThat(owner("/api/v1/services")).isEqualTo("catalogue");
        assertThat(owner("/api/v1/services/42")).isEqualTo("catalogue");
        assertThat(owner("/api/v1/organisations")).isEqualTo("catalogue");
        assertThat(owner("/api/v1/contacts/lookup")).isEqualTo("routing");
        assertThat(owner("/open311/v2/requests.json")).isEqualTo("routing");
        assertThat(owner("/")).isEqualTo("web");
        assertThat(owner("/contact")).isEqualTo("web");
    }

    @Test
    void aPrefixMatchesOnlyAtAPathBoundary() {
        assertThat(owner("/api/v1/servicesX")).isEqualTo("web");
        assertThat(owner("/api/v1/contactsheet")).isEqualTo("web");
    }

    @Test
    void twoRoutesClaimingOnePrefixIsAnError() {
        assertThatThrownBy(() -> new RouteTable(Map.of(
                "a", route("http://a", "/api/v1/x"),
                "b", route("http://b", "/api/v1/x/"))))
                .hasMessageContaining("/api/v1/x");
        assertThatThrownBy(() -> new RouteTable(Map.of("a", route("http://a", "api"))))
                .hasMessageContaining("starts with /");
    }
}
