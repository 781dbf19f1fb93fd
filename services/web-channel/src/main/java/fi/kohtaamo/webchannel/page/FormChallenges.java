package fi.kohtaamo.webchannel.page;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Optional;

/**
 * The contact form's {@link FormChallenge}, configured: {@code kohtaamo.web.form-challenge.key}
 * (KOHTAAMO_FORM_CHALLENGE_KEY, at least 32 characters) must be the same on every replica, since a
 * form may be posted to another replica than the one that served it; without one (the local
 * platform's single replica) a random key is made at start.
 */
@ApplicationScoped
public class FormChallenges {

    private static final Logger LOG = Logger.getLogger(FormChallenges.class);

    @Produces
    @ApplicationScoped
    FormChallenge formChallenge(@ConfigProperty(name = "kohtaamo.web.form-challenge.key") Optional<String> key,
                                @ConfigProperty(name = "kohtaamo.web.form-challenge.max-number", defaultValue = "100000") long maxNumber,
                                @ConfigProperty(name = "kohtaamo.web.form-challenge.lifetime", defaultValue = "2h") Duration lifetime,
                                @ConfigProperty(name = "kohtaamo.web.form-challenge.minimum-without-work", defaultValue = "5s")
                                Duration minimumWithoutWork) {
        byte[] bytes;
        if (key.isPresent() && !key.get().isBlank()) {
            bytes = key.get().getBytes(StandardCharsets.UTF_8);
        } else {
            bytes = new byte[32];
            new SecureRandom().nextBytes(bytes);
            LOG.info("no kohtaamo.web.form-challenge.key: this replica signs the contact form's challenges with a key of its own");
        }
        return new FormChallenge(bytes, maxNumber, lifetime, minimumWithoutWork);
    }
}
