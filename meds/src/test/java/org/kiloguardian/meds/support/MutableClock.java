package org.kiloguardian.meds.support;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;

import jakarta.inject.Singleton;

/**
 * The household clock of the module's tests: it stands still until a test moves it. The zone is
 * Europe/Berlin, which has DST, so day cuts and DST days are tested for real.
 */
@Singleton
public class MutableClock extends Clock {

    public static final ZoneId HOUSEHOLD = ZoneId.of("Europe/Berlin");

    private volatile Instant now = Instant.parse("2026-11-29T07:00:00Z");

    /** Sets the clock to a wall-clock time of the household. */
    public void set(LocalDateTime householdTime) {
        now = householdTime.atZone(HOUSEHOLD).toInstant();
    }

    public void set(Instant instant) {
        now = instant;
    }

    public void advance(Duration duration) {
        now = now.plus(duration);
    }

    @Override
    public ZoneId getZone() {
        return HOUSEHOLD;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return Clock.fixed(now, zone);
    }

    @Override
    public Instant instant() {
        return now;
    }
}
