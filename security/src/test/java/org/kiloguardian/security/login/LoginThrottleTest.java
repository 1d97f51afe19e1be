package org.kiloguardian.security.login;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;

class LoginThrottleTest {

    private final Instant start = Instant.parse("2026-11-29T20:00:00Z");

    @Test
    void theFirstFewFailuresCostNothingThenEachOneDoublesTheWait() {
        LoginThrottle throttle = new LoginThrottle(Clock.fixed(start, ZoneOffset.UTC), 3, 10, Duration.ofMinutes(15));
        for (int i = 0; i < 2; i++) {
            throttle.failed("anna", "192.0.2.7");
        }
        assertTrue(throttle.waitFor("anna", "192.0.2.7").isEmpty());

        throttle.failed("anna", "192.0.2.7");
        assertEquals(Duration.ofSeconds(1), throttle.waitFor("anna", "192.0.2.7").orElseThrow());
        throttle.failed("anna", "192.0.2.7");
        assertEquals(Duration.ofSeconds(2), throttle.waitFor("ANNA", "198.51.100.1").orElseThrow(),
                "the username is throttled from any address, whatever its case");
    }

    @Test
    void theWaitIsCapped() {
        LoginThrottle throttle = new LoginThrottle(Clock.fixed(start, ZoneOffset.UTC), 1, 10, Duration.ofMinutes(15));
        for (int i = 0; i < 40; i++) {
            throttle.failed("bert", null);
        }
        assertEquals(Duration.ofMinutes(15), throttle.waitFor("bert", null).orElseThrow());
    }

    @Test
    void oneAddressGuessingManyUsersIsThrottledToo() {
        LoginThrottle throttle = new LoginThrottle(Clock.fixed(start, ZoneOffset.UTC), 5, 3, Duration.ofMinutes(15));
        throttle.failed("a", "203.0.113.9");
        throttle.failed("b", "203.0.113.9");
        throttle.failed("c", "203.0.113.9");
        assertTrue(throttle.waitFor("d", "203.0.113.9").isPresent());
        assertTrue(throttle.waitFor("d", "203.0.113.10").isEmpty());
    }

    @Test
    void aCorrectPasswordForgivesTheUserButNotTheAddress() {
        LoginThrottle throttle = new LoginThrottle(Clock.fixed(start, ZoneOffset.UTC), 1, 1, Duration.ofMinutes(15));
        throttle.failed("carl", "192.0.2.8");
        throttle.succeeded("carl");
        assertTrue(throttle.waitFor("carl", "192.0.2.99").isEmpty());
        assertTrue(throttle.waitFor("carl", "192.0.2.8").isPresent());
    }
}
