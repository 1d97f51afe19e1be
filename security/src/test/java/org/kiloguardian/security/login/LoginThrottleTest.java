package org.kiloguardian.security.login;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;

class LoginThrottleTest {

    private final Instant start = Instant.parse("2026-11-29T20:00:00Z");

    /** A clock the test moves by hand. */
    private static final class ManualClock extends Clock {
        private Instant now;

        ManualClock(Instant now) {
            this.now = now;
        }

        void advance(Duration by) {
            now = now.plus(by);
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }
    }

    private static LoginThrottle throttle(Clock clock, int free, int freePerAddress) {
        return new LoginThrottle(clock, free, freePerAddress, Duration.ofMinutes(15), Duration.ofMinutes(1));
    }

    @Test
    void theFirstFewAttemptsAreFreeThenEachFailureDoublesTheWait() {
        LoginThrottle throttle = throttle(Clock.fixed(start, ZoneOffset.UTC), 3, 10);
        for (int i = 0; i < 3; i++) {
            assertThat(throttle.reserve("anna", "192.0.2.7")).as("free attempt " + i).isEmpty();
        }
        assertThat(throttle.reserve("anna", "192.0.2.7").orElseThrow()).isEqualTo(Duration.ofSeconds(1));
    }

    @Test
    void aRefusedAttemptIsNotCounted() {
        ManualClock clock = new ManualClock(start);
        LoginThrottle throttle = throttle(clock, 1, 10);
        throttle.reserve("anna", "192.0.2.7");
        for (int i = 0; i < 50; i++) {
            assertThat(throttle.reserve("anna", "192.0.2.7")).isPresent();
        }
        clock.advance(Duration.ofSeconds(1));
        assertThat(throttle.reserve("anna", "192.0.2.7")).as("fifty refusals did not make the wait longer").isEmpty();
    }

    @Test
    void theGuessersOwnAddressWaitsUpToTheLongCap() {
        ManualClock clock = new ManualClock(start);
        LoginThrottle throttle = throttle(clock, 1, 100);
        for (int i = 0; i < 40; i++) {
            throttle.reserve("bert", "203.0.113.9").ifPresent(clock::advance);
            throttle.reserve("bert", "203.0.113.9");
        }
        assertThat(throttle.reserve("bert", "203.0.113.9").orElseThrow()).isEqualTo(Duration.ofMinutes(15));
    }

    @Test
    void aGuessEveryQuarterHourFromElsewhereNeverLocksTheHouseholdOutForMoreThanAMinute() {
        ManualClock clock = new ManualClock(start);
        LoginThrottle throttle = throttle(clock, 5, 20);
        for (int quarter = 0; quarter < 4 * 24; quarter++) {
            throttle.reserve("carla", "203.0.113.66");
            Duration householdWait = throttle.reserve("carla", "198.51.100.7").orElse(Duration.ZERO);
            assertThat(householdWait).as("waited " + householdWait + " at quarter " + quarter).isLessThanOrEqualTo(Duration.ofMinutes(1));
            clock.advance(householdWait);
            throttle.reserve("carla", "198.51.100.7");
            throttle.succeeded("carla", "198.51.100.7");
            clock.advance(Duration.ofMinutes(15).minus(householdWait));
        }
    }

    @Test
    void oneAddressGuessingManyUsersIsThrottledToo() {
        LoginThrottle throttle = throttle(Clock.fixed(start, ZoneOffset.UTC), 5, 3);
        throttle.reserve("a", "203.0.113.9");
        throttle.reserve("b", "203.0.113.9");
        throttle.reserve("c", "203.0.113.9");
        assertThat(throttle.reserve("d", "203.0.113.9")).isPresent();
        assertThat(throttle.reserve("d", "203.0.113.10")).isEmpty();
    }

    @Test
    void aCorrectPasswordForgivesTheUserButNotTheAddressesEarlierFailures() {
        LoginThrottle throttle = throttle(Clock.fixed(start, ZoneOffset.UTC), 1, 2);
        throttle.reserve("carl", "192.0.2.8");
        throttle.reserve("dora", "192.0.2.8");
        throttle.succeeded("dora", "192.0.2.8");
        assertThat(throttle.reserve("carl", "192.0.2.99")).as("carl's failure still counts from anywhere").isPresent();
        assertThat(throttle.reserve("erik", "192.0.2.8")).as("the good login gave its reserved attempt back").isEmpty();
        assertThat(throttle.reserve("fred", "192.0.2.8")).as("the address's own failures still count").isPresent();
    }

    @Test
    void theUsernameIsThrottledWhateverItsCase() {
        LoginThrottle throttle = throttle(Clock.fixed(start, ZoneOffset.UTC), 1, 10);
        throttle.reserve("Anna", "192.0.2.7");
        assertThat(throttle.reserve("ANNA", "192.0.2.7")).isPresent();
    }

    @Test
    void anAttemptThatCouldNotBeCheckedIsGivenBack() {
        LoginThrottle throttle = throttle(Clock.fixed(start, ZoneOffset.UTC), 1, 1);
        throttle.reserve("gina", "192.0.2.9");
        throttle.cancel("gina", "192.0.2.9");
        assertThat(throttle.reserve("gina", "192.0.2.9")).isEmpty();
    }
}
