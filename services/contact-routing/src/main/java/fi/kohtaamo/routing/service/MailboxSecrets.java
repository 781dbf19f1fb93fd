package fi.kohtaamo.routing.service;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.ConfigProvider;

import java.util.Optional;

/**
 * Mailbox passwords are references to secrets, not values in the database: a mailbox names a
 * secret, and the password is the configuration value
 * {@code kohtaamo.mailbox-secret.<organisation>.<name>} (in production the environment variable
 * {@code KOHTAAMO_MAILBOX_SECRET_<ORGANISATION>_<NAME>}, filled from a Kubernetes secret).
 *
 * <p>The organisation is part of the key and comes from the mailbox, never from the supervisor:
 * a supervisor chooses among the secrets operations set up for their own organisation, and naming
 * another agency's secret finds nothing. That a secret exists for an organisation is how
 * operations vouch that the organisation may read that mailbox (and send from its address). Only
 * operations can read or set a value, and the API never shows one.
 */
@ApplicationScoped
public class MailboxSecrets {

    static final String PREFIX = "kohtaamo.mailbox-secret.";

    /** The password the organisation's secret holds, read each time (a rotated secret takes effect at the next pass). */
    public Optional<String> password(String organisation, String secretName) {
        return ConfigProvider.getConfig().getOptionalValue(PREFIX + organisation + "." + secretName, String.class)
                .filter(value -> !value.isBlank());
    }
}
