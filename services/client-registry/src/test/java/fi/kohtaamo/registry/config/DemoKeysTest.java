package fi.kohtaamo.registry.config;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class DemoKeysTest {

    @Test
    void namesEachDemoKeyInUse() {
        String demoAes = DemoKeys.KNOWN.get("kohtaamo.registry.encryption-key");
        String demoHmac = DemoKeys.KNOWN.get("kohtaamo.registry.hash-key");
        assertThat(DemoKeys.demoKeysIn(demoAes, demoHmac))
                .containsExactly("kohtaamo.registry.encryption-key", "kohtaamo.registry.hash-key");
        assertThat(DemoKeys.demoKeysIn("b3duLWtleQ==", demoHmac)).containsExactly("kohtaamo.registry.hash-key");
        assertThat(DemoKeys.demoKeysIn("b3duLWtleQ==", "b3duLWhtYWM=")).isEmpty();
    }

    @Test
    void theKnownValuesAreTheLaunchers() throws Exception {
        String env = java.nio.file.Files.readString(java.nio.file.Path.of("../../deploy/kohtaamo.env"));
        assertThat(env).contains("KOHTAAMO_REGISTRY_ENCRYPTION_KEY:=" + DemoKeys.KNOWN.get("kohtaamo.registry.encryption-key"))
                .contains("KOHTAAMO_REGISTRY_HASH_KEY:=" + DemoKeys.KNOWN.get("kohtaamo.registry.hash-key"));
    }
}
