package fi.kohtaamo.gateway.config;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.util.List;
import java.util.Optional;

/**
 * Refuses to start with forwarded headers honoured from anyone. Quarkus trusts every peer's
 * {@code X-Forwarded-*} when {@code quarkus.http.proxy.proxy-address-forwarding} is on and no
 * {@code quarkus.http.proxy.trusted-proxies} are named: any client could then claim another
 * address or {@code https}.
 */
@ApplicationScoped
public class TrustedProxiesCheck {

    @ConfigProperty(name = "quarkus.http.proxy.proxy-address-forwarding", defaultValue = "false")
    boolean forwarding;

    @ConfigProperty(name = "quarkus.http.proxy.trusted-proxies")
    Optional<List<String>> trustedProxies;

    void check(@Observes StartupEvent ignored) {
        if (forwarding && trustedProxies.map(List::isEmpty).orElse(true)) {
            throw new IllegalStateException("quarkus.http.proxy.proxy-address-forwarding is on but no "
                    + "quarkus.http.proxy.trusted-proxies are named: forwarded headers would be trusted from anyone");
        }
    }
}
