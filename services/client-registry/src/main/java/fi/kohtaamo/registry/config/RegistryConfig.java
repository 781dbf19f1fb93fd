package fi.kohtaamo.registry.config;

import io.smallrye.config.ConfigMapping;

/** {@code kohtaamo.registry.*}: the keys that protect identity codes (from the environment in production). */
@ConfigMapping(prefix = "kohtaamo.registry")
public interface RegistryConfig {

    /** AES-256 key, base64 (KOHTAAMO_REGISTRY_ENCRYPTION_KEY). */
    String encryptionKey();

    /** HMAC-SHA256 key for looking codes up, base64 (KOHTAAMO_REGISTRY_HASH_KEY). */
    String hashKey();
}
