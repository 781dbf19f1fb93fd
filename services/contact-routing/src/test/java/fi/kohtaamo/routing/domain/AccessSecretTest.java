package fi.kohtaamo.routing.domain;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class AccessSecretTest {

    @Test
    void matchesOnlyItsOwnHash() {
        String secret = AccessSecret.generate();
        String hash = AccessSecret.hash(secret);
        assertThat(secret).hasSize(20);
        assertThat(hash).doesNotContain(secret).hasSize(64);
        assertThat(AccessSecret.matches(secret, hash)).isTrue();
        assertThat(AccessSecret.matches(AccessSecret.generate(), hash)).isFalse();
        assertThat(AccessSecret.matches(null, hash)).isFalse();
        assertThat(AccessSecret.matches(secret, null)).isFalse();
    }
}
