package fi.kohtaamo.routing.service;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.ConfigProvider;

import java.util.Optional;

/**
 * Mailbox passwords are references to secrets, not values in the database: a mailbox names a
 * secret, and the password is the configuration value {@code kohtaamo.mailbox-secret.<name>}
 * (in production the environment variable {@code KOHTAAMO_MAILBOX_SECRET_<NAME>}, filled from a
 * Kubernetes secret). A supervisor chooses which secret a mailbox uses; only operations can
 * read or set its value, and the API never shows one.
 */
@ApplicationScoped
public class MailboxSecrets {

    static final String PREFIX = "kohtaamo.mailbox-secret.";

    /** The password the secret holds, read each time (a rotated secret takes effect at the next pass). */
    public Optional<String> password(String secretName) {
        return ConfigProvider.getConfig().getOptionalValue(PREFIX + secretName, String.class)
                .filter(value -> !value.isBlank());
    }
}
