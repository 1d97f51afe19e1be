package org.kiloguardian.security.bootstrap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.WebApplicationException;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.kiloguardian.rest.error.Conflict;
import org.kiloguardian.security.account.AccountService;
import org.kiloguardian.security.account.HouseholdUser;
import org.kiloguardian.security.account.Role;
import org.kiloguardian.security.audit.Actor;
import org.kiloguardian.security.token.ApiToken;

import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class FirstAdminSetupTest {

    @Inject
    FirstAdminSetup setup;

    @Inject
    AccountService accounts;

    @Test
    void theSetupCodeCreatesTheFirstAdminOnceAndOnlyOnce() {
        removeEveryone();
        String code = setup.open();
        Actor visitor = new Actor("visitor", "192.0.2.1");
        assertTrue(setup.isOpen());

        WebApplicationException wrong = assertThrows(WebApplicationException.class,
                () -> setup.complete("AAAA-AAAA-AAAA", "mum", "Mum", "a long secret phrase", visitor));
        assertEquals(403, wrong.getResponse().getStatus());
        assertEquals(0, accounts.count());

        setup.complete(code.toLowerCase(), "mum", "Mum", "a long secret phrase", visitor);
        assertEquals(Role.ADMIN, accounts.findByUsername("mum").orElseThrow().role());
        assertFalse(setup.isOpen());

        assertThrows(Conflict.class, () -> setup.complete(code, "intruder", "Intruder", "another long phrase", visitor));
        assertTrue(accounts.findByUsername("intruder").isEmpty());
    }

    /** Leaves the household empty, as the next application start (AdminFromEnvironmentTest) expects. */
    @AfterEach
    @Transactional
    void removeEveryone() {
        ApiToken.deleteAll();
        HouseholdUser.deleteAll();
    }
}
