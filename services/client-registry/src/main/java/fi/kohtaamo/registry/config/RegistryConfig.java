package fi.kohtaamo.registry.config;

import io.smallrye.config.ConfigMapping;

import java.time.Duration;
import java.util.List;

/** {@code kohtaamo.registry.*}: the keys that protect identity codes (from the environment in production), GDPR exports and retention. */
@ConfigMapping(prefix = "kohtaamo.registry")
public interface RegistryConfig {

    /** AES-256 key, base64 (KOHTAAMO_REGISTRY_ENCRYPTION_KEY). */
    String encryptionKey();

    /** HMAC-SHA256 key for looking codes up, base64 (KOHTAAMO_REGISTRY_HASH_KEY). */
    String hashKey();

    /**
     * Whether the publicly known demo keys of the local launcher may be used
     * (KOHTAAMO_REGISTRY_DEMO_KEYS_ALLOWED; only the launcher sets it). Without it the registry
     * refuses to start with them: identity codes under a key anyone can read are not protected.
     */
    @io.smallrye.config.WithDefault("false")
    boolean demoKeysAllowed();

    Export export();

    Retention retention();

    interface Export {
        /** The services that hold client data and answer an export request with their part. */
        List<String> participants();

        /** How long an export waits for its parts before it is marked INCOMPLETE. */
        Duration deadline();

        /** Assembled exports hold personal data; they are deleted this long after the request. */
        Duration keepFor();

        /**
         * The registry's RSA private key, base64 PKCS#8 (KOHTAAMO_REGISTRY_EXPORT_PRIVATE_KEY): the
         * services seal their export parts to its public key (docs/adr/0006). A secret; no default.
         */
        String privateKey();
    }

    interface Retention {
        /** A person inactive (no registration, correction or contact) this long is anonymised. */
        Duration inactiveAfter();

        /** How many clients one run anonymises per transaction. */
        int batchSize();

        /** When the retention run starts (Quartz cron, Europe/Helsinki; {@code off} disables it). */
        String cron();
    }
}
