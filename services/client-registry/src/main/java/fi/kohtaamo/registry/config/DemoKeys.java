package fi.kohtaamo.registry.config;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Refuses to start with the local launcher's demo keys unless they are explicitly allowed: they
 * are in the repository, so identity codes encrypted under them are readable by anyone.
 */
@ApplicationScoped
public class DemoKeys {

    /** The demo keys of deploy/kohtaamo.env and the Helm chart's example values, by property. */
    static final Map<String, String> KNOWN = Map.of(
            "kohtaamo.registry.encryption-key", "ZGVtby1vbmx5LWxvY2FsLWFlcy1rZXktMzItYnl0ZXM=",
            "kohtaamo.registry.hash-key", "ZGVtby1vbmx5LWxvY2FsLWhtYWMta2V5LTMyYnl0ZXM=");

    void check(@Observes StartupEvent started, RegistryConfig config) {
        List<String> demo = demoKeysIn(config.encryptionKey(), config.hashKey());
        if (!demo.isEmpty() && !config.demoKeysAllowed()) {
            throw new IllegalStateException("The client registry will not start with the public demo value of "
                    + String.join(" and ", demo) + ": give keys of your own (KOHTAAMO_REGISTRY_ENCRYPTION_KEY, "
                    + "KOHTAAMO_REGISTRY_HASH_KEY). Only the local launcher allows the demo keys "
                    + "(KOHTAAMO_REGISTRY_DEMO_KEYS_ALLOWED=true).");
        }
    }

    /** The properties whose value is a known demo key. */
    static List<String> demoKeysIn(String encryptionKey, String hashKey) {
        List<String> demo = new ArrayList<>();
        if (KNOWN.get("kohtaamo.registry.encryption-key").equals(encryptionKey)) {
            demo.add("kohtaamo.registry.encryption-key");
        }
        if (KNOWN.get("kohtaamo.registry.hash-key").equals(hashKey)) {
            demo.add("kohtaamo.registry.hash-key");
        }
        return demo;
    }
}
