package org.kiloguardian.security.user;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The decoy must cost what a real check costs, or a failed login would tell whether the user exists. */
class PasswordHasherTest {

    private final PasswordHasher hasher = new PasswordHasher();

    @Test
    void theDecoyIsAValidHashAtTheCostOfRealHashes() {
        String real = hasher.hash("a household password");

        assertThat(PasswordHasher.DECOY.substring(0, 7)).isEqualTo(real.substring(0, 7)); // "$2a$10$": algorithm and cost
        assertThat(hasher.matches("decoy password that nobody has", PasswordHasher.DECOY)).isTrue();
        assertThat(hasher.matches("a household password", real)).isTrue();
    }
}
