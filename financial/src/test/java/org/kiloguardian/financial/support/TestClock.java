package org.kiloguardian.financial.support;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;

/**
 * The module's clock in tests: a household in Berlin whose "now" a test can set. The gateway
 * produces the real one in production.
 */
@ApplicationScoped
public class TestClock {

    public static final ZoneId ZONE = ZoneId.of("Europe/Berlin");

    private final MutableClock clock = new MutableClock();

    @Produces
    @ApplicationScoped
    Clock clock() {
        return clock;
    }

    /** Sets the household's today (at noon). */
    public void today(LocalDate date) {
        clock.instant = date.atTime(12, 0).atZone(ZONE).toInstant();
    }

    public void at(ZonedDateTime time) {
        clock.instant = time.toInstant();
    }

    public void reset() {
        clock.instant = null;
    }

    static final class MutableClock extends Clock {

        volatile Instant instant;

        @Override
        public ZoneId getZone() {
            return ZONE;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Instant instant() {
            Instant fixed = instant;
            return fixed == null ? Instant.now() : fixed;
        }
    }
}
