package org.kiloguardian.notifications.support;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;

import jakarta.inject.Singleton;

/** The household clock of the module's tests (the gateway produces the real one): it moves only when a test moves it. */
@Singleton
public class MutableClock extends Clock {

    public static final ZoneId HOUSEHOLD = ZoneId.of("Europe/Berlin");

    private volatile Instant now = Instant.parse("2026-12-04T11:00:00Z");

    public void set(LocalDateTime householdTime) {
        now = householdTime.atZone(HOUSEHOLD).toInstant();
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
