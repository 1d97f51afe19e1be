package org.kiloguardian.security.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.kiloguardian.rest.error.Conflict;
import org.kiloguardian.rest.error.Forbidden;
import org.kiloguardian.security.user.HouseholdUser;
import org.kiloguardian.security.user.Role;
import org.kiloguardian.security.user.UserService;
import org.kiloguardian.security.audit.Actor;
import org.kiloguardian.security.token.ApiToken;

import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class FirstAdminSetupTest {

    @Inject
    FirstAdminSetup setup;

    @Inject
    UserService accounts;

    @Test
    void theSetupCodeCreatesTheFirstAdminOnceAndOnlyOnce() {
        removeEveryone();
        String code = setup.open();
        Actor visitor = new Actor("visitor", "192.0.2.1");
        assertThat(setup.isOpen()).isTrue();

        assertThatExceptionOfType(Forbidden.class)
                .isThrownBy(() -> setup.complete("AAAA-AAAA-AAAA", "mum", "Mum", "a long secret phrase", visitor))
                .withMessage("The setup code is not correct.");
        assertThat(accounts.count()).isEqualTo(0);

        setup.complete(code.toLowerCase(), "mum", "Mum", "a long secret phrase", visitor);
        assertThat(accounts.findByUsername("mum").orElseThrow().role()).isEqualTo(Role.ADMIN);
        assertThat(setup.isOpen()).isFalse();

        assertThatExceptionOfType(Conflict.class)
                .isThrownBy(() -> setup.complete(code, "intruder", "Intruder", "another long phrase", visitor));
        assertThat(accounts.findByUsername("intruder")).isEmpty();
    }

    /** Leaves the household empty, as the next application start (AdminFromEnvironmentTest) expects. */
    @AfterEach
    @Transactional
    void removeEveryone() {
        ApiToken.deleteAll();
        HouseholdUser.deleteAll();
    }
}
