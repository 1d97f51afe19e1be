package org.kiloguardian.security.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.kiloguardian.security.user.UserService;
import org.kiloguardian.security.user.Role;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;

/** KILO_ADMIN_USERNAME and KILO_ADMIN_PASSWORD create the first admin at start-up and close the setup page. */
@QuarkusTest
@TestProfile(AdminFromEnvironmentTest.WithAdminSecret.class)
class AdminFromEnvironmentTest {

    public static class WithAdminSecret implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("kilo.admin.username", "from-secret", "kilo.admin.password", "a password from the k3s secret");
        }
    }

    @Inject
    UserService accounts;

    @Inject
    FirstAdminSetup setup;

    @Test
    void theAdminFromTheSecretExistsAndTheSetupIsClosed() {
        // Quarkus runs profile-less test classes first; FirstAdminSetupTest leaves the household empty
        assertThat(accounts.findByUsername("from-secret").orElseThrow().role()).isEqualTo(Role.ADMIN);
        assertThat(accounts.count()).isEqualTo(1);
        assertThat(setup.isOpen()).isFalse();
    }
}
